package pdf

import (
	"slices"
	"strings"
	"testing"
)

// TestMetricsMatchGofpdf checks that the report measures and wraps text
// exactly as gofpdf does with the embedded fonts; otherwise right-aligned
// text and wrapped lines would not fit their boxes.
func TestMetricsMatchGofpdf(t *testing.T) {
	f := newFpdfFonts()
	c := &canvas{Fpdf: f}
	texts := []string{
		"Hofmann Antriebstechnik GmbH", "Größenordnung überprüfen – İstanbul şğı, Øre åæ Þ □ <script>",
		"1.234.567,89 € · „Zitat“ «x» … ½ ¼ £ ¥ © ® −", "ΑΒΓ абв", strings.Repeat("Ünterbrechungsfrei", 30),
		"Zeile eins\\nZeile zwei\\n\\nnach Leerzeile  doppelt  Leerzeichen\\n\\n",
		strings.Repeat("ÄÖÜ ßø ", 40), strings.Repeat("€", 300), "ü\u00a0ü\u2003ü\u3000" + strings.Repeat("ğ", 100),
		"", " ", "\\n", "a\\n\\nb",
	}
	for _, style := range []string{"", "B"} {
		for _, size := range []float64{6.5, 9, 20} {
			f.SetFont(family, style, size)
			c.SetFont(family, style, size)
			for _, s := range texts {
				s = fontSafe(strings.ReplaceAll(s, "\\n", "\n")) // the report measures only font-safe text
				// Line breaks are never measured, only wrapped at.
				if got, want := c.GetStringWidth(s), f.GetStringWidth(s); !strings.Contains(s, "\n") && abs(got-want) > 1e-9 {
					t.Errorf("%q %v width(%.20q): got %v, want %v", style, size, s, got, want)
				}
				for _, w := range []float64{20, 55.5, 170} {
					if got, want := c.SplitText(s, w), f.SplitText(s, w); !slices.Equal(got, want) {
						t.Errorf("%q %v split(%.20q, %v): got %q, want %q", style, size, s, w, got, want)
					}
				}
			}
		}
	}
}

func abs(v float64) float64 {
	if v < 0 {
		return -v
	}
	return v
}
