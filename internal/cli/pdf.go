package cli

import (
	"context"
	"fmt"
	"time"

	"kamworkbench/internal/pdf"
)

// runPDF writes a workshop's report as PDF:
// pdf --workshop ID -o FILE.pdf [--lang de|en] [--audience internal|customer].
func runPDF(ctx context.Context, env *Env, args []string) error {
	r, err := parseReport("pdf", "PDF", ".pdf", args)
	if err != nil {
		return err
	}
	db, err := env.openRead(ctx)
	if err != nil {
		return err
	}
	defer db.Close()
	abs, err := r.target(db, "PDF")
	if err != nil {
		return err
	}
	w, err := db.Workshop(ctx, r.workshop)
	if err != nil {
		return err
	}
	acc, err := db.Account(ctx, w.ClientID)
	if err != nil {
		return err
	}
	in := pdf.Input{Account: acc, WorkshopID: w.ID, Catalog: env.Catalog, Lang: r.lang, Audience: r.audience, Now: time.Now()}
	// Characters the font cannot draw become □: say which, before writing.
	undrawn, err := pdf.Undrawable(in)
	if err != nil {
		return err
	}
	for _, u := range undrawn {
		fmt.Fprintln(env.Stderr, "warning: "+u.String())
	}
	if err := pdf.WriteFile(abs, in); err != nil {
		return err
	}
	fmt.Fprintln(env.Stdout, r.out)
	return nil
}
