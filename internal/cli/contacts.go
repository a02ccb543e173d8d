package cli

import (
	"context"
	"fmt"
	"io"
	"path/filepath"
	"slices"
	"strings"
	"text/tabwriter"

	"kamworkbench/internal/contacts"
	"kamworkbench/internal/kam"
	"kamworkbench/internal/usecase"
)

// runImportContacts adds the people of a CSV or vCard file to a client's
// stakeholders in one transaction, placed below the people already on the
// map; people already there are listed as not added. With --dry-run it
// shows what it would add and writes nothing.
func runImportContacts(ctx context.Context, env *Env, args []string) error {
	fs := flags("import-contacts")
	clientID := fs.String("client", "", "client id")
	dryRun := fs.Bool("dry-run", false, "show what would be added, write nothing")
	pos, err := parse(fs, args, 1)
	if err != nil {
		return err
	}
	if *clientID == "" {
		return usagef("--client ID is required")
	}
	path := pos[0]
	if _, err := contacts.ReadFile(path); err != nil { // before the workspace is even opened
		return err
	}
	open := env.open
	if *dryRun {
		open = env.openRead
	}
	db, err := open(ctx)
	if err != nil {
		return err
	}
	defer db.Close()
	// What the window's import reads and adds, with the same checks.
	client, res, err := usecase.ReadContacts(ctx, db, *clientID, path)
	if kam.ErrorCode(err) == kam.ENotFound && client.ID == "" {
		return fmt.Errorf("%w (see list --json)", err)
	}
	if err != nil {
		return err
	}

	fmt.Fprintf(env.Stdout, "%s: %s\n", filepath.Base(path), describeFormat(res))
	if len(res.People) == 0 {
		printProblems(env.Stdout, res.Problems)
		if slices.ContainsFunc(res.Problems, func(p contacts.Problem) bool { return p.Skipped != "" }) {
			// Importing the same file again is no error: its work is done.
			fmt.Fprintf(env.Stdout, "Nothing to add: everyone in the file is already on the map of %s.\n", client.Name)
			return nil
		}
		return kam.Errorf(kam.EInvalid, "nothing to add: the file holds no usable contact")
	}
	if *dryRun {
		fmt.Fprintf(env.Stdout, "Would add %s to %s:\n", people(len(res.People)), client.Name)
		printPeople(env.Stdout, res.People)
		printProblems(env.Stdout, res.Problems)
		fmt.Fprintln(env.Stdout, "Dry run: nothing was written.")
		return nil
	}
	added, err := usecase.AddContacts(ctx, db, *clientID, res.People)
	if err != nil {
		return err
	}
	fmt.Fprintf(env.Stdout, "Added %s to %s:\n", people(len(added)), client.Name)
	printPeople(env.Stdout, added)
	printProblems(env.Stdout, res.Problems)
	return nil
}

// describeFormat says how the file was read: "CSV, windows-1252, separated
// by “;”" or "vCard, utf-8".
func describeFormat(r contacts.Result) string {
	switch r.Format {
	case "vcard":
		return "vCard, " + r.Encoding
	case "csv":
		sep := r.Delimiter
		if sep == "\t" {
			sep = "tab"
		}
		return "CSV, " + r.Encoding + ", separated by “" + sep + "”"
	}
	return r.Format
}

func people(n int) string {
	if n == 1 {
		return "1 person"
	}
	return fmt.Sprintf("%d people", n)
}

// printPeople writes one line per person: name, title, department.
func printPeople(w io.Writer, list []kam.Stakeholder) {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	for _, p := range list {
		title := p.Title
		if title == "" {
			title = "–"
		}
		fmt.Fprintf(tw, "  %s\t%s\t%s\n", clip(p.Name), clip(title), p.Department)
	}
	tw.Flush()
}

// printProblems lists the rows or cards that were left out, by line.
func printProblems(w io.Writer, list []contacts.Problem) {
	if len(list) == 0 {
		return
	}
	fmt.Fprintf(w, "Not added (%d):\n", len(list))
	for _, p := range list {
		fmt.Fprintf(w, "  line %d: %s\n", p.Line, oneLine(p.Reason))
	}
}

// clip shortens a field for a line of the listing; tabs would break the
// columns.
func clip(s string) string {
	s = strings.ReplaceAll(s, "\t", " ")
	if r := []rune(s); len(r) > 60 {
		return string(r[:59]) + "…"
	}
	return s
}
