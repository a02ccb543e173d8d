package bundle

import (
	"bytes"
	"context"
	"errors"
	"os"
	"path/filepath"
	"time"

	"kamworkbench/internal/atomicfile"
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

// WriteFile writes acc as a bundle, reads it back with every check an
// import makes, and only then writes it to path atomically (see
// atomicfile): a bundle that exists is complete and importable, and a
// failed write leaves the old file as it was.
func WriteFile(path string, acc kam.Account, now time.Time, known func(string) bool) error {
	var buf bytes.Buffer
	if err := Write(&buf, acc, now); err != nil {
		return kam.Errorf(kam.EInternal, "cannot write the bundle %s: %v", path, err)
	}
	if _, err := Read(bytes.NewReader(buf.Bytes()), int64(buf.Len()), known); err != nil {
		return kam.Errorf(kam.EInternal, "the bundle would not import again (%s); nothing was written", kam.ErrorMessage(err))
	}
	return atomicfile.Write(path, "the bundle", buf.Bytes())
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
