package bundle_test

import (
	"strings"
	"testing"
	"unicode/utf8"

	"kamworkbench/internal/bundle"
	"kamworkbench/internal/kam"
)

func TestCopyName(t *testing.T) {
	long := strings.Repeat("Ä", kam.MaxName)
	for _, tc := range []struct {
		name, lang string
		taken      []string
		want       string
	}{
		{"Hofmann GmbH", "de", nil, "Hofmann GmbH (Kopie)"},
		{"Hofmann GmbH", "en", nil, "Hofmann GmbH (copy)"},
		{"Hofmann GmbH", "", nil, "Hofmann GmbH (Kopie)"},
		{"Hofmann GmbH", "de", []string{"Hofmann GmbH", "Hofmann GmbH (Kopie)"}, "Hofmann GmbH (Kopie 2)"},
		{"Hofmann GmbH", "de", []string{"Hofmann GmbH (Kopie)", "Hofmann GmbH (Kopie 2)"}, "Hofmann GmbH (Kopie 3)"},
		{"Hofmann GmbH", "en", []string{"Hofmann GmbH (Kopie)"}, "Hofmann GmbH (copy)"},
		{long, "de", nil, strings.Repeat("Ä", kam.MaxName-len(" (Kopie)")) + " (Kopie)"},
	} {
		taken := func(s string) bool {
			for _, x := range tc.taken {
				if x == s {
					return true
				}
			}
			return false
		}
		got := bundle.CopyName(tc.name, tc.lang, taken)
		if got != tc.want {
			t.Errorf("CopyName(%.20q, %q, %q): got %.40q, want %.40q", tc.name, tc.lang, tc.taken, got, tc.want)
		}
		c := kam.Client{Name: got}
		if err := c.Validate(); err != nil {
			t.Errorf("CopyName(%.20q): %d characters: %v", tc.name, utf8.RuneCountInString(got), err)
		}
	}
}
