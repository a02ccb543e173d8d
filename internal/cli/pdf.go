package cli

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"time"

	"kamworkbench/internal/kam"
	"kamworkbench/internal/pdf"
)

// runPDF writes a workshop's report as PDF:
// pdf --workshop ID -o FILE.pdf [--lang de|en] [--audience internal|customer].
func runPDF(ctx context.Context, env *Env, args []string) error {
	fs := flags("pdf")
	workshop := fs.String("workshop", "", "workshop id")
	out := fs.String("o", "", "PDF file")
	lang := fs.String("lang", "de", "report language: de or en")
	audience := fs.String("audience", pdf.AudienceInternal, "internal or customer")
	if _, err := parse(fs, args, 0); err != nil {
		return err
	}
	switch {
	case *workshop == "":
		return usagef("--workshop ID is required")
	case *out == "":
		return usagef("-o FILE.pdf is required")
	case *lang != "de" && *lang != "en":
		return usagef("--lang must be de or en, not %q", *lang)
	case *audience != pdf.AudienceInternal && *audience != pdf.AudienceCustomer:
		return usagef("--audience must be internal or customer, not %q", *audience)
	}
	db, err := env.openRead(ctx)
	if err != nil {
		return err
	}
	defer db.Close()
	abs, err := filepath.Abs(*out)
	if err != nil {
		return kam.Errorf(kam.EInvalid, "PDF file %s: %v", *out, err)
	}
	if abs == db.Path() {
		return kam.Errorf(kam.EInvalid, "the PDF cannot overwrite the workspace itself")
	}
	if st, err := os.Stat(abs); err == nil && st.IsDir() {
		return kam.Errorf(kam.EInvalid, "%s is a folder; give a file name for the PDF", *out)
	}
	w, err := db.Workshop(ctx, *workshop)
	if err != nil {
		return err
	}
	acc, err := db.Account(ctx, w.ClientID)
	if err != nil {
		return err
	}
	in := pdf.Input{Account: acc, WorkshopID: w.ID, Catalog: env.Catalog, Lang: *lang, Audience: *audience, Now: time.Now()}
	if err := pdf.WriteFile(abs, in); err != nil {
		return err
	}
	fmt.Fprintln(env.Stdout, *out)
	return nil
}
