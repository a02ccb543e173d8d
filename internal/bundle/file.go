package bundle

import (
	"bufio"
	"context"
	"errors"
	"os"
	"path/filepath"
	"syscall"
	"time"

	"kamworkbench/internal/filename"
	"kamworkbench/internal/kam"
)

// FileName suggests a name for a client's bundle in the save dialog,
// "<client>-<date>.kamw", safe on every desktop file system.
func FileName(client string, day time.Time) string {
	return filename.Join("-", client, day.Format("2006-01-02")) + ".kamw"
}

// Source is where Export finds the client: the workspace.
type Source interface {
	Account(ctx context.Context, clientID string) (kam.Account, error)
	Path() string
}

// Export writes the client with everything recorded about it to a bundle
// at path (see WriteFile). It refuses to write over the workspace itself.
func Export(ctx context.Context, src Source, clientID, path string, now time.Time, known func(string) bool) error {
	abs, err := filepath.Abs(path)
	if err != nil {
		return kam.Errorf(kam.EInvalid, "bundle file %s: %v", path, err)
	}
	if abs == src.Path() {
		return kam.Errorf(kam.EInvalid, "the bundle cannot overwrite the workspace itself")
	}
	acc, err := src.Account(ctx, clientID)
	if err != nil {
		return err
	}
	return WriteFile(abs, acc, now, known)
}

// WriteFile writes acc to a temporary file beside path, syncs it, reads it
// back with every check an import makes, and only then renames it over
// path: a bundle that exists is complete and importable.
func WriteFile(path string, acc kam.Account, now time.Time, known func(string) bool) (err error) {
	if st, err := os.Stat(path); err == nil && st.IsDir() {
		return kam.Errorf(kam.EInvalid, "%s is a folder; give a file name for the bundle", path)
	}
	dir := filepath.Dir(path)
	tmp, err := os.CreateTemp(dir, "."+filepath.Base(path)+".*.tmp")
	if err != nil {
		return writeFailed(path, err)
	}
	defer func() {
		if err != nil {
			tmp.Close()
			os.Remove(tmp.Name())
		}
	}()
	w := bufio.NewWriter(tmp)
	if err := Write(w, acc, now); err != nil {
		return writeFailed(path, err)
	}
	if err := w.Flush(); err != nil {
		return writeFailed(path, err)
	}
	if err := tmp.Sync(); err != nil {
		return writeFailed(path, err)
	}
	st, err := tmp.Stat()
	if err != nil {
		return writeFailed(path, err)
	}
	if _, err := Read(tmp, st.Size(), known); err != nil {
		return kam.Errorf(kam.EInternal, "the bundle would not import again (%s); nothing was written", kam.ErrorMessage(err))
	}
	if err := tmp.Close(); err != nil {
		return writeFailed(path, err)
	}
	if err := os.Rename(tmp.Name(), path); err != nil {
		return writeFailed(path, err)
	}
	if d, err := os.Open(dir); err == nil { // not every platform can sync a folder; the rename stands
		_ = d.Sync()
		d.Close()
	}
	return nil
}

func writeFailed(path string, err error) error {
	if errors.Is(err, syscall.ENOSPC) {
		return kam.Errorf(kam.EDiskFull, "The disk is full: the bundle %s was not written. Free some space and try again", path)
	}
	return kam.Errorf(kam.EInternal, "cannot write the bundle %s: %v", path, err)
}

// ReadFile opens the bundle at path and checks all of it (see Read).
func ReadFile(path string, known func(string) bool) (kam.Account, error) {
	f, err := os.Open(path)
	if err != nil {
		if errors.Is(err, os.ErrNotExist) {
			return kam.Account{}, kam.Errorf(kam.ENotFound, "the bundle %s does not exist", path)
		}
		return kam.Account{}, kam.Errorf(kam.EInvalid, "cannot open the bundle %s: %v", path, err)
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil {
		return kam.Account{}, kam.Errorf(kam.EInvalid, "cannot read the bundle %s: %v", path, err)
	}
	if st.IsDir() {
		return kam.Account{}, kam.Errorf(kam.EInvalid, "%s is a folder, not a bundle", path)
	}
	return Read(f, st.Size(), known)
}
