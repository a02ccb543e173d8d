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
	"kamworkbench/internal/kam"
	"kamworkbench/internal/sqlite"
)

//go:embed all:frontend/dist
var assets embed.FS

// icon is the window's icon on Linux (build/icons.sh renders it).
//
//go:embed build/linux/hicolor/256x256/apps/kam-workbench.png
var icon []byte

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
// runs the window until it is closed. The window holds the workspace's lock
// as long as it runs: on a workspace another window has open, it brings
// that one to the front and ends without touching the workspace. A
// workspace that cannot be opened is left as it is: the window starts
// without it, explains why and offers the newest sound backup.
func window(ctx context.Context, dbPath string, cat *catalog.Catalog) error {
	dist, err := fs.Sub(assets, "frontend/dist")
	if err != nil {
		return err
	}
	cfg := app.Config{Assets: dist, Catalog: cat, Version: version, Icon: icon, Path: dbPath}
	lk, err := app.LockWorkspace(ctx, dbPath)
	var inUse *sqlite.InUseError
	switch {
	case errors.As(err, &inUse):
		fmt.Fprintf(os.Stderr, "kam-workbench: the workspace %s is open in KAM Workbench already; that window comes to the front\n", dbPath)
		if err := app.ToFront(dbPath); err != nil {
			return err
		}
		return inUse
	case err != nil:
		cfg.Problem = app.Diagnose(ctx, dbPath, err)
	default:
		// The lock is never released by hand: the process's end does it, once
		// the window is gone for good (see app.Startup.Restart).
		cfg.Lock = lk
		cfg.DB, cfg.Problem = app.OpenWorkspace(ctx, lk, cat, os.Stderr)
	}
	if cfg.Problem != nil {
		fmt.Fprintf(os.Stderr, "kam-workbench: %s\n", cfg.Problem)
	} else {
		defer cfg.DB.Close()
	}
	return app.Run(cfg)
}
