// Package atomicfile writes a file so that the path holds either the old
// file or the whole new one, never a half-written one: a temporary file
// beside it, synced, then renamed over it. The files hold customer data,
// so only their owner may read them (0600). What a process killed while
// writing leaves (.NAME.123456.tmp) is removed the next time NAME is
// written.
package atomicfile

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"syscall"

	"kamworkbench/internal/filelock"
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
	removeLeftovers(dir, name)
	tmp, err := os.CreateTemp(dir, "."+name+".*.tmp")
	if err != nil {
		return failed(path, what, err)
	}
	// Held while the file is written: a later write of the same file sees
	// that this one is alive and leaves its temporary file alone.
	_, _ = filelock.TryLock(tmp)
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

// removeLeftovers removes the temporary files a killed process left while
// writing the file name in dir (.NAME.123456.tmp, exactly): those whose
// writer is gone, as their lock is free.
func removeLeftovers(dir, name string) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return
	}
	prefix := "." + name + "."
	for _, e := range entries {
		n := e.Name()
		if !e.Type().IsRegular() || len(n) <= len(prefix)+len(".tmp") || !strings.HasPrefix(n, prefix) || !strings.HasSuffix(n, ".tmp") {
			continue
		}
		if digits := n[len(prefix) : len(n)-len(".tmp")]; digits == "" || strings.Trim(digits, "0123456789") != "" {
			continue
		}
		f, err := os.OpenFile(filepath.Join(dir, n), os.O_RDWR, 0)
		if err != nil {
			continue
		}
		busy, err := filelock.TryLock(f)
		f.Close()
		if err == nil && !busy {
			_ = os.Remove(filepath.Join(dir, n))
		}
	}
}
