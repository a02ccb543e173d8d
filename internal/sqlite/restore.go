package sqlite

import (
	"context"
	"database/sql"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"time"

	msqlite "modernc.org/sqlite"

	"kamworkbench/internal/kam"
)

// VerifyBackup checks that the file at path is a sound KAM Workbench
// workspace this version can open: a SQLite file with our application id, a
// schema no newer than this build's, passing quick_check and the foreign key
// check. It only reads the file.
func VerifyBackup(ctx context.Context, path string) error {
	st, err := os.Stat(path)
	if err != nil {
		return kam.Errorf(kam.ENotFound, "cannot read the backup %s: %v", path, plainOSError(err))
	}
	if !st.Mode().IsRegular() {
		return kam.Errorf(kam.EInvalid, "%s is not a backup file", path)
	}
	f, err := os.Open(path)
	if err != nil {
		return kam.Errorf(kam.EInvalid, "cannot read the backup %s: %v", path, plainOSError(err))
	}
	var h [100]byte
	_, err = io.ReadFull(f, h[:])
	f.Close()
	if err != nil || string(h[:16]) != "SQLite format 3\x00" || binary.BigEndian.Uint32(h[68:72]) != ApplicationID {
		return kam.Errorf(kam.EInvalid, "%s is not a KAM Workbench backup", path)
	}
	switch v := int(binary.BigEndian.Uint32(h[60:64])); {
	case v > SchemaVersion():
		return kam.Errorf(kam.EConflict, "%s was written by a newer KAM Workbench (schema %d; this one knows up to %d). Please update KAM Workbench first", path, v, SchemaVersion())
	case v < 1:
		return kam.Errorf(kam.EInvalid, "%s is not a KAM Workbench backup (no schema)", path)
	}
	name, err := dsn(path, "?_pragma=busy_timeout(5000)")
	if err != nil {
		return err
	}
	c, err := sql.Open("sqlite", name)
	if err != nil {
		return err
	}
	defer c.Close()
	var quick string
	var broken int
	if err := c.QueryRowContext(ctx, "PRAGMA quick_check").Scan(&quick); err != nil {
		return kam.Errorf(kam.EInvalid, "%s is damaged (%v)", path, err)
	}
	if quick != "ok" {
		return kam.Errorf(kam.EInvalid, "%s is damaged (%s)", path, quick)
	}
	if err := c.QueryRowContext(ctx, "SELECT count(*) FROM pragma_foreign_key_check").Scan(&broken); err != nil {
		return kam.Errorf(kam.EInvalid, "%s is damaged (%v)", path, err)
	}
	if broken > 0 {
		return kam.Errorf(kam.EInvalid, "%s is damaged (%d broken references between records)", path, broken)
	}
	return nil
}

// NewestSoundBackup returns the newest backup of the workspace at path that
// passes VerifyBackup; ok is false when there is none.
func NewestSoundBackup(ctx context.Context, path string) (b BackupInfo, ok bool) {
	list, err := ListBackups(path)
	if err != nil {
		return b, false
	}
	for _, b := range list {
		if VerifyBackup(ctx, b.Path) == nil {
			return b, true
		}
	}
	return b, false
}

// Restore replaces the workspace at path with the backup at backupPath,
// holding the workspace's lock as a command (see Open) throughout, and
// returns where the state before was saved (see Lock.Restore).
func Restore(ctx context.Context, path, backupPath string) (saved string, err error) {
	ws, _, err := restorePaths(path, backupPath)
	if err != nil {
		return "", err
	}
	if err := os.MkdirAll(filepath.Dir(ws), 0o700); err != nil {
		return "", kam.Errorf(kam.EInvalid, "cannot create the folder for the workspace %s: %v", ws, plainOSError(err))
	}
	lk, err := LockWorkspace(ctx, ws, HolderCommand)
	if err != nil {
		return "", err
	}
	defer lk.Unlock()
	return lk.Restore(ctx, backupPath)
}

// Restore replaces the workspace of lk, which the caller holds and has not
// opened, with the backup at backupPath and returns where the state before
// was saved ("" when there was no workspace). A workspace that opens is
// restored in place like DB.Restore does; one that does not (damaged, from
// a newer version) is set aside byte for byte in the backup folder, with
// its write-ahead log, never overwritten, and the backup takes its place
// by an atomic rename. Nobody else writes the workspace meanwhile: the
// lock keeps every other process of ours out.
func (lk *Lock) Restore(ctx context.Context, backupPath string) (saved string, err error) {
	ws, src, err := restorePaths(lk.path, backupPath)
	if err != nil {
		return "", err
	}
	if err := VerifyBackup(ctx, src); err != nil {
		return "", err
	}
	lk.removeLeftovers()
	if _, err := os.Stat(ws); err == nil {
		if db, err := openPrivate(ctx, ws); err == nil {
			defer db.Close()
			return db.Restore(ctx, src)
		}
	}
	tmp, err := prepareRestore(ctx, ws, src)
	if err != nil {
		return "", err
	}
	defer removeDB(tmp)
	if _, err := os.Stat(ws); err == nil {
		if saved, err = setAside(ws); err != nil {
			return "", err
		}
	}
	// A WAL left beside the workspace would be replayed onto the restored
	// file; it was set aside with the rest.
	for _, suffix := range []string{"-wal", "-shm"} {
		if err := os.Remove(ws + suffix); err != nil && !errors.Is(err, fs.ErrNotExist) {
			return saved, kam.Errorf(kam.EInternal, "cannot restore: %v", plainOSError(err))
		}
	}
	if err := os.Rename(tmp, ws); err != nil {
		return saved, kam.Errorf(kam.EInternal, "cannot restore: %v", plainOSError(err))
	}
	return saved, syncDir(filepath.Dir(ws))
}

// Restore replaces the open workspace's content with the backup at
// backupPath and returns the path of the backup it took of the state before.
// The backup is copied and migrated to this version's schema beside the
// workspace, then copied page by page into the workspace in one transaction
// (SQLite's backup API), so the workspace is either wholly the old or wholly
// the restored one, and everyone holding this DB keeps working with it.
func (db *DB) Restore(ctx context.Context, backupPath string) (saved string, err error) {
	_, src, err := restorePaths(db.path, backupPath)
	if err != nil {
		return "", err
	}
	if err := VerifyBackup(ctx, src); err != nil {
		return "", err
	}
	tmp, err := prepareRestore(ctx, db.path, src)
	if err != nil {
		return "", err
	}
	defer removeDB(tmp)
	if err := os.MkdirAll(db.BackupDir(), 0o700); err != nil {
		return "", kam.Errorf(kam.EInternal, "cannot create the backup folder %s: %v", db.BackupDir(), plainOSError(err))
	}
	// Hold the one connection: nobody writes between the backup of the
	// current state and the restore.
	conn, err := db.db.Conn(ctx)
	if err != nil {
		return "", err
	}
	defer conn.Close()
	saved = db.backupPath("before-restore")
	if err := db.backupTo(ctx, conn, saved); err != nil {
		return "", fmt.Errorf("back up the current state before restoring: %w", err)
	}
	err = conn.Raw(func(dc any) error {
		r, ok := dc.(interface {
			NewRestore(string) (*msqlite.Backup, error)
		})
		if !ok {
			return fmt.Errorf("the SQLite driver cannot restore")
		}
		b, err := r.NewRestore(tmp)
		if err != nil {
			return err
		}
		if _, err := b.Step(-1); err != nil {
			_ = b.Finish()
			return err
		}
		return b.Finish()
	})
	if err != nil {
		return saved, fmt.Errorf("restore %s: %w", src, writeError(db.path, err))
	}
	var quick string
	if err := conn.QueryRowContext(ctx, "PRAGMA quick_check").Scan(&quick); err != nil || quick != "ok" {
		return saved, kam.Errorf(kam.EInternal, "the restored workspace fails its check (%s %v); the state before is in %s", quick, err, saved)
	}
	return saved, nil
}

func restorePaths(path, backupPath string) (ws, src string, err error) {
	if path == "" || backupPath == "" {
		return "", "", kam.Errorf(kam.EInvalid, "no workspace or backup file given")
	}
	if ws, err = filepath.Abs(path); err == nil {
		src, err = filepath.Abs(backupPath)
	}
	if err != nil {
		return "", "", kam.Errorf(kam.EInvalid, "restore: %v", err)
	}
	if ws == src {
		return "", "", kam.Errorf(kam.EInvalid, "the workspace cannot be restored from itself")
	}
	for _, p := range []string{ws, src} {
		if _, err := dsn(p, ""); err != nil {
			return "", "", err
		}
	}
	return ws, src, nil
}

// prepareRestore copies the backup beside the workspace (VACUUM INTO, so a
// consistent copy of only the live pages), migrates and checks the copy,
// and flushes it to disk. The caller removes it.
func prepareRestore(ctx context.Context, ws, src string) (string, error) {
	if err := os.MkdirAll(filepath.Dir(ws), 0o700); err != nil {
		return "", kam.Errorf(kam.EInvalid, "cannot create the folder for the workspace %s: %v", ws, plainOSError(err))
	}
	tmp := restoreTmp(ws)
	removeDB(tmp)
	if err := createPrivate(tmp); err != nil {
		return "", kam.Errorf(kam.EInternal, "cannot copy the backup %s: %v", src, plainOSError(err))
	}
	name, err := dsn(src, "?_pragma=busy_timeout(5000)")
	if err != nil {
		return "", err
	}
	c, err := sql.Open("sqlite", name)
	if err != nil {
		return "", err
	}
	_, err = c.ExecContext(ctx, "VACUUM INTO ?", tmp)
	c.Close()
	if err != nil {
		removeDB(tmp)
		if we := writeError(ws, err); we != err {
			return "", we
		}
		return "", kam.Errorf(kam.EInternal, "cannot copy the backup %s: %v", src, err)
	}
	db, err := openPrivate(ctx, tmp)
	if err == nil {
		err = db.Check(ctx)
		if cerr := db.Close(); err == nil {
			err = cerr
		}
	}
	if err == nil {
		err = syncFile(tmp)
	}
	if err != nil {
		removeDB(tmp)
		return "", fmt.Errorf("prepare the backup for restoring: %w", err)
	}
	return tmp, nil
}

// setAside keeps the workspace file that is about to be replaced, with its
// write-ahead log, in the backup folder exactly as it is (a hard link, or a
// copy where the file system has none) and returns the kept path. It is
// named so that it is never listed or rotated as a backup.
func setAside(ws string) (string, error) {
	dir := BackupDir(ws)
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return "", kam.Errorf(kam.EInternal, "cannot create the backup folder %s: %v", dir, plainOSError(err))
	}
	stamp := time.Now().Format("20060102-150405.000")
	dst := filepath.Join(dir, "set-aside-"+stamp[:15]+"-"+stamp[16:]+"-"+filepath.Base(ws))
	for _, suffix := range []string{"", "-wal"} {
		if _, err := os.Stat(ws + suffix); errors.Is(err, fs.ErrNotExist) {
			continue
		}
		if err := keep(ws+suffix, dst+suffix); err != nil {
			return "", kam.Errorf(kam.EInternal, "cannot keep the current workspace before restoring: %v", plainOSError(err))
		}
	}
	return dst, syncDir(dir)
}

// keep makes dst a second name of src, or a flushed copy of it.
func keep(src, dst string) error {
	if os.Link(src, dst) == nil {
		return nil
	}
	if err := copyFile(src, dst); err != nil {
		return err
	}
	return syncFile(dst)
}

// syncFile flushes a file's content to disk.
func syncFile(path string) error {
	f, err := os.OpenFile(path, os.O_RDWR, 0)
	if err != nil {
		return err
	}
	if err := f.Sync(); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

// removeDB removes a database file with its write-ahead log and index.
func removeDB(path string) {
	for _, suffix := range []string{"", "-wal", "-shm", "-journal"} {
		_ = os.Remove(path + suffix)
	}
}

// plainOSError drops the operation and path from an *fs.PathError, which
// the messages above already name.
func plainOSError(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}
