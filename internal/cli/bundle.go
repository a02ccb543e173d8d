package cli

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"syscall"
	"time"

	"kamworkbench/internal/bundle"
	"kamworkbench/internal/catalog"
	"kamworkbench/internal/kam"
)

// runExport writes one client with everything recorded about it to a
// .kamw bundle.
func runExport(ctx context.Context, env *Env, args []string) error {
	fs := flags("export")
	clientID := fs.String("client", "", "client id")
	out := fs.String("o", "", "bundle file")
	if _, err := parse(fs, args, 0); err != nil {
		return err
	}
	if *clientID == "" {
		return usagef("--client ID is required")
	}
	if *out == "" {
		return usagef("-o FILE.kamw is required")
	}
	db, err := env.open(ctx)
	if err != nil {
		return err
	}
	defer db.Close()
	abs, err := filepath.Abs(*out)
	if err != nil {
		return kam.Errorf(kam.EInvalid, "bundle file %s: %v", *out, err)
	}
	if abs == db.Path() {
		return kam.Errorf(kam.EInvalid, "the bundle cannot overwrite the workspace itself")
	}
	acc, err := db.Account(ctx, *clientID)
	if err != nil {
		return err
	}
	if err := writeBundle(abs, acc, time.Now(), knownQuestions(env.Catalog)); err != nil {
		return err
	}
	fmt.Fprintln(env.Stdout, *out)
	return nil
}

// writeBundle writes acc to a temporary file beside path, syncs it, reads
// it back with every check an import makes, and only then renames it over
// path: a bundle that exists is complete and importable.
func writeBundle(path string, acc kam.Account, now time.Time, known func(string) bool) (err error) {
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
	if err := bundle.Write(w, acc, now); err != nil {
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
	if _, err := bundle.Read(tmp, st.Size(), known); err != nil {
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

// runImport reads a bundle, checks all of it, and writes the client in one
// transaction. A refused bundle leaves the workspace as it was: it is read
// and checked before the workspace is even opened.
func runImport(ctx context.Context, env *Env, args []string) error {
	fs := flags("import")
	replace := fs.Bool("replace", false, "replace the client if it exists")
	asCopy := fs.Bool("as-copy", false, "import with new ids, beside the original")
	pos, err := parse(fs, args, 1)
	if err != nil {
		return err
	}
	if *replace && *asCopy {
		return usagef("--replace and --as-copy exclude each other; choose one")
	}
	acc, err := readBundle(pos[0], knownQuestions(env.Catalog))
	if err != nil {
		return err
	}
	if *asCopy {
		acc = bundle.AsCopy(acc)
	}
	db, err := env.open(ctx)
	if err != nil {
		return err
	}
	defer db.Close()
	what, id, err := db.ForeignID(ctx, acc)
	if err != nil {
		return err
	}
	if id != "" {
		return kam.Errorf(kam.EConflict, "the bundle's %s %s is already in this workspace under another client; import with --as-copy to give the bundle's records new ids", what, id)
	}
	if err := db.PutAccount(ctx, acc, *replace); err != nil {
		return err
	}
	fmt.Fprintln(env.Stdout, acc.Client.ID)
	for _, w := range acc.Workshops {
		fmt.Fprintln(env.Stdout, w.ID)
	}
	return nil
}

// readBundle opens and checks the bundle at path.
func readBundle(path string, known func(string) bool) (kam.Account, error) {
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
	return bundle.Read(f, st.Size(), known)
}

// knownQuestions reports whether a question id is in the catalogue.
func knownQuestions(c *catalog.Catalog) func(string) bool {
	ids := map[string]bool{}
	for _, id := range c.QuestionIDs() {
		ids[id] = true
	}
	return func(id string) bool { return ids[id] }
}
