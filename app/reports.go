package app

import (
	"context"
	"fmt"
	"strings"
	"time"

	"kamworkbench/internal/audience"
	"kamworkbench/internal/catalog"
	"kamworkbench/internal/kam"
	"kamworkbench/internal/pdf"
	"kamworkbench/internal/sqlite"
	"kamworkbench/internal/usecase"
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
	Lang     string             `json:"lang"` // "de" or "en"
	Audience audience.Audience  `json:"audience"`
	Sections []audience.Section `json:"sections" ts_type:"audience.Section[]"` // at least one the audience may have
}

// AudienceSections are the sections one audience's report may have, and
// those it starts with, in report order (package audience decides both).
type AudienceSections struct {
	Audience audience.Audience  `json:"audience"`
	Sections []audience.Section `json:"sections" ts_type:"audience.Section[]"`
	Defaults []audience.Section `json:"defaults" ts_type:"audience.Section[]"`
}

// ReportContents is what a workshop's report draws on, counted, so the
// consultant sees what they hand over before exporting.
type ReportContents struct {
	// Audiences lists the customer version first: the window starts with it.
	Audiences     []AudienceSections `json:"audiences"`
	ClientName    string             `json:"client_name"`
	Participants  int                `json:"participants"`
	Questions     int                `json:"questions"`
	Answered      int                `json:"answered"`
	NotApplicable int                `json:"not_applicable"`
	// Findings counts the answers with a finding, which both versions
	// print; Notes those with internal notes, which only the internal
	// version prints.
	Findings int `json:"findings"`
	Notes    int `json:"notes"`
	// PreviousTitle and PreviousDate name the round the summary compares
	// with; both are empty when there is none.
	PreviousTitle string `json:"previous_title"`
	PreviousDate  string `json:"previous_date"`
	Stakeholders  int    `json:"stakeholders"`
	Relations     int    `json:"relations"`
	// ReportingLines counts the relations the org chart draws.
	ReportingLines int `json:"reporting_lines"`
	Competitors    int `json:"competitors"`
	SWOT           int `json:"swot"` // quadrants with text, 0–4
	Opportunities  int `json:"opportunities"`
	Arguments      int `json:"arguments"`
	Actions        int `json:"actions"`
	// InternalActions counts the actions the customer version leaves out.
	InternalActions int `json:"internal_actions"`
}

// Contents counts what the report of a workshop will contain.
func (s *Reports) Contents(workshopID string) (out ReportContents, err error) {
	defer guard(&err)
	acc, err := s.account(context.Background(), workshopID)
	if err != nil {
		return out, err
	}
	out = ReportContents{ClientName: acc.Client.Name}
	for _, a := range audience.Audiences {
		out.Audiences = append(out.Audiences, AudienceSections{Audience: a,
			Sections: audience.Allowed(a), Defaults: audience.Defaults(a)})
	}
	customer, err := audience.For(audience.Request{Account: acc, WorkshopID: workshopID, Audience: audience.Customer,
		Sections: audience.Allowed(audience.Customer)})
	if err != nil {
		return out, err
	}
	out.InternalActions = customer.LeftOut
	out.ReportingLines = len(customer.Account.Relations)
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
		for _, a := range w.Answers {
			if strings.TrimSpace(a.Notes) != "" {
				out.Notes++
			}
			if strings.TrimSpace(a.Finding) != "" {
				out.Findings++
			}
		}
	}
	if prev := audience.Previous(acc.Workshops, workshopID); prev != nil {
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

// input checks the consultant's choices and loads what the report is
// drawn from (usecase.PDFInput, as the command line does).
func (s *Reports) input(ctx context.Context, workshopID string, opts ReportOptions) (pdf.Input, error) {
	sections := opts.Sections
	if sections == nil {
		sections = []audience.Section{} // the window always chooses
	}
	return usecase.PDFInput(ctx, s.db, s.cat, usecase.Report{WorkshopID: workshopID, Lang: opts.Lang,
		Audience: opts.Audience, Sections: sections})
}

// Undrawable lists the texts of the report that would be exported with
// these options whose characters the PDF's font cannot draw (they would
// show as □), so the window can say so before the export.
func (s *Reports) Undrawable(workshopID string, opts ReportOptions) (out []pdf.Undrawn, err error) {
	defer guard(&err)
	in, err := s.input(context.Background(), workshopID, opts)
	if err != nil {
		return nil, err
	}
	out, err = pdf.Undrawable(in)
	if out == nil {
		out = []pdf.Undrawn{}
	}
	return out, err
}

// ExportPDF asks where to save the workshop's report, suggesting a name from
// client, workshop and date (pdf.FileName), and writes it there. It returns
// the path written, or "" when the user cancelled the dialog.
func (s *Reports) ExportPDF(workshopID string, opts ReportOptions) (path string, err error) {
	defer guard(&err)
	ctx := context.Background()
	in, err := s.input(ctx, workshopID, opts)
	if err != nil {
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
	name := pdf.FileName(in.Account.Client.Name, w.Title, w.Date, opts.Lang, in.Audience)
	path, err = s.dialogs.SaveFile(title, name, FileFilter{DisplayName: "PDF (*.pdf)", Pattern: "*.pdf"})
	if err != nil {
		return "", fmt.Errorf("save file dialog: %w", err)
	}
	if path == "" {
		return "", nil
	}
	return usecase.WritePDF(s.db, in, path, s.now())
}

// account loads the client of a workshop with everything recorded about
// it, in one read transaction.
func (s *Reports) account(ctx context.Context, workshopID string) (kam.Account, error) {
	return s.db.WorkshopAccount(ctx, workshopID)
}
