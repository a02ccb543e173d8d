// Package cli runs KAM Workbench's headless commands. They call the same
// store and services as the window, so every capability works without one.
package cli

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"kamworkbench/internal/catalog"
	"kamworkbench/internal/kam"
	"kamworkbench/internal/sqlite"
)

// Env is what a command works with.
type Env struct {
	Program string // the name in messages: kam-workbench, or kamw without the window
	Stdout  io.Writer
	Stderr  io.Writer
	DBPath  string
	Version string
	Catalog *catalog.Catalog
}

// command is one headless command.
type command struct {
	name  string
	args  string // the usage line after the name
	about string
	run   func(ctx context.Context, env *Env, args []string) error
}

// commands lists every headless command, in the order usage shows them.
func commands() []command {
	return []command{
		{"version", "", "print the version", runVersion},
		{"check", "", "check integrity and schema version; prints \"ok\" when sound", runCheck},
		{"catalog", "--json", "print the questionnaire", runCatalog},
		{"list", "--json", "list clients and their workshops", runList},
		{"import", "FILE.kamw [--replace | --as-copy]", "import a client from a bundle", runImport},
		{"import-contacts", "--client ID FILE.csv|FILE.vcf [--dry-run]", "add stakeholders from a CSV or vCard contact list", runImportContacts},
		{"export", "--client ID -o FILE.kamw", "write a client with everything about it to a bundle", runExport},
		{"report", "--workshop ID --json", "print a workshop's scores", runReport},
		{"pdf", "--workshop ID -o FILE.pdf [--lang de|en] [--audience internal|customer]", "write a workshop's report as PDF", runPDF},
		{"xlsx", "--workshop ID -o FILE.xlsx [--lang de|en] [--audience internal|customer]", "write a workshop's results as an Excel workbook (slides are made in the window)", runXLSX},
		{"backup", "-o FILE.db", "write a checked copy of the workspace", runBackup},
		{"restore", "FILE.db", "replace the workspace with a backup (backs up the current state first)", runRestore},
		{"demo", "", "add the sample client and workshop", runDemo},
	}
}

// usageError is a mistake in the command line: exit code 2.
type usageError struct{ msg string }

func (e *usageError) Error() string { return e.msg }

func usagef(format string, args ...any) error { return &usageError{fmt.Sprintf(format, args...)} }

// Usage writes the command line summary of program (kam-workbench, which
// opens the window without a command, or kamw, which has none).
func Usage(w io.Writer, program string) {
	fmt.Fprintf(w, "usage: %s [--db PATH] [COMMAND]\n", program)
	if program == windowless {
		fmt.Fprintln(w, "Commands:")
	} else {
		fmt.Fprintln(w, "Without a command the window opens. Commands:")
	}
	for _, c := range commands() {
		line := strings.TrimSpace(c.name + " " + c.args)
		if len(line) > 44 {
			fmt.Fprintf(w, "  %s\n  %-44s %s\n", line, "", c.about)
			continue
		}
		fmt.Fprintf(w, "  %-44s %s\n", line, c.about)
	}
}

// ParseGlobal splits the global flags off args. It returns the workspace
// path ("" for the default) and the command with its arguments.
func ParseGlobal(args []string) (db string, rest []string, err error) {
	for len(args) > 0 {
		a := args[0]
		switch {
		case a == "--db" || a == "-db":
			if len(args) < 2 || args[1] == "" {
				return "", nil, usagef("--db needs a workspace file path")
			}
			db, args = args[1], args[2:]
		case strings.HasPrefix(a, "--db="):
			db, args = strings.TrimPrefix(a, "--db="), args[1:]
			if db == "" {
				return "", nil, usagef("--db needs a workspace file path")
			}
		case a == "-h" || a == "--help" || a == "help":
			return "", []string{"help"}, nil
		case strings.HasPrefix(a, "-"):
			return "", nil, usagef("unknown flag %s", a)
		default:
			return db, args, nil
		}
	}
	return db, nil, nil
}

// IsCommand reports whether name is a headless command.
func IsCommand(name string) bool {
	for _, c := range commands() {
		if c.name == name {
			return true
		}
	}
	return false
}

// Run runs one command and returns the process exit code: 0, 1 for an
// error, 2 for a usage error. Errors are one line on stderr.
func Run(ctx context.Context, env *Env, args []string) int {
	prog := env.program()
	if len(args) == 0 || args[0] == "help" {
		Usage(env.Stdout, prog)
		return 0
	}
	for _, c := range commands() {
		if c.name != args[0] {
			continue
		}
		err := c.run(ctx, env, args[1:])
		var ue *usageError
		switch {
		case err == nil:
			return 0
		case errors.As(err, &ue):
			fmt.Fprintf(env.Stderr, "%s %s: %s\nusage: %s [--db PATH] %s %s\n", prog, c.name, ue.msg, prog, c.name, c.args)
			return 2
		default:
			err = sqlite.Explain(env.DBPath, err)
			fmt.Fprintf(env.Stderr, "%s %s: %s\n", prog, c.name, oneLine(kam.ErrorMessage(err)))
			return 1
		}
	}
	fmt.Fprintf(env.Stderr, "%s: unknown command %q\n", prog, args[0])
	Usage(env.Stderr, prog)
	return 2
}

// windowless is the name of the command line built without the window.
const windowless = "kamw"

// program is the name in messages; kam-workbench unless env says otherwise.
func (env *Env) program() string {
	if env.Program == "" {
		return "kam-workbench"
	}
	return env.Program
}

func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }

// flags returns a flag set that reports mistakes as usage errors.
func flags(name string) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	return fs
}

// parse parses args and refuses extra positional arguments beyond want.
func parse(fs *flag.FlagSet, args []string, want int) ([]string, error) {
	// Accept positional arguments before the flags too ("import FILE --replace").
	var pos []string
	for len(args) > 0 {
		if err := fs.Parse(args); err != nil {
			return nil, usagef("%v", err)
		}
		args = fs.Args()
		if len(args) > 0 {
			pos = append(pos, args[0])
			args = args[1:]
		}
	}
	if len(pos) != want {
		if want == 0 {
			return nil, usagef("unexpected argument %q", pos[0])
		}
		return nil, usagef("expected %d file argument(s), got %d", want, len(pos))
	}
	return pos, nil
}

// open opens the workspace of env for a command that writes it: it fails
// while the window has it open (see sqlite.Open).
func (env *Env) open(ctx context.Context) (*sqlite.DB, error) {
	return sqlite.Open(ctx, env.DBPath)
}

// openRead opens the workspace of env for a command that only reads it,
// which works beside the window too; it never creates one (see
// sqlite.OpenRead).
func (env *Env) openRead(ctx context.Context) (*sqlite.DB, error) {
	return sqlite.OpenRead(ctx, env.DBPath)
}

// DefaultDBPath is the workspace in the OS's per-user config folder
// (%AppData% on Windows, ~/.config on Linux, ~/Library/Application Support
// on macOS), never a synced Documents folder.
func DefaultDBPath() (string, error) {
	dir, err := os.UserConfigDir()
	if err != nil {
		return "", fmt.Errorf("find the per-user data folder: %w", err)
	}
	return filepath.Join(dir, "KAM Workbench", "workspace.db"), nil
}
