package filename_test

import (
	"strings"
	"testing"
	"unicode/utf8"

	"kamworkbench/internal/filename"
)

func TestBase(t *testing.T) {
	tests := []struct {
		name  string
		parts []string
		want  string
	}{
		{"joined", []string{"Hofmann GmbH", "Herbst 2026", "2026-11-26"}, "Hofmann GmbH – Herbst 2026 – 2026-11-26"},
		{"empty parts skipped", []string{"Hofmann", "", " . ", "2026-11-26"}, "Hofmann – 2026-11-26"},
		{"forbidden characters", []string{"A/B: C*D?", `"E" <F> | G\H`}, "A-B- C-D- – -E- -F- - G-H"},
		{"white space and dots", []string{"..Müller\t&\nSöhne 🚀.."}, "Müller & Söhne 🚀"},
		{"nothing left", []string{"", "\x00"}, "Export"},
		{"device name", []string{"con"}, "_con"},
		{"invalid UTF-8", []string{"M\xffüller"}, "Müller"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := filename.Base("Export", tt.parts...); got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
	long := filename.Base("x", strings.Repeat("Ä", 500))
	if n := utf8.RuneCountInString(long); n != 120 || !utf8.ValidString(long) {
		t.Errorf("got a name of %d characters", n)
	}
}

func TestJoin(t *testing.T) {
	for _, tt := range []struct {
		sep   string
		parts []string
		want  string
	}{
		{"-", []string{"Hofmann GmbH", "2026-11-26"}, "Hofmann GmbH-2026-11-26"},
		{"-", []string{"", "\x00", " . "}, ""},
		{"-", []string{"nul"}, "_nul"},
	} {
		if got := filename.Join(tt.sep, tt.parts...); got != tt.want {
			t.Errorf("Join(%q, %q): got %q, want %q", tt.sep, tt.parts, got, tt.want)
		}
	}
}
