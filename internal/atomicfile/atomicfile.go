// Package atomicfile writes a file so that the path holds either the old
// file or the whole new one, never a half-written one: a temporary file
// beside it, synced, then renamed over it. The files hold customer data,
// so only their owner may read them (0600).
package atomicfile

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"syscall"

	"kamworkbench/internal/kam"
)

// Write writes data to path atomically. what names the file in messages
// ("the CSV file"); errors are *kam.Error a consultant can act on.
func Write(path, what string, data []byte) (err error) {
	if st, err := os.Stat(path); err == nil && st.IsDir() {
		return kam.Errorf(kam.EInvalid, "%s is a folder; choose a file name for %s", path, what)
	}
	dir, name := filepath.Split(path)
	if dir == "" {
		dir = "."
	}
	tmp, err := os.CreateTemp(dir, "."+name+".*.tmp")
	if err != nil {
		return failed(path, what, err)
	}
	renamed := false
	defer func() {
		if !renamed {
			tmp.Close()
			os.Remove(tmp.Name())
		}
	}()
	if _, err := tmp.Write(data); err != nil {
		return failed(path, what, err)
	}
	// Customer data: readable by its owner only, whatever the umask.
	if err := tmp.Chmod(0o600); err != nil {
		return failed(path, what, err)
	}
	if err := tmp.Sync(); err != nil {
		return failed(path, what, err)
	}
	if err := tmp.Close(); err != nil {
		return failed(path, what, err)
	}
	if err := os.Rename(tmp.Name(), path); err != nil {
		return failed(path, what, err)
	}
	renamed = true
	if d, err := os.Open(dir); err == nil { // not every platform can sync a folder; the rename stands
		_ = d.Sync()
		d.Close()
	}
	return nil
}

// failed turns a file error into a message a consultant can act on.
func failed(path, what string, err error) error {
	switch {
	case errors.Is(err, syscall.ENOSPC):
		return kam.Errorf(kam.EDiskFull, "The disk is full: %s %s was not written. Free some space and try again", what, path)
	case errors.Is(err, fs.ErrNotExist):
		return kam.Errorf(kam.EInvalid, "cannot write %s %s: the folder does not exist", what, path)
	case errors.Is(err, fs.ErrPermission):
		return kam.Errorf(kam.EInvalid, "cannot write %s %s: no permission to write there (is the file open in another program?)", what, path)
	}
	return kam.Errorf(kam.EInternal, "cannot write %s %s: %v", what, path, err)
}
