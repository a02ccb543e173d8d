package cli

import (
	"context"
	"fmt"
	"time"

	"kamworkbench/internal/pdf"
	"kamworkbench/internal/usecase"
)

// runPDF writes a workshop's report as PDF:
// pdf --workshop ID -o FILE.pdf [--lang de|en] [--audience internal|customer].
// The checks and the writing are the window's (usecase.PDFInput, WritePDF).
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
	if _, err := usecase.Target(db, r.out, "PDF"); err != nil {
		return err
	}
	in, err := usecase.PDFInput(ctx, db, env.Catalog, usecase.Report{WorkshopID: r.workshop, Lang: r.lang, Audience: r.audience})
	if err != nil {
		return err
	}
	// Characters the font cannot draw become □: say which, before writing.
	undrawn, err := pdf.Undrawable(in)
	if err != nil {
		return err
	}
	for _, u := range undrawn {
		fmt.Fprintln(env.Stderr, "warning: "+u.String())
	}
	if _, err := usecase.WritePDF(db, in, r.out, time.Now()); err != nil {
		return err
	}
	fmt.Fprintln(env.Stdout, r.out)
	return nil
}
