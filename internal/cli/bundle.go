package cli

import (
	"context"
	"errors"
	"fmt"
	"time"

	"kamworkbench/internal/bundle"
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
	db, err := env.openRead(ctx)
	if err != nil {
		return err
	}
	defer db.Close()
	if err := bundle.Export(ctx, db, *clientID, *out, time.Now(), env.Catalog.Known()); err != nil {
		return err
	}
	fmt.Fprintln(env.Stdout, *out)
	return nil
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
	acc, err := bundle.ReadFile(pos[0], env.Catalog.Known())
	if err != nil {
		return err
	}
	mode := bundle.ModeNew
	switch {
	case *replace:
		mode = bundle.ModeReplace
	case *asCopy:
		mode = bundle.ModeCopy
	}
	db, err := env.open(ctx)
	if err != nil {
		return err
	}
	defer db.Close()
	acc, err = bundle.Import(ctx, db, acc, mode)
	var clash *bundle.Conflict
	switch {
	case errors.As(err, &clash) && clash.ID != "":
		return kam.Errorf(kam.EConflict, "%s; import with --as-copy to give the bundle's records new ids", clash)
	case errors.As(err, &clash):
		return kam.Errorf(kam.EConflict, "%s; import with --replace to overwrite it or --as-copy to keep both", clash)
	case err != nil:
		return err
	}
	fmt.Fprintln(env.Stdout, acc.Client.ID)
	for _, w := range acc.Workshops {
		fmt.Fprintln(env.Stdout, w.ID)
	}
	return nil
}
