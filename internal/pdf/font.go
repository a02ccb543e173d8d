package pdf

import (
	"bytes"
	"math"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/jung-kurt/gofpdf"
	"golang.org/x/image/font/gofont/gobold"
	"golang.org/x/image/font/gofont/goitalic"
	"golang.org/x/image/font/gofont/goregular"
	"golang.org/x/image/font/sfnt"
	"golang.org/x/image/math/fixed"
	"golang.org/x/text/unicode/norm"
)

// family is the font family name inside the PDF.
const family = "Go"

// placeholder stands in for a character the font cannot draw (emoji, CJK,
// Arabic, anything above U+FFFF). The Go fonts have it, and it is visibly a
// stand-in rather than a plausible character.
const placeholder = '□'

// styles are the faces of the family the report uses, as gofpdf names them.
var styles = []struct {
	style string
	ttf   []byte
}{
	{"", goregular.TTF},
	{"B", gobold.TTF},
	{"I", goitalic.TTF},
}

// addFonts registers the Go fonts with a document. Each document gets its own
// copy of the font bytes: gofpdf keeps and reads the slice while writing, and
// documents rendered at the same time must not share it.
func addFonts(f *gofpdf.Fpdf) {
	for _, s := range styles {
		f.AddUTF8FontFromBytes(family, s.style, bytes.Clone(s.ttf))
	}
}

// metrics are the Go fonts' advance widths in thousandths of an em, per
// face (in the order of styles) and rune of the Basic Multilingual Plane,
// computed as gofpdf computes them, so text can be measured and wrapped
// without selecting fonts in gofpdf. covered tells whether every face draws
// a rune with a visible advance: zero-width glyphs (combining marks) are
// left out, because gofpdf gives them a width of 65 em, which breaks
// wrapping.
type metrics struct {
	covered [0x10000]bool
	width   [3][0x10000]uint16
}

var fontMetrics = sync.OnceValue(func() *metrics {
	m := new(metrics)
	for r := range m.covered {
		m.covered[r] = true
	}
	var buf sfnt.Buffer
	for i, s := range styles {
		font, err := sfnt.Parse(s.ttf)
		if err != nil {
			// The fonts are compiled in and parse; should one not, nothing
			// is deemed covered and every character becomes the placeholder.
			m.covered = [0x10000]bool{}
			return m
		}
		upem := float64(font.UnitsPerEm())
		ppem := fixed.I(int(font.UnitsPerEm()))
		for r := range m.covered {
			gi, err := font.GlyphIndex(&buf, rune(r))
			if err != nil || gi == 0 {
				m.covered[r] = false
				continue
			}
			adv, err := font.GlyphAdvance(&buf, gi, ppem, 0)
			if err != nil || adv <= 0 {
				m.covered[r] = false
				continue
			}
			m.width[i][r] = uint16(math.Round(1000 / upem * float64(adv) / 64))
		}
	}
	m.covered['\n'] = true
	return m
})

// covered reports whether the font draws r.
func covered(r rune) bool {
	return r >= 0 && r < 0x10000 && fontMetrics().covered[r]
}

// fontSafe maps s onto what the Go fonts can draw, so gofpdf never meets a
// rune it cannot handle (it panics on runes above U+FFFF). Text the font
// covers comes back unchanged. Otherwise the text is composed (NFC), so that
// a letter typed as base plus combining accent becomes the one accented
// letter the font has; tabs become spaces, line breaks become "\n", other
// control characters are dropped, and whatever is still missing becomes the
// placeholder □. Invalid UTF-8 counts as missing.
func fontSafe(s string) string {
	cov := &fontMetrics().covered
	ok := true
	for _, r := range s {
		if r >= 0x10000 || !cov[r] || r == utf8.RuneError {
			ok = false
			break
		}
	}
	if ok {
		return s
	}
	s = strings.ToValidUTF8(s, string(utf8.RuneError))
	s = strings.ReplaceAll(s, "\r\n", "\n")
	s = norm.NFC.String(s)
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		switch {
		case r == '\t':
			b.WriteByte(' ')
		case r == '\n' || r == '\r' || r == '\u2028' || r == '\u2029':
			b.WriteByte('\n')
		case r < 0x20 || r == 0x7f || (r >= 0x80 && r < 0xa0):
			// control characters carry no text
		case r == utf8.RuneError || !covered(r):
			b.WriteRune(placeholder)
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// oneLine is fontSafe for single-line fields: line breaks become spaces.
func oneLine(s string) string {
	s = fontSafe(s)
	if strings.IndexByte(s, '\n') < 0 {
		return s
	}
	return strings.Join(strings.Fields(s), " ")
}
