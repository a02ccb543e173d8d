package pdf_test

import (
	"bytes"
	"sync"
	"testing"
	"unicode/utf8"

	"kamworkbench/internal/audience"
	"kamworkbench/internal/catalog"
	"kamworkbench/internal/demo"
	"kamworkbench/internal/kam"
	"kamworkbench/internal/pdf"
)

// FuzzRender puts arbitrary text into every kind of field and checks that
// the report still comes out, and that fontSafe hands gofpdf only what the
// font draws.
func FuzzRender(f *testing.F) {
	for _, s := range []string{"", "Jörg 😀 漢字 محمد", "<script>alert(1)</script>", "\x00\xff\r\n\t", "a\u0308\u200d\U0001F469\u200d\U0001F4BB", "   \n\n  "} {
		f.Add(s)
	}
	cat := catalog.MustLoad()
	base := demo.Account(cat)
	f.Fuzz(func(t *testing.T, s string) {
		safe := pdf.FontSafe(s)
		if !utf8.ValidString(safe) {
			t.Fatalf("FontSafe(%q) = %q: not valid UTF-8", s, safe)
		}
		for _, r := range safe {
			if r > 0xFFFF {
				t.Fatalf("FontSafe(%q) kept %U", s, r)
			}
		}
		if again := pdf.FontSafe(safe); again != safe {
			t.Fatalf("FontSafe is not stable: %q, then %q", safe, again)
		}
		acc := base
		acc.Client.Name, acc.Client.Notes, acc.Client.SWOT.Threats = "x"+s, s, s
		acc.Stakeholders = append([]kam.Stakeholder{}, base.Stakeholders...)
		acc.Stakeholders[0].Name, acc.Stakeholders[0].Title, acc.Stakeholders[0].Notes = "y"+s, s, s
		acc.Workshops = append([]kam.WorkshopData{}, base.Workshops...)
		acc.Workshops[1].Title = "z" + s
		acc.Workshops[1].Answers = append([]kam.Answer{}, base.Workshops[1].Answers...)
		acc.Workshops[1].Answers[0].Notes = s
		for _, lang := range []string{"de", "en"} {
			var buf bytes.Buffer
			in := pdf.Input{Account: acc, WorkshopID: acc.Workshops[1].ID, Catalog: cat, Lang: lang, Now: now,
				Sections: []pdf.Section{audience.Cover, audience.Stakeholders, audience.SWOT}}
			if err := pdf.Render(&buf, in); err != nil {
				t.Fatalf("render with %q: %v", s, err)
			}
		}
	})
}

// TestConcurrentRenders renders the same report from several goroutines at
// once: documents must share nothing that gofpdf writes to (such as the
// font bytes), so every copy comes out the same as a lone render.
func TestConcurrentRenders(t *testing.T) {
	cat := catalog.MustLoad()
	acc := demo.Account(cat)
	in := pdf.Input{Account: acc, WorkshopID: acc.Workshops[1].ID, Catalog: cat, Now: now}
	want := render(t, in)
	var wg sync.WaitGroup
	got := make([][]byte, 4)
	for i := range got {
		wg.Go(func() {
			var buf bytes.Buffer
			if err := pdf.Render(&buf, in); err != nil {
				t.Error(err)
			}
			got[i] = buf.Bytes()
		})
	}
	wg.Wait()
	for i, g := range got {
		if !bytes.Equal(g, want) {
			t.Errorf("render %d differs from a lone render", i)
		}
	}
}
