package pdf_test

import (
	"testing"

	"kamworkbench/internal/catalog"
	"kamworkbench/internal/demo"
	"kamworkbench/internal/pdf"
)

// maxLargePDF is the size the large workshop's report must stay under.
const maxLargePDF = 2 << 20

func TestLargeReport(t *testing.T) {
	cat := catalog.MustLoad()
	acc := largeAccount(cat)
	data := render(t, pdf.Input{Account: acc, WorkshopID: "w1", Catalog: cat, Now: now})
	if len(data) >= maxLargePDF {
		t.Errorf("got %d bytes, want under %d", len(data), maxLargePDF)
	}
	if ok, err := pdf.LayoutsAgree(pdf.Input{Account: acc, WorkshopID: "w1", Catalog: cat, Now: now}); err != nil || !ok {
		t.Errorf("the dry layout and the drawn one disagree on page numbers (%v)", err)
	}
	qpdfCheck(t, data)
	pages := squashPages(pdfText(t, data))
	for _, p := range acc.Stakeholders {
		if !found(pages, expected(p.Name)) {
			t.Errorf("stakeholder %q not found", p.Name)
		}
	}
	for _, a := range acc.Workshops[1].Actions {
		if !found(pages, expected(a.Title)) {
			t.Errorf("action %q not found", a.Title)
		}
	}
	t.Logf("large report: %d pages, %d bytes", len(pages)-1, len(data))
}

// BenchmarkRenderLarge renders the large workshop: 300 stakeholders, 600
// relations, 40 competitors, 200 actions, every question answered with long
// notes. It reports the size of the PDF too.
func BenchmarkRenderLarge(b *testing.B) {
	cat := catalog.MustLoad()
	acc := largeAccount(cat)
	in := pdf.Input{Account: acc, WorkshopID: "w1", Catalog: cat, Now: now}
	var w countWriter
	for b.Loop() {
		w = 0
		if err := pdf.Render(&w, in); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(w), "pdf-bytes")
}

type countWriter int

func (c *countWriter) Write(p []byte) (int, error) { *c += countWriter(len(p)); return len(p), nil }

// BenchmarkRenderSample renders the sample workshop (about 16 pages).
func BenchmarkRenderSample(b *testing.B) {
	cat := catalog.MustLoad()
	acc := demo.Account(cat)
	in := pdf.Input{Account: acc, WorkshopID: acc.Workshops[1].ID, Catalog: cat, Now: now}
	var w countWriter
	for b.Loop() {
		w = 0
		if err := pdf.Render(&w, in); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(w), "pdf-bytes")
}
