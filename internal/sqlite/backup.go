package sqlite

import (
	"context"
	"database/sql"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"

	"kamworkbench/internal/kam"
)

// Backup writes a checked copy of the workspace into its backup folder and
// returns the copy's path. reason ("auto", "before-schema-2", …) ends up in
// the file name.
func (db *DB) Backup(ctx context.Context, reason string) (string, error) {
	dir := db.BackupDir()
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return "", kam.Errorf(kam.EInternal, "cannot create the backup folder %s: %v", dir, err)
	}
	_ = os.Chmod(dir, 0o700) // ours alone, also when an earlier version made it
	dst := db.backupPath(reason)
	return dst, db.BackupTo(ctx, dst)
}

// backupPath names a new backup file in the backup folder.
func (db *DB) backupPath(reason string) string {
	name := "kam-workbench-" + db.now().Format("20060102-150405.000")
	name = strings.Replace(name, ".", "-", 1)
	if reason != "" {
		name += "-" + reason
	}
	return filepath.Join(db.BackupDir(), name+".db")
}

// BackupTo writes a consistent, checked copy of the workspace to dst: VACUUM
// INTO a temporary file beside it, quick_check the copy, then rename. An
// existing dst is replaced only by a sound copy.
func (db *DB) BackupTo(ctx context.Context, dst string) error {
	return db.backupTo(ctx, db.db, dst)
}

// execer is a *sql.DB, or the one connection held while restoring.
type execer interface {
	ExecContext(ctx context.Context, query string, args ...any) (sql.Result, error)
}

func (db *DB) backupTo(ctx context.Context, x execer, dst string) error {
	abs, err := filepath.Abs(dst)
	if err != nil {
		return kam.Errorf(kam.EInvalid, "backup file %s: %v", dst, err)
	}
	if abs == db.path {
		return kam.Errorf(kam.EInvalid, "the backup cannot overwrite the workspace itself")
	}
	if st, err := os.Stat(abs); err == nil && st.IsDir() {
		return kam.Errorf(kam.EInvalid, "%s is a folder; give a file name for the backup", abs)
	}
	if err := os.MkdirAll(filepath.Dir(abs), 0o700); err != nil {
		return kam.Errorf(kam.EInvalid, "cannot create the folder for the backup %s: %v", abs, plainOSError(err))
	}
	tmp := backupTmp(abs)
	_ = os.Remove(tmp)
	if err := createPrivate(tmp); err != nil {
		return kam.Errorf(kam.EInternal, "cannot write the backup %s: %v", abs, plainOSError(err))
	}
	if _, err := x.ExecContext(ctx, "VACUUM INTO ?", tmp); err != nil {
		_ = os.Remove(tmp)
		if we := writeError(db.path, err); we != err {
			return we
		}
		return kam.Errorf(kam.EInternal, "cannot write the backup %s: %v", abs, err)
	}
	if err := checkFile(ctx, tmp); err != nil {
		_ = os.Remove(tmp)
		return fmt.Errorf("check backup: %w", err)
	}
	if err := os.Rename(tmp, abs); err != nil {
		_ = os.Remove(tmp)
		return kam.Errorf(kam.EInternal, "cannot write the backup %s: %v", abs, err)
	}
	return syncDir(filepath.Dir(abs))
}

// checkFile runs quick_check on a closed database file.
func checkFile(ctx context.Context, path string) error {
	name, err := dsn(path, "?_pragma=busy_timeout(5000)")
	if err != nil {
		return err
	}
	c, err := sql.Open("sqlite", name)
	if err != nil {
		return err
	}
	defer c.Close()
	var s string
	if err := c.QueryRowContext(ctx, "PRAGMA quick_check").Scan(&s); err != nil {
		return err
	}
	if s != "ok" {
		return fmt.Errorf("quick_check: %s", s)
	}
	return nil
}

// syncDir makes a rename in dir durable.
func syncDir(dir string) error {
	d, err := os.Open(dir)
	if err != nil {
		return nil // not every platform can open a folder; the rename stands
	}
	defer d.Close()
	_ = d.Sync()
	return nil
}

// BackupInfo describes one backup file.
type BackupInfo struct {
	Path    string    `json:"path"`
	Name    string    `json:"name"`
	Size    int64     `json:"size"`
	ModTime time.Time `json:"mod_time"`
}

// Backups lists the workspace's backups, newest first.
func (db *DB) Backups() ([]BackupInfo, error) { return ListBackups(db.path) }

// ListBackups lists the backups of the workspace at path, newest first; the
// workspace need not be open (or sound).
func ListBackups(path string) ([]BackupInfo, error) {
	if abs, err := filepath.Abs(path); err == nil {
		path = abs
	}
	dir := BackupDir(path)
	entries, err := os.ReadDir(dir)
	if os.IsNotExist(err) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	var out []BackupInfo
	for _, e := range entries {
		if e.IsDir() || !strings.HasPrefix(e.Name(), "kam-workbench-") || !strings.HasSuffix(e.Name(), ".db") {
			continue
		}
		info, err := e.Info()
		if err != nil {
			continue
		}
		out = append(out, BackupInfo{Path: filepath.Join(dir, e.Name()), Name: e.Name(), Size: info.Size(), ModTime: info.ModTime()})
	}
	// Names start with a sortable time stamp.
	for i, j := 0, len(out)-1; i < j; i, j = i+1, j-1 {
		out[i], out[j] = out[j], out[i]
	}
	return out, nil
}

// AutoBackup takes a backup when the newest automatic one is older than a
// day, then keeps only the newest keep automatic backups.
func (db *DB) AutoBackup(ctx context.Context, keep int) error {
	list, err := db.Backups()
	if err != nil {
		return err
	}
	var autos []BackupInfo
	for _, b := range list {
		_ = os.Chmod(b.Path, 0o600) // backups of earlier versions were readable by all
		if strings.HasSuffix(b.Name, "-auto.db") {
			autos = append(autos, b)
		}
	}
	if len(autos) == 0 || db.now().Sub(autos[0].ModTime) > 24*time.Hour {
		p, err := db.Backup(ctx, "auto")
		if err != nil {
			return err
		}
		st, _ := os.Stat(p)
		autos = append([]BackupInfo{{Path: p, ModTime: st.ModTime()}}, autos...)
	}
	if keep < 1 {
		keep = 1
	}
	for _, old := range autos[min(keep, len(autos)):] {
		_ = os.Remove(old.Path)
	}
	return nil
}
