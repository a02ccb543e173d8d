package app

import (
	"context"
	"os"
	"path/filepath"

	"kamworkbench/internal/kam"
	"kamworkbench/internal/sqlite"
)

// Backups is the bound service for the workspace's backups: list them, take
// one now, restore one, and how many automatic ones are kept. The UI names a
// backup by its file name from List, never by a path.
//
// With the workspace open, a restore happens in place: every service keeps
// its store and sees the restored data at once. When the workspace could not
// be opened at start (Startup.Problem), a restore replaces the file and the
// window must restart (Startup.Restart) to open it.
type Backups struct {
	db       *sqlite.DB   // nil while the workspace could not be opened
	path     string       // the workspace file
	lock     *sqlite.Lock // the window's lock on it while it could not be opened; nil when none was taken
	restored func()       // tells Startup that a restart will open a restored workspace
}

// List returns the workspace's backups, newest first, with date and size.
func (s *Backups) List() (out []sqlite.BackupInfo, err error) {
	defer guard(&err)
	out, err = sqlite.ListBackups(s.path)
	if err != nil {
		return nil, kam.Errorf(kam.EInternal, "cannot list the backups: %v", err)
	}
	if out == nil {
		out = []sqlite.BackupInfo{}
	}
	return out, nil
}

// RestoreResult says where the state before a restore was kept and whether
// the window must restart to show the restored workspace.
type RestoreResult struct {
	Saved   string `json:"saved"`   // file name in the backup folder; "" when there was nothing to keep
	Restart bool   `json:"restart"` // call Startup.Restart to open the restored workspace
}

// Restore replaces the workspace with the backup of that file name, after
// backing up the current state (or setting a damaged file aside).
func (s *Backups) Restore(name string) (out RestoreResult, err error) {
	defer guard(&err)
	ctx := context.Background()
	b, err := s.find(name)
	if err != nil {
		return out, err
	}
	var saved string
	switch {
	case s.db != nil:
		saved, err = s.db.Restore(ctx, b.Path)
	case s.lock != nil:
		saved, err = s.lock.Restore(ctx, b.Path)
	default:
		saved, err = sqlite.Restore(ctx, s.path, b.Path)
	}
	if s.db == nil {
		out.Restart = err == nil
		if out.Restart && s.restored != nil {
			s.restored()
		}
	}
	if saved != "" {
		out.Saved = filepath.Base(saved)
	}
	return out, err
}

// find returns the listed backup of that name; anything else, such as a
// path, is refused.
func (s *Backups) find(name string) (sqlite.BackupInfo, error) {
	if name == "" || len(name) > 255 || filepath.Base(name) != name {
		return sqlite.BackupInfo{}, kam.Errorf(kam.ENotFound, "backup not found")
	}
	list, err := sqlite.ListBackups(s.path)
	if err != nil {
		return sqlite.BackupInfo{}, kam.Errorf(kam.EInternal, "cannot list the backups: %v", err)
	}
	for _, b := range list {
		if b.Name == name {
			return b, nil
		}
	}
	return sqlite.BackupInfo{}, kam.Errorf(kam.ENotFound, "backup %q not found", name)
}

// Keep returns how many automatic backups are kept.
func (s *Backups) Keep() (n int, err error) {
	defer guard(&err)
	if err := s.open(); err != nil {
		return 0, err
	}
	return s.db.BackupKeep(context.Background()), nil
}

// SetKeep sets how many automatic backups are kept, from the next start on.
func (s *Backups) SetKeep(n int) (err error) {
	defer guard(&err)
	if err := s.open(); err != nil {
		return err
	}
	return s.db.SetBackupKeep(context.Background(), n)
}

// BackupNow takes a backup of the workspace and returns it.
func (s *Backups) BackupNow() (out sqlite.BackupInfo, err error) {
	defer guard(&err)
	if err := s.open(); err != nil {
		return out, err
	}
	p, err := s.db.Backup(context.Background(), "manual")
	if err != nil {
		return out, err
	}
	st, err := os.Stat(p)
	if err != nil {
		return out, kam.Errorf(kam.EInternal, "the backup %s vanished: %v", filepath.Base(p), err)
	}
	return sqlite.BackupInfo{Path: p, Name: filepath.Base(p), Size: st.Size(), ModTime: st.ModTime()}, nil
}

// workspacePath is the open workspace's file, "" without one.
func workspacePath(db *sqlite.DB) string {
	if db == nil {
		return ""
	}
	return db.Path()
}

func (s *Backups) open() error {
	if s.db == nil {
		return kam.Errorf(kam.EConflict, "the workspace is not open")
	}
	return nil
}
