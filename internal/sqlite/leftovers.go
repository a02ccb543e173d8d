package sqlite

import (
	"os"
	"path/filepath"
	"strings"

	"kamworkbench/internal/filelock"
)

// What a process of ours killed in the middle of its work leaves behind,
// removed at the next start: only our own files, each by its exact name.

// restoreTmp is where a backup is prepared for restoring, beside the
// workspace at path (see prepareRestore).
func restoreTmp(path string) string { return path + ".restore.tmp" }

// backupTmp is where a backup is written before it is checked and renamed
// (see backupTo).
func backupTmp(path string) string { return path + ".tmp" }

// removeLeftovers removes what a killed process left beside the workspace
// of lk: the backup being prepared for restoring, with its log, index and
// journal, and the backups being written in the backup folder
// (kam-workbench-….db.tmp); and private copies of any workspace in the
// temporary folder whose process is gone. The lock is held, so no process
// of ours is writing the workspace's.
func (lk *Lock) removeLeftovers() {
	removeStaleCopies()
	removeDB(restoreTmp(lk.path))
	dir := BackupDir(lk.path)
	entries, err := os.ReadDir(dir)
	if err != nil {
		return
	}
	for _, e := range entries {
		name := e.Name()
		if e.Type().IsRegular() && strings.HasPrefix(name, "kam-workbench-") && isBackupTmp(name) {
			_ = os.Remove(filepath.Join(dir, name))
		}
	}
}

// isBackupTmp reports whether name is a backup being written (NAME.db.tmp)
// or SQLite's file beside one.
func isBackupTmp(name string) bool {
	for _, suffix := range []string{"", "-journal", "-wal", "-shm"} {
		if strings.HasSuffix(name, ".db.tmp"+suffix) {
			return true
		}
	}
	return false
}

// Private copies of a workspace (checkWAL, openCopy) live in folders of
// their own in the system's temporary folder, each holding a lock file for
// as long as a process uses it.
const (
	copyPrefix = "kamw-copy-"
	copyLock   = "in-use.lock"
)

// copyDir makes a folder for a private copy and holds its lock until done
// is called, which removes the folder.
func copyDir() (dir string, done func(), err error) {
	dir, err = os.MkdirTemp("", copyPrefix)
	if err != nil {
		return "", nil, err
	}
	f, err := os.OpenFile(filepath.Join(dir, copyLock), os.O_RDWR|os.O_CREATE, 0o600)
	if err == nil {
		_, err = filelock.TryLock(f)
	}
	if err != nil {
		if f != nil {
			f.Close()
		}
		os.RemoveAll(dir)
		return "", nil, err
	}
	return dir, func() {
		f.Close()
		os.RemoveAll(dir)
	}, nil
}

// removeStaleCopies removes the folders of private copies whose process is
// gone: their lock is free. A folder without a lock file (its process was
// killed between making it and locking it, or is making it this instant)
// is left alone: it is empty.
func removeStaleCopies() {
	tmp := os.TempDir()
	entries, err := os.ReadDir(tmp)
	if err != nil {
		return
	}
	for _, e := range entries {
		if !e.IsDir() || !strings.HasPrefix(e.Name(), copyPrefix) {
			continue
		}
		dir := filepath.Join(tmp, e.Name())
		f, err := os.OpenFile(filepath.Join(dir, copyLock), os.O_RDWR, 0)
		if err != nil {
			continue
		}
		busy, err := filelock.TryLock(f)
		f.Close()
		if err == nil && !busy {
			os.RemoveAll(dir)
		}
	}
}
