package pdf

import (
	"bytes"
	_ "embed"
	"math"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/jung-kurt/gofpdf"
	"golang.org/x/image/font/sfnt"
	"golang.org/x/image/math/fixed"
	"golang.org/x/text/unicode/norm"
)

// The report's font: DejaVu Sans, from Debian's fonts-dejavu-core (see
// fonts/LICENSE). It has real punctuation (a hyphen that looks like one,
// dashes, quotes) and covers Latin, Greek and Cyrillic whole. gofpdf embeds
// only the glyphs a document uses.
var (
	//go:embed fonts/DejaVuSans.ttf
	dejaVuSans []byte
	//go:embed fonts/DejaVuSans-Bold.ttf
	dejaVuSansBold []byte
)

// family is the font family name inside the PDF.
const family = "DejaVu"

// placeholder stands in for a character the font cannot draw (emoji, CJK,
// Arabic, anything above U+FFFF). The font has it, and it is visibly a
// stand-in rather than a plausible character. Export warns about every
// such character first (see Undrawable).
const placeholder = '□'

// styles are the faces of the family the report uses, as gofpdf names them.
var styles = []struct {
	style string
	ttf   []byte
}{
	{"", dejaVuSans},
	{"B", dejaVuSansBold},
}

// addFonts registers the fonts with a document. Each document gets its own
// copy of the font bytes: gofpdf keeps and reads the slice while writing, and
// documents rendered at the same time must not share it.
func addFonts(f *gofpdf.Fpdf) {
	for _, s := range styles {
		f.AddUTF8FontFromBytes(family, s.style, bytes.Clone(s.ttf))
	}
}

// rightToLeft are scripts written from right to left. gofpdf neither
// reorders nor joins their letters, so a name in Arabic would come out
// backwards and broken apart: they count as not drawable, whatever glyphs
// the font has.
var rightToLeft = []*unicode.RangeTable{unicode.Arabic, unicode.Hebrew, unicode.Syriac, unicode.Thaana, unicode.Nko,
	unicode.Samaritan, unicode.Mandaic}

// metrics are the font's advance widths in thousandths of an em, per
// face (in the order of styles) and rune of the Basic Multilingual Plane,
// computed as gofpdf computes them, so text can be measured and wrapped
// without selecting fonts in gofpdf. covered tells whether every face draws
// a rune with a visible advance: zero-width glyphs (combining marks) are
// left out, because gofpdf gives them a width of 65 em, which breaks
// wrapping.
type metrics struct {
	covered [0x10000]bool
	width   [2][0x10000]uint16
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
	for r := range m.covered {
		if unicode.In(rune(r), rightToLeft...) || unicode.Is(unicode.Mn, rune(r)) || unicode.Is(unicode.Me, rune(r)) {
			m.covered[r] = false
		}
	}
	m.covered['\n'] = true
	return m
})

// covered reports whether the font draws r.
func covered(r rune) bool {
	return r >= 0 && r < 0x10000 && fontMetrics().covered[r]
}

// fontSafe maps s onto what the font can draw, so gofpdf never meets a
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
