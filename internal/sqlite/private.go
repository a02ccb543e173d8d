package sqlite

import (
	"errors"
	"io/fs"
	"os"

	"kamworkbench/internal/kam"
)

// The workspace, its write-ahead log and index, and every backup hold
// customer data: only their owner may read them (0600), whatever the
// umask. SQLite creates the log and the index with the mode of the
// workspace file, so the workspace file is made private before SQLite
// opens it, and files made by earlier versions are set right.

// ownerOnly creates the workspace file at path, empty and private, when
// there is none, and makes an existing one, its log and its index private.
// Where the mode cannot be changed (a file of another user, a read-only
// disk) it stays as it is.
func ownerOnly(path string) error {
	if _, err := os.Stat(path); errors.Is(err, fs.ErrNotExist) {
		if err := createPrivate(path); err != nil {
			return kam.Errorf(kam.EInvalid, "cannot create the workspace %s: %v", path, plainOSError(err))
		}
	}
	for _, suffix := range []string{"", "-wal", "-shm"} {
		_ = os.Chmod(path+suffix, 0o600)
	}
	return nil
}

// createPrivate creates an empty private file at path, where SQLite then
// writes a database (VACUUM INTO accepts an empty file). The mode is set
// again after creating, as a umask may take bits from it.
func createPrivate(path string) error {
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o600)
	if err != nil {
		return err
	}
	if err := f.Chmod(0o600); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}
