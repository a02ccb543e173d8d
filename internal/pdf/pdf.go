// Package pdf renders a workshop's results as the report the consultant
// leaves the room with: cover, contents, executive summary with radar chart,
// the assessment by area, the stakeholder map and coverage gaps, battle
// cards, SWOT, opportunities, arguments and the action plan, in German or
// English, as the internal version or the one for the client. What each
// audience may see is decided by package audience alone: a report draws
// from the audience's View, never from the whole account.
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
	"time"

	"github.com/jung-kurt/gofpdf"

	"kamworkbench/internal/atomicfile"
	"kamworkbench/internal/audience"
	"kamworkbench/internal/catalog"
	"kamworkbench/internal/kam"
)

// Section is one part of the report (see package audience).
type Section = audience.Section

// Input is everything a report is drawn from.
type Input struct {
	Account    kam.Account
	WorkshopID string
	// PreviousID is the round to compare with. Empty means the latest
	// workshop of the account dated before this one (none if there is none).
	PreviousID string
	Catalog    *catalog.Catalog
	Lang       string            // "de" (default) or "en"
	Audience   audience.Audience // internal (default) or customer
	Sections   []Section         // which sections to include; nil or empty means the audience's defaults
	// Now is the document's creation date, so equal input gives equal bytes;
	// zero means the current time.
	Now time.Time
}

// report is an Input checked and resolved into what the sections draw:
// the audience's View, and nothing of the account beyond it.
type report struct {
	lang     lang
	internal bool
	view     audience.View
	sections []Section
	now      time.Time
	acc      *kam.Account
	ws       *kam.WorkshopData
	prev     *kam.WorkshopData // nil when there is no earlier round
	cat      *catalog.Catalog
	score    kam.Report
	prevScr  *kam.Report
	// gofpdfCompression lets gofpdf compress the streams instead of
	// compressStreams: only for the benchmark that compares the two.
	gofpdfCompression bool
}

// resolve checks in and cuts the account down to what its audience may see.
func resolve(in Input) (*report, error) {
	r := &report{cat: in.Catalog, now: in.Now}
	switch in.Lang {
	case "", "de":
		r.lang = german
	case "en":
		r.lang = english
	default:
		return nil, kam.Invalid("lang", "%q is not a report language; use de or en", in.Lang)
	}
	if in.Catalog == nil {
		return nil, fmt.Errorf("render pdf: no catalogue")
	}
	v, err := audience.For(audience.Request{Account: in.Account, WorkshopID: in.WorkshopID, PreviousID: in.PreviousID,
		Areas: in.Catalog.AreaQuestions(), Audience: in.Audience, Sections: in.Sections})
	if err != nil {
		return nil, err
	}
	r.view = v
	r.internal = v.Audience == audience.Internal
	r.sections = v.Sections
	r.acc, r.ws, r.prev = &r.view.Account, r.view.Workshop, r.view.Previous
	r.score, r.prevScr = v.Score, v.PrevScore
	if r.now.IsZero() {
		r.now = time.Now()
	}
	return r, nil
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
	if r.gofpdfCompression {
		_, err = w.Write(buf.Bytes())
		return err
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
	f.SetCompression(r.gofpdfCompression) // compressStreams does it, faster (BenchmarkCompression)
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
