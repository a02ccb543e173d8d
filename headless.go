//go:build headless

package main

import (
	"context"
	"fmt"
	"os"

	"kamworkbench/internal/catalog"
	"kamworkbench/internal/cli"
)

// program names this build in messages.
const program = "kamw"

// openWindow has no window to open in kamw: without a command it is a usage
// error (exit 2) that names the program that has one.
func openWindow(context.Context, string, *catalog.Catalog) int {
	fmt.Fprintf(os.Stderr, "%s: give a command; kam-workbench opens the window\n", program)
	cli.Usage(os.Stderr, program)
	return 2
}
