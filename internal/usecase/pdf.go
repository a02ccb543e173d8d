package usecase

import (
	"context"
	"time"

	"kamworkbench/internal/audience"
	"kamworkbench/internal/catalog"
	"kamworkbench/internal/kam"
	"kamworkbench/internal/pdf"
	"kamworkbench/internal/sqlite"
)

// Report is what one export of a workshop's report is asked for.
type Report struct {
	WorkshopID string
	Lang       string // "de" or "en"
	Audience   audience.Audience
	// Sections are the chosen sections; nil means the audience's defaults,
	// an empty list is no choice at all.
	Sections []audience.Section
}

// check refuses choices no report has, before the workspace is read.
func (r Report) check() error {
	switch {
	case r.Lang != "de" && r.Lang != "en":
		return kam.Invalid("lang", "%q is not a report language; use de or en", r.Lang)
	case r.Audience != audience.Internal && r.Audience != audience.Customer:
		return kam.Invalid("audience", "%q is not an audience; use internal or customer", r.Audience)
	case r.Sections != nil && len(r.Sections) == 0:
		return kam.Invalid("sections", "choose at least one section for the report")
	case len(r.Sections) > len(audience.Sections):
		return kam.Invalid("sections", "too many sections (%d)", len(r.Sections))
	}
	// The audience decides which sections it may have.
	_, err := audience.Choose(r.Audience, r.Sections)
	return err
}

// PDFInput checks the choices and reads what the report is drawn from: the
// workshop's client with everything recorded, in one read transaction.
func PDFInput(ctx context.Context, db *sqlite.DB, cat *catalog.Catalog, r Report) (pdf.Input, error) {
	in := pdf.Input{WorkshopID: r.WorkshopID, Catalog: cat, Lang: r.Lang, Audience: r.Audience, Sections: r.Sections}
	if err := r.check(); err != nil {
		return in, err
	}
	var err error
	in.Account, err = db.WorkshopAccount(ctx, r.WorkshopID)
	return in, err
}

// WritePDF writes the report of in to path (see Target), as it is at now,
// and returns the file written.
func WritePDF(db *sqlite.DB, in pdf.Input, path string, now time.Time) (string, error) {
	abs, err := Target(db, path, "PDF")
	if err != nil {
		return "", err
	}
	in.Now = now
	return abs, pdf.WriteFile(abs, in)
}
