package pdf_test

import (
	"strings"
	"testing"

	"kamworkbench/internal/pdf"
)

func TestFontSafe(t *testing.T) {
	const p = string(pdf.Placeholder)
	tests := []struct{ in, want string }{
		{"", ""},
		{"Hofmann Antriebstechnik GmbH", "Hofmann Antriebstechnik GmbH"},
		{"Größe, Übung, Ärger, ß", "Größe, Übung, Ärger, ß"},
		{"Ayşe Demir, İstanbul, ğ ı Ç", "Ayşe Demir, İstanbul, ğ ı Ç"},
		{"Øystein Ågård, Þórður Ægisson, Åsa", "Øystein Ågård, Þórður Ægisson, Åsa"},
		{"Ελληνικά и кириллица", "Ελληνικά и кириллица"},
		{"1.234,56 € – „Zitat“ «x» ‚y‘ … • −", "1.234,56 € – „Zitat“ «x» ‚y‘ … • −"},
		{"<script>alert('x')</script>", "<script>alert('x')</script>"},
		{"Zeile 1\nZeile 2", "Zeile 1\nZeile 2"},
		{"emoji 😀 end", "emoji " + p + " end"},
		{"👍🏽", p + p}, // thumbs up with skin tone: two runes above U+FFFF
		{"漢字 テスト", p + p + " " + p + p + p},
		{"محمد", p + p + p + p},
		{"a\tb\r\nc\rd", "a b\nc\nd"},
		{"nul\x00bell\x07", "nulbell"},
		{"bad \xff utf8", "bad " + p + " utf8"},
		// A letter typed as base + combining accent becomes the composed one.
		{"Jo\u0308rg", "Jörg"},
	}
	for _, tt := range tests {
		if got := pdf.FontSafe(tt.in); got != tt.want {
			t.Errorf("FontSafe(%q): got %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestFontSafeNeverLeavesAnAstralRune(t *testing.T) {
	var b strings.Builder
	for r := rune(0); r < 0x11000; r += 7 {
		b.WriteRune(r)
	}
	for _, r := range pdf.FontSafe(b.String()) {
		if r > 0xFFFF {
			t.Fatalf("got rune %U above U+FFFF", r)
		}
	}
}
