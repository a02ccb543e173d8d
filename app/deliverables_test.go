package app

import (
	"encoding/base64"
	"os"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"kamworkbench/internal/audience"
	"kamworkbench/internal/catalog"
	"kamworkbench/internal/kam"
	"kamworkbench/internal/slides"
)

func TestReportsDeliverables(t *testing.T) {
	db, acc := sampleWorkspace(t)
	w := acc.Workshops[1]
	dir := t.TempDir()
	fd := &fileDialogs{saveDir: dir}
	s := &Reports{db: db, cat: catalog.MustLoad(), dialogs: fd.dialogs(), now: exportDay}
	customer := ReportOptions{Lang: "de", Audience: "customer", Sections: audience.Defaults(audience.Customer)}
	internal := ReportOptions{Lang: "en", Audience: "internal", Sections: audience.Allowed(audience.Internal)}

	// The workbook, for the customer: no competitor's name anywhere.
	path, err := s.ExportXLSX(w.ID, customer)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasSuffix(path, "(Kunde).xlsx") {
		t.Errorf("offered %q, want the customer's version marked", path)
	}
	f, err := excelize.OpenFile(path)
	if err != nil {
		t.Fatal(err)
	}
	for _, sheet := range f.GetSheetList() {
		rows, _ := f.GetRows(sheet)
		for _, r := range rows {
			for _, c := range acc.Competitors {
				if strings.Contains(strings.Join(r, " "), c.Name) {
					t.Errorf("the customer's workbook names the competitor %q", c.Name)
				}
			}
		}
	}
	f.Close()
	if st, _ := os.Stat(path); st.Mode().Perm() != 0o600 {
		t.Errorf("workbook mode %v, want 0600", st.Mode().Perm())
	}

	// The deck's words come from the audience view: the customer's deck has
	// no competitors' or opportunities' slide, the internal one has both.
	deck, err := s.Slides(w.ID, customer)
	if err != nil {
		t.Fatal(err)
	}
	if got := titles(deck.Slides); strings.Contains(got, "Wettbewerber") || strings.Contains(got, "Opportunities") {
		t.Errorf("customer's slides: %s", got)
	}
	deck, err = s.Slides(w.ID, internal)
	if err != nil {
		t.Fatal(err)
	}
	if got := titles(deck.Slides); !strings.Contains(got, "Competitors") || !strings.Contains(got, "Opportunities") || !strings.Contains(got, "Action plan") {
		t.Errorf("internal slides: %s", got)
	}

	// What the window hands back is checked before anything is written.
	for _, bad := range []struct {
		name string
		call func() (string, error)
	}{
		{"a deck that is no zip", func() (string, error) { return s.SaveSlides(w.ID, customer, b64("<html>")) }},
		{"a PNG that is no PNG", func() (string, error) { return s.SavePicture(w.ID, customer, "map", "png", b64("GIF89a")) }},
		{"an SVG that is no SVG", func() (string, error) { return s.SavePicture(w.ID, customer, "radar", "svg", b64("<html>")) }},
		{"an unknown picture", func() (string, error) {
			return s.SavePicture(w.ID, customer, "../etc", "png", b64("\x89PNG\r\n\x1a\n"))
		}},
		{"not base64", func() (string, error) { return s.SaveSlides(w.ID, customer, "@@@") }},
		{"an audience that is not one", func() (string, error) {
			return s.SaveSlides(w.ID, ReportOptions{Lang: "de", Audience: "public", Sections: []audience.Section{"cover"}}, b64("PK\x03\x04"))
		}},
	} {
		if _, err := bad.call(); kam.ErrorCode(err) != kam.EInvalid {
			t.Errorf("%s: got %v, want invalid", bad.name, err)
		}
	}
	path, err = s.SaveSlides(w.ID, customer, b64("PK\x03\x04rest"))
	if err != nil || !strings.HasSuffix(path, ".pptx") {
		t.Fatalf("slides: %q %v", path, err)
	}
	path, err = s.SavePicture(w.ID, customer, "orgchart", "svg", b64(`<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"/>`))
	if err != nil || !strings.HasSuffix(path, "Organigramm (Kunde).svg") {
		t.Fatalf("picture: %q %v", path, err)
	}
	if st, _ := os.Stat(path); st.Mode().Perm() != 0o600 {
		t.Errorf("picture mode %v, want 0600", st.Mode().Perm())
	}
}

func b64(s string) string { return base64.StdEncoding.EncodeToString([]byte(s)) }

func titles(list []slides.Slide) string {
	var out []string
	for _, s := range list {
		out = append(out, s.Title)
	}
	return strings.Join(out, " | ")
}
