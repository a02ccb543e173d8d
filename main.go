//go:debug zipinsecurepath=0

// Command kam-workbench is KAM Workbench: with no command it opens the
// window; with one it runs headless (see internal/cli). Built with the tag
// `headless` it is kamw, the same command line without the window: no GTK or
// WebKit, no cgo (window.go and headless.go hold the difference).
package main

import (
	"context"
	"fmt"
	"os"

	"kamworkbench/internal/catalog"
	"kamworkbench/internal/cli"
)

// version is stamped at build time (-ldflags "-X main.version=…").
var version = "dev"

func main() { os.Exit(run(os.Args[1:])) }

func run(args []string) int {
	ctx := context.Background()
	dbPath, rest, err := cli.ParseGlobal(args)
	if err != nil {
		fmt.Fprintf(os.Stderr, "%s: %v\n", program, err)
		cli.Usage(os.Stderr, program)
		return 2
	}
	if dbPath == "" {
		if dbPath, err = cli.DefaultDBPath(); err != nil {
			fmt.Fprintf(os.Stderr, "%s: %v\n", program, err)
			return 1
		}
	}
	cat := catalog.MustLoad()
	if len(rest) > 0 {
		return cli.Run(ctx, &cli.Env{Program: program, Stdout: os.Stdout, Stderr: os.Stderr, DBPath: dbPath, Version: version, Catalog: cat}, rest)
	}
	return openWindow(ctx, dbPath, cat)
}
