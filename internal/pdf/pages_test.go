package pdf_test

import (
	"strings"
	"testing"

	"kamworkbench/internal/audience"
	"kamworkbench/internal/catalog"
	"kamworkbench/internal/demo"
	"kamworkbench/internal/kam"
	"kamworkbench/internal/pdf"
)

// bodyLines counts the lines of a page of pdftotext output between the
// header (client and workshop) and the footer (audience and page number).
func bodyLines(page string) []string {
	var out []string
	for _, l := range strings.Split(page, "\n") {
		if strings.TrimSpace(l) != "" {
			out = append(out, l)
		}
	}
	if len(out) >= 2 {
		out = out[1 : len(out)-1] // header and footer, a line each
	}
	return out
}

// TestNoStragglerPages fails on a page that carries no more than two lines
// of text unless a section or part starts on it: the rest of a table or a
// paragraph that did not fit, or a heading cut off from what it heads.
func TestNoStragglerPages(t *testing.T) {
	cat := catalog.MustLoad()
	accounts := []struct {
		name string
		acc  kam.Account
		ws   string
	}{
		{"sample", demo.Account(cat), ""},
		{"hostile", hostileAccount(cat), "w1"},
		{"large", largeAccount(cat), "w1"},
	}
	for _, a := range accounts {
		ws := a.ws
		if ws == "" {
			ws = a.acc.Workshops[len(a.acc.Workshops)-1].ID
		}
		for _, who := range audience.Audiences {
			for _, lang := range []string{"de", "en"} {
				in := pdf.Input{Account: a.acc, WorkshopID: ws, Catalog: cat, Lang: lang, Audience: who,
					Sections: audience.Allowed(who), Now: now}
				starts, _, err := pdf.SectionPages(in)
				if err != nil {
					t.Fatal(err)
				}
				starting := map[int]bool{1: true, 2: true}
				for _, p := range starts {
					starting[p] = true
				}
				pages := strings.Split(pdfText(t, render(t, in)), "\f")
				for i, p := range pages[:len(pages)-1] {
					if n := len(bodyLines(p)); n <= 3 && !starting[i+1] {
						t.Errorf("%s/%s/%s: page %d holds %d lines: %q", a.name, who, lang, i+1, n, bodyLines(p))
					}
				}
			}
		}
	}
}
