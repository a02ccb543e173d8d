//go:debug zipinsecurepath=0

// Command kam-workbench is KAM Workbench: with no command it opens the
// window; with one it runs headless (see internal/cli).
package main

import (
	"context"
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"os"

	"kamworkbench/app"
	"kamworkbench/internal/catalog"
	"kamworkbench/internal/cli"
	"kamworkbench/internal/demo"
	"kamworkbench/internal/kam"
	"kamworkbench/internal/sqlite"
)

//go:embed all:frontend/dist
var assets embed.FS

// version is stamped at build time (-ldflags "-X main.version=…").
var version = "dev"

func main() { os.Exit(run(os.Args[1:])) }

func run(args []string) int {
	ctx := context.Background()
	dbPath, rest, err := cli.ParseGlobal(args)
	if err != nil {
		fmt.Fprintf(os.Stderr, "kam-workbench: %v\n", err)
		cli.Usage(os.Stderr)
		return 2
	}
	if dbPath == "" {
		if dbPath, err = cli.DefaultDBPath(); err != nil {
			fmt.Fprintf(os.Stderr, "kam-workbench: %v\n", err)
			return 1
		}
	}
	cat := catalog.MustLoad()
	if len(rest) > 0 {
		return cli.Run(ctx, &cli.Env{Stdout: os.Stdout, Stderr: os.Stderr, DBPath: dbPath, Version: version, Catalog: cat}, rest)
	}
	if err := window(ctx, dbPath, cat); err != nil {
		fmt.Fprintf(os.Stderr, "kam-workbench: %s\n", kam.ErrorMessage(err))
		return 1
	}
	return 0
}

// window opens the workspace (a new one starts with the sample client) and
// runs the window until it is closed.
func window(ctx context.Context, dbPath string, cat *catalog.Catalog) error {
	_, statErr := os.Stat(dbPath)
	fresh := errors.Is(statErr, fs.ErrNotExist)
	db, err := sqlite.Open(ctx, dbPath)
	if err != nil {
		return err
	}
	defer db.Close()
	if fresh {
		if _, err := demo.Add(ctx, db, cat); err != nil {
			return fmt.Errorf("add the sample client: %w", err)
		}
	}
	if err := db.AutoBackup(ctx, 10); err != nil {
		fmt.Fprintf(os.Stderr, "kam-workbench: automatic backup failed: %s\n", kam.ErrorMessage(err))
	}
	dist, err := fs.Sub(assets, "frontend/dist")
	if err != nil {
		return err
	}
	return app.Run(app.Config{Assets: dist, DB: db, Catalog: cat, Version: version})
}
