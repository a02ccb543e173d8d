package pdf_test

import (
	"strings"
	"testing"

	"kamworkbench/internal/audience"
	"kamworkbench/internal/catalog"
	"kamworkbench/internal/demo"
	"kamworkbench/internal/pdf"
)

// TestShortValuesStayWhole checks that the narrow columns hold their
// values on one line: a date broken into "18.12.202" and "6" reads wrong.
// pdftotext puts each line of a cell on a line of its own, so a value that
// is found whole was drawn whole.
func TestShortValuesStayWhole(t *testing.T) {
	cat := catalog.MustLoad()
	acc := demo.Account(cat)
	ws := acc.Workshops[1]
	for _, lang := range []string{"de", "en"} {
		for _, who := range audience.Audiences {
			text := pdfText(t, render(t, pdf.Input{Account: acc, WorkshopID: ws.ID, Catalog: cat, Lang: lang, Audience: who,
				Sections: audience.Allowed(who), Now: now}))
			var dates []string
			words := []string{"prio.high", "prio.low"}
			for _, a := range ws.Actions {
				if who == audience.Internal || !a.Internal {
					dates = append(dates, a.Due)
					words = append(words, "status."+a.Status)
				}
			}
			if who == audience.Internal {
				for _, o := range acc.Opportunities {
					dates = append(dates, o.ExpectedClose)
				}
				for _, s := range acc.Stakeholders {
					dates = append(dates, s.LastContact)
				}
			}
			for _, d := range dates {
				if d == "" {
					continue
				}
				if want := pdf.FormatDate(lang, d); !strings.Contains(text, want) {
					t.Errorf("%s/%s: the date %q is not on one line", lang, who, want)
				}
			}
			for _, k := range words {
				if w := pdf.Word(lang, k); !strings.Contains(text, w) {
					t.Errorf("%s/%s: %q is not on one line", lang, who, w)
				}
			}
		}
	}
}
