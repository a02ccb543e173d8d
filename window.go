//go:build !headless

package main

import (
	"context"
	"embed"
	"fmt"
	"io/fs"
	"os"

	"kamworkbench/app"
	"kamworkbench/internal/catalog"
	"kamworkbench/internal/kam"
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
// runs the window until it is closed. A workspace that cannot be opened is
// left as it is: the window starts without it, explains why and offers the
// newest sound backup.
func window(ctx context.Context, dbPath string, cat *catalog.Catalog) error {
	dist, err := fs.Sub(assets, "frontend/dist")
	if err != nil {
		return err
	}
	cfg := app.Config{Assets: dist, Catalog: cat, Version: version, Icon: icon, Path: dbPath}
	if cfg.DB, cfg.Problem = app.OpenWorkspace(ctx, dbPath, cat, os.Stderr); cfg.Problem != nil {
		fmt.Fprintf(os.Stderr, "%s: %s\n", program, cfg.Problem)
	} else {
		defer cfg.DB.Close()
	}
	return app.Run(cfg)
}
