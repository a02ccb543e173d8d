// Package pdf renders a workshop's results as the report the consultant
// leaves the room with: cover, contents, executive summary with radar chart,
// the assessment by area, the stakeholder map and coverage gaps, battle
// cards, SWOT, opportunities, arguments and the action plan, in German or
// English, as the internal version or the one for the client.
//
// Every string goes through fontSafe before it meets gofpdf, which panics on
// characters outside its font; Render recovers anyway, checks the document's
// error and hands out nothing on failure. Output is reproducible: the same
// Input gives the same bytes.
package pdf

import (
	"bytes"
	"fmt"
	"io"
	"slices"
	"time"

	"github.com/jung-kurt/gofpdf"

	"kamworkbench/internal/atomicfile"
	"kamworkbench/internal/catalog"
	"kamworkbench/internal/kam"
)

// Section is one optional part of the report.
type Section string

// The sections of the report, in the order they appear.
const (
	SectionCover         Section = "cover"
	SectionSummary       Section = "summary"
	SectionAssessment    Section = "assessment"
	SectionStakeholders  Section = "stakeholders"
	SectionCompetitors   Section = "competitors"
	SectionSWOT          Section = "swot"
	SectionOpportunities Section = "opportunities"
	SectionArguments     Section = "arguments"
	SectionActions       Section = "actions"
)

// Sections lists every section in report order.
var Sections = []Section{
	SectionCover, SectionSummary, SectionAssessment, SectionStakeholders, SectionCompetitors,
	SectionSWOT, SectionOpportunities, SectionArguments, SectionActions,
}

// Audiences of the report. The customer version leaves out what is meant for
// our side only: attitudes, relationship strength and owners, conflicts
// between people, stakeholder and client notes, the coverage gaps (which
// are built from those) and the battle cards with their counter-arguments.
// Workshop content (answers and their notes, SWOT, opportunities,
// arguments, actions) is in both.
const (
	AudienceInternal = "internal"
	AudienceCustomer = "customer"
)

// Input is everything a report is drawn from.
type Input struct {
	Account    kam.Account
	WorkshopID string
	// PreviousID is the round to compare with. Empty means the latest
	// workshop of the account dated before this one (none if there is none).
	PreviousID string
	Catalog    *catalog.Catalog
	Lang       string    // "de" (default) or "en"
	Audience   string    // "internal" (default) or "customer"
	Sections   []Section // which sections to include; nil or empty means all
	// Now is the document's creation date, so equal input gives equal bytes;
	// zero means the current time.
	Now time.Time
}

// report is an Input checked and resolved into what the sections draw.
type report struct {
	lang     lang
	internal bool
	sections []Section
	now      time.Time
	acc      *kam.Account
	ws       *kam.WorkshopData
	prev     *kam.WorkshopData // nil when there is no earlier round
	cat      *catalog.Catalog
	score    kam.Report
	prevScr  *kam.Report
}

// resolve checks in and looks up the workshop and its previous round.
func resolve(in Input) (*report, error) {
	r := &report{acc: &in.Account, cat: in.Catalog, now: in.Now}
	switch in.Lang {
	case "", "de":
		r.lang = german
	case "en":
		r.lang = english
	default:
		return nil, kam.Invalid("lang", "%q is not a report language; use de or en", in.Lang)
	}
	switch in.Audience {
	case "", AudienceInternal:
		r.internal = true
	case AudienceCustomer:
	default:
		return nil, kam.Invalid("audience", "%q is not an audience; use internal or customer", in.Audience)
	}
	if in.Catalog == nil {
		return nil, fmt.Errorf("render pdf: no catalogue")
	}
	for _, s := range in.Sections {
		if !slices.Contains(Sections, s) {
			return nil, kam.Invalid("sections", "%q is not a section of the report", s)
		}
	}
	for _, s := range Sections {
		if (len(in.Sections) == 0 || slices.Contains(in.Sections, s)) && !Omits(in.Audience, s) {
			r.sections = append(r.sections, s)
		}
	}
	if r.now.IsZero() {
		r.now = time.Now()
	}
	for i := range in.Account.Workshops {
		if in.Account.Workshops[i].ID == in.WorkshopID {
			r.ws = &in.Account.Workshops[i]
		}
	}
	if r.ws == nil {
		return nil, kam.Errorf(kam.ENotFound, "workshop not found for this client")
	}
	if in.PreviousID != "" {
		for i := range in.Account.Workshops {
			if w := &in.Account.Workshops[i]; w.ID == in.PreviousID && w.ID != r.ws.ID {
				r.prev = w
			}
		}
		if r.prev == nil {
			return nil, kam.Errorf(kam.ENotFound, "previous workshop not found for this client")
		}
	} else {
		r.prev = Previous(in.Account.Workshops, in.WorkshopID)
	}
	areas := r.cat.AreaQuestions()
	r.score = kam.ScoreWorkshop(areas, *r.ws)
	if r.prev != nil {
		s := kam.ScoreWorkshop(areas, *r.prev)
		r.prevScr = &s
	}
	return r, nil
}

// Previous returns the round before the workshop with the given id: the
// latest workshop dated strictly before it (of equal dates, the one listed
// last), or nil when there is none or the workshop has no date.
func Previous(workshops []kam.WorkshopData, id string) *kam.WorkshopData {
	var cur *kam.WorkshopData
	for i := range workshops {
		if workshops[i].ID == id {
			cur = &workshops[i]
		}
	}
	if cur == nil || cur.Date == "" {
		return nil
	}
	var prev *kam.WorkshopData
	for i := range workshops {
		w := &workshops[i]
		if w.ID == id || w.Date == "" || w.Date >= cur.Date {
			continue
		}
		if prev == nil || w.Date >= prev.Date {
			prev = w
		}
	}
	return prev
}

// Render writes the report as PDF to w. Nothing is written unless the whole
// document came out; a failure is an error, never a panic.
func Render(w io.Writer, in Input) error {
	r, err := resolve(in)
	if err != nil {
		return err
	}
	// The contents page and the "page 3 of 12" footers need page numbers
	// that are known only at the end, so the document is laid out until the
	// numbers settle (twice, as a rule) and only the last layout is written.
	d, err := r.lay(layout{}, true)
	if err != nil {
		return err
	}
	for range 3 {
		plan := d.got
		if d, err = r.lay(plan, false); err != nil {
			return err
		}
		if d.got.equal(plan) {
			break
		}
	}
	var buf bytes.Buffer
	if err := r.output(d, &buf); err != nil {
		return err
	}
	if _, err := w.Write(buf.Bytes()); err != nil {
		return fmt.Errorf("write pdf: %w", err)
	}
	return nil
}

// lay lays the document out once, using the page numbers of plan; the
// returned doc knows the page numbers it came out with. A dry layout draws
// nothing and only finds the page numbers.
func (r *report) lay(plan layout, dry bool) (d *doc, err error) {
	defer func() {
		if p := recover(); p != nil {
			err = fmt.Errorf("render pdf: %v", p)
		}
	}()
	d = newDoc(r, plan, dry)
	d.build()
	if err := d.f.Error(); err != nil {
		return nil, fmt.Errorf("render pdf: %w", err)
	}
	return d, nil
}

// output writes a laid-out document.
func (r *report) output(d *doc, w io.Writer) (err error) {
	defer func() {
		if p := recover(); p != nil {
			err = fmt.Errorf("render pdf: %v", p)
		}
	}()
	var buf bytes.Buffer
	if err := d.f.Output(&buf); err != nil {
		return fmt.Errorf("render pdf: %w", err)
	}
	_, err = w.Write(compressStreams(buf.Bytes()))
	return err
}

// WriteFile renders the report and writes it to path atomically (see
// atomicfile): path holds either the old file or the whole new report,
// never a half-written one.
func WriteFile(path string, in Input) error {
	var buf bytes.Buffer
	if err := Render(&buf, in); err != nil {
		return err
	}
	return atomicfile.Write(path, "the PDF", buf.Bytes())
}

// newFpdfFonts makes an empty A4 document with the fonts.
func newFpdfFonts() *gofpdf.Fpdf {
	f := gofpdf.New("P", "mm", "A4", "")
	addFonts(f)
	f.SetFont(family, "", 10)
	f.SetCellMargin(0)
	return f
}

// newFpdf makes an empty A4 document with the fixed metadata, and with the
// fonts unless it is for a dry pass, which measures with fontMetrics and
// draws no text.
func newFpdf(r *report, dry bool) *gofpdf.Fpdf {
	var f *gofpdf.Fpdf
	if dry {
		f = gofpdf.New("P", "mm", "A4", "")
		f.SetCellMargin(0)
	} else {
		f = newFpdfFonts()
	}
	f.SetCatalogSort(true)
	f.SetCreationDate(r.now)
	f.SetModificationDate(r.now)
	f.SetCompression(false) // compressStreams does it, faster
	f.SetMargins(marginL, marginT, marginR)
	f.SetAutoPageBreak(true, marginB)
	f.SetTitle(oneLine(r.lang.word("report")+" – "+r.acc.Client.Name+" – "+r.ws.Title), true)
	f.SetSubject(oneLine(r.ws.Title), true)
	f.SetAuthor(oneLine(r.ws.Facilitator), true)
	f.SetCreator("KAM Workbench", true)
	f.SetProducer("KAM Workbench", true)
	f.SetDisplayMode("fullpage", "single")
	return f
}
