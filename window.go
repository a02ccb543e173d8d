//go:build !headless

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
	"kamworkbench/internal/kam"
	"kamworkbench/internal/sqlite"
)

// program names this build in messages.
const program = "kam-workbench"

//go:embed all:frontend/dist
var assets embed.FS

// icon is the window's icon on Linux (build/icons.sh renders it).
//
//go:embed build/linux/hicolor/256x256/apps/kam-workbench.png
var icon []byte

// openWindow runs the window and returns the exit code: 1 when it failed.
func openWindow(ctx context.Context, dbPath string, cat *catalog.Catalog) int {
	if err := window(ctx, dbPath, cat); err != nil {
		fmt.Fprintf(os.Stderr, "%s: %s\n", program, kam.ErrorMessage(err))
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
		fmt.Fprintf(os.Stderr, "%s: the workspace %s is open in KAM Workbench already; that window comes to the front\n", program, dbPath)
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
		fmt.Fprintf(os.Stderr, "%s: %s\n", program, cfg.Problem)
	} else {
		defer cfg.DB.Close()
	}
	return app.Run(cfg)
}
