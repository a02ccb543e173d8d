package pdf_test

import (
	"strings"
	"testing"
	"unicode/utf8"

	"kamworkbench/internal/audience"
	"kamworkbench/internal/pdf"
)

func TestFileName(t *testing.T) {
	tests := []struct {
		client, title, date, lang, audience, want string
	}{
		{"Hofmann Antriebstechnik GmbH", "KAM-Workshop Herbst 2026", "2026-11-26", "de", "internal",
			"Hofmann Antriebstechnik GmbH – KAM-Workshop Herbst 2026 – 2026-11-26.pdf"},
		{"Hofmann", "Herbst", "2026-11-26", "de", "customer", "Hofmann – Herbst – 2026-11-26 (Kunde).pdf"},
		{"Hofmann", "Autumn", "", "en", "customer", "Hofmann – Autumn (client).pdf"},
		{"A/B: C*D?", `"E" <F> | G\H`, "", "de", "internal", "A-B- C-D- – -E- -F- - G-H.pdf"},
		{"..Müller\t&\nSöhne 🚀..", "", "", "de", "internal", "Müller & Söhne 🚀.pdf"},
		{"", "", "", "de", "internal", "Bericht.pdf"},
		{"  ", "\x00", "", "en", "internal", "Report.pdf"},
		{"con", "", "", "de", "internal", "_con.pdf"},
	}
	for _, tt := range tests {
		if got := pdf.FileName(tt.client, tt.title, tt.date, tt.lang, audience.Audience(tt.audience)); got != tt.want {
			t.Errorf("FileName(%q, %q, %q): got %q, want %q", tt.client, tt.title, tt.date, got, tt.want)
		}
	}
	long := pdf.FileName(strings.Repeat("Ä", 500), "x", "", "de", "internal")
	if n := utf8.RuneCountInString(long); n > 124 || !utf8.ValidString(long) {
		t.Errorf("got a name of %d characters: %q", n, long)
	}
}
