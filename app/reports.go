package app

import (
	"context"
	"fmt"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"kamworkbench/internal/catalog"
	"kamworkbench/internal/kam"
	"kamworkbench/internal/pdf"
	"kamworkbench/internal/sqlite"
)

// Reports is the bound service for a workshop's PDF report: what it will
// contain, and the export through a Go save dialog.
type Reports struct {
	db      *sqlite.DB
	cat     *catalog.Catalog
	dialogs *Dialogs
	now     func() time.Time
}

// ReportOptions are the consultant's choices for one export.
type ReportOptions struct {
	Lang     string   `json:"lang"`     // "de" or "en"
	Audience string   `json:"audience"` // "internal" or "customer"
	Sections []string `json:"sections"` // at least one of ReportContents.Sections
}

// ReportContents is what a workshop's report draws on, counted, so the
// consultant sees what they hand over before exporting.
type ReportContents struct {
	// Sections lists every section of the report, in report order.
	Sections []string `json:"sections"`
	// CustomerOmits lists the sections the customer version leaves out
	// whatever is chosen.
	CustomerOmits []string `json:"customer_omits"`
	ClientName    string   `json:"client_name"`
	Participants  int      `json:"participants"`
	Questions     int      `json:"questions"`
	Answered      int      `json:"answered"`
	NotApplicable int      `json:"not_applicable"`
	// PreviousTitle and PreviousDate name the round the summary compares
	// with; both are empty when there is none.
	PreviousTitle string `json:"previous_title"`
	PreviousDate  string `json:"previous_date"`
	Stakeholders  int    `json:"stakeholders"`
	Relations     int    `json:"relations"`
	Competitors   int    `json:"competitors"`
	SWOT          int    `json:"swot"` // quadrants with text, 0–4
	Opportunities int    `json:"opportunities"`
	Arguments     int    `json:"arguments"`
	Actions       int    `json:"actions"`
}

// Contents counts what the report of a workshop will contain.
func (s *Reports) Contents(workshopID string) (out ReportContents, err error) {
	defer guard(&err)
	acc, err := s.account(context.Background(), workshopID)
	if err != nil {
		return out, err
	}
	out = ReportContents{ClientName: acc.Client.Name, Sections: []string{}, CustomerOmits: []string{}}
	for _, sec := range pdf.Sections {
		out.Sections = append(out.Sections, string(sec))
		if pdf.Omits(pdf.AudienceCustomer, sec) {
			out.CustomerOmits = append(out.CustomerOmits, string(sec))
		}
	}
	for _, w := range acc.Workshops {
		if w.ID != workshopID {
			continue
		}
		out.Participants = len(w.Participants)
		out.Actions = len(w.Actions)
		for _, a := range kam.ScoreWorkshop(s.cat.AreaQuestions(), w).Areas {
			out.Questions += a.Total
			out.Answered += a.Answered
			out.NotApplicable += a.NA
		}
	}
	if prev := pdf.Previous(acc.Workshops, workshopID); prev != nil {
		out.PreviousTitle, out.PreviousDate = prev.Title, prev.Date
	}
	out.Stakeholders = len(acc.Stakeholders)
	out.Relations = len(acc.Relations)
	out.Competitors = len(acc.Competitors)
	out.Opportunities = len(acc.Opportunities)
	out.Arguments = len(acc.Arguments)
	sw := acc.Client.SWOT
	for _, q := range []string{sw.Strengths, sw.Weaknesses, sw.Opportunities, sw.Threats} {
		if strings.TrimSpace(q) != "" {
			out.SWOT++
		}
	}
	return out, nil
}

// ExportPDF asks where to save the workshop's report, suggesting a name from
// client, workshop and date (pdf.FileName), and writes it there. It returns
// the path written, or "" when the user cancelled the dialog.
func (s *Reports) ExportPDF(workshopID string, opts ReportOptions) (path string, err error) {
	defer guard(&err)
	ctx := context.Background()
	in := pdf.Input{WorkshopID: workshopID, Catalog: s.cat, Lang: opts.Lang, Audience: opts.Audience}
	switch {
	case opts.Lang != "de" && opts.Lang != "en":
		return "", kam.Invalid("lang", "%q is not a report language; use de or en", opts.Lang)
	case opts.Audience != pdf.AudienceInternal && opts.Audience != pdf.AudienceCustomer:
		return "", kam.Invalid("audience", "%q is not an audience; use internal or customer", opts.Audience)
	case len(opts.Sections) == 0:
		return "", kam.Invalid("sections", "choose at least one section for the report")
	case len(opts.Sections) > len(pdf.Sections):
		return "", kam.Invalid("sections", "too many sections (%d)", len(opts.Sections))
	}
	for _, sec := range opts.Sections {
		if !slices.Contains(pdf.Sections, pdf.Section(sec)) {
			return "", kam.Invalid("sections", "%q is not a section of the report", sec)
		}
		in.Sections = append(in.Sections, pdf.Section(sec))
	}
	if in.Account, err = s.account(ctx, workshopID); err != nil {
		return "", err
	}
	var w kam.WorkshopData
	for _, x := range in.Account.Workshops {
		if x.ID == workshopID {
			w = x
		}
	}
	lang, err := s.db.Setting(ctx, "language", "de")
	if err != nil {
		return "", err
	}
	title := "Bericht als PDF speichern"
	if lang == "en" {
		title = "Save report as PDF"
	}
	name := pdf.FileName(in.Account.Client.Name, w.Title, w.Date, opts.Lang, opts.Audience)
	path, err = s.dialogs.SaveFile(title, name, FileFilter{DisplayName: "PDF (*.pdf)", Pattern: "*.pdf"})
	if err != nil {
		return "", fmt.Errorf("save file dialog: %w", err)
	}
	if path == "" {
		return "", nil
	}
	if filepath.Ext(path) == "" { // some dialogs leave the extension to the user
		path += ".pdf"
	}
	if path, err = filepath.Abs(path); err != nil {
		return "", kam.Errorf(kam.EInvalid, "PDF file: %v", err)
	}
	if path == s.db.Path() {
		return "", kam.Errorf(kam.EInvalid, "the PDF cannot overwrite the workspace itself")
	}
	in.Now = s.now()
	if err := pdf.WriteFile(path, in); err != nil {
		return "", err
	}
	return path, nil
}

// account loads the client of a workshop with everything recorded about it.
func (s *Reports) account(ctx context.Context, workshopID string) (kam.Account, error) {
	w, err := s.db.Workshop(ctx, workshopID)
	if err != nil {
		return kam.Account{}, err
	}
	return s.db.Account(ctx, w.ClientID)
}
