package pdf

import (
	"math"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/jung-kurt/gofpdf"
)

// canvas is the gofpdf document a pass draws on. A dry canvas lays text out
// (fonts, measuring, wrapping, page breaks) but draws nothing: the first
// pass only has to find the page numbers, and skipping the drawing makes it
// several times cheaper. Both kinds skip colour and line-width changes that
// change nothing, which gofpdf would otherwise write out every time.
type canvas struct {
	*gofpdf.Fpdf
	dry bool
	// The face asked for last, which measuring uses, and the face last
	// handed to gofpdf, with its page: gofpdf writes every SetFont out, so
	// the face is handed over only when text is drawn and it changed.
	style, applied string
	size, appSize  float64
	page           int
}

// SetFont selects a face of the family for measuring and drawing: regular
// or bold ("B"); the family has no italics.
func (c *canvas) SetFont(_, style string, size float64) {
	if strings.Contains(style, "B") {
		style = "B"
	} else {
		style = ""
	}
	c.style, c.size = style, size
}

// apply hands the selected face to gofpdf if it differs from what gofpdf
// has on this page.
func (c *canvas) apply() {
	if c.applied == c.style && c.appSize == c.size && c.page == c.PageNo() && c.page > 0 {
		return
	}
	c.Fpdf.SetFont(family, c.style, c.size)
	c.applied, c.appSize, c.page = c.style, c.size, c.PageNo()
}

// forget drops what apply knows: after a page's header, gofpdf restores
// the font behind its back.
func (c *canvas) forget() { c.page = 0 }

// face returns the widths of the selected face.
func (c *canvas) face() *[0x10000]uint16 {
	m := fontMetrics()
	if c.style == "B" {
		return &m.width[1]
	}
	return &m.width[0]
}

// em is the font size in millimetres.
func (c *canvas) em() float64 { return c.size * 25.4 / 72 }

// GetStringWidth measures font-safe text in the selected face, in mm.
func (c *canvas) GetStringWidth(s string) float64 {
	cw := c.face()
	var w int
	for _, r := range s {
		if r < 0x10000 {
			w += int(cw[r])
		}
	}
	return float64(w) * c.em() / 1000
}

// SplitText breaks font-safe text into lines no wider than w in the
// selected face: at spaces where it can, inside a word where it must, and
// at every line break. It is gofpdf's SplitText on the fonts' metrics.
func (c *canvas) SplitText(txt string, w float64) []string {
	cw := c.face()
	wmax := int(math.Ceil(w * 1000 / c.em()))
	s := strings.TrimRight(txt, "\n")
	var lines []string
	// Byte offsets: i the rune being measured, j the start of the line,
	// sep the last space seen on it (-1 for none).
	sep, i, j, l := -1, 0, 0, 0
	for i < len(s) {
		r, size := utf8.DecodeRuneInString(s[i:])
		if r < 0x10000 {
			l += int(cw[r])
		}
		if unicode.IsSpace(r) {
			sep = i
		}
		if r == '\n' || l > wmax {
			if sep == -1 {
				if i == j {
					i += size
				}
				sep = i
			} else {
				_, n := utf8.DecodeRuneInString(s[sep:])
				i = sep + n
			}
			lines = append(lines, s[j:sep])
			sep = -1
			j = i
			l = 0
		} else {
			i += size
		}
	}
	if i != j {
		lines = append(lines, s[j:i])
	}
	return lines
}

// CellFormat writes a cell, or on a dry canvas only moves the cursor as
// writing it would.
func (c *canvas) CellFormat(w, h float64, txt, border string, ln int, align string, fill bool, link int, linkStr string) {
	if !c.dry {
		c.apply()
		c.Fpdf.CellFormat(w, h, txt, border, ln, align, fill, link, linkStr)
		return
	}
	x, y := c.GetXY()
	if w == 0 {
		pw, _ := c.GetPageSize()
		_, _, r, _ := c.GetMargins()
		w = pw - r - x
	}
	switch ln {
	case 0:
		c.SetX(x + w)
	case 1:
		c.SetY(y + h)
	default:
		c.SetXY(x, y+h)
	}
}

// Rect draws a rectangle unless the canvas is dry.
func (c *canvas) Rect(x, y, w, h float64, style string) {
	if !c.dry {
		c.Fpdf.Rect(x, y, w, h, style)
	}
}

// Line draws a line unless the canvas is dry.
func (c *canvas) Line(x1, y1, x2, y2 float64) {
	if !c.dry {
		c.Fpdf.Line(x1, y1, x2, y2)
	}
}

// Polygon draws a polygon unless the canvas is dry.
func (c *canvas) Polygon(points []gofpdf.PointType, style string) {
	if !c.dry {
		c.Fpdf.Polygon(points, style)
	}
}

// Circle draws a circle unless the canvas is dry.
func (c *canvas) Circle(x, y, r float64, style string) {
	if !c.dry {
		c.Fpdf.Circle(x, y, r, style)
	}
}

// RoundedRect draws a rounded rectangle unless the canvas is dry.
func (c *canvas) RoundedRect(x, y, w, h, r float64, corners, style string) {
	if !c.dry {
		c.Fpdf.RoundedRect(x, y, w, h, r, corners, style)
	}
}

// SetDrawColor sets the line colour if it changes.
func (c *canvas) SetDrawColor(r, g, b int) {
	if cr, cg, cb := c.GetDrawColor(); c.dry || (cr == r && cg == g && cb == b) {
		return
	}
	c.Fpdf.SetDrawColor(r, g, b)
}

// SetFillColor sets the fill colour if it changes.
func (c *canvas) SetFillColor(r, g, b int) {
	if cr, cg, cb := c.GetFillColor(); c.dry || (cr == r && cg == g && cb == b) {
		return
	}
	c.Fpdf.SetFillColor(r, g, b)
}

// SetTextColor sets the text colour if it changes.
func (c *canvas) SetTextColor(r, g, b int) {
	if cr, cg, cb := c.GetTextColor(); c.dry || (cr == r && cg == g && cb == b) {
		return
	}
	c.Fpdf.SetTextColor(r, g, b)
}

// SetLineWidth sets the line width if it changes.
func (c *canvas) SetLineWidth(w float64) {
	if c.dry || c.GetLineWidth() == w {
		return
	}
	c.Fpdf.SetLineWidth(w)
}

// SetDashPattern sets the dash pattern unless the canvas is dry.
func (c *canvas) SetDashPattern(pattern []float64, phase float64) {
	if !c.dry {
		c.Fpdf.SetDashPattern(pattern, phase)
	}
}

// ClipRect starts clipping to a rectangle unless the canvas is dry.
func (c *canvas) ClipRect(x, y, w, h float64, outline bool) {
	if !c.dry {
		c.Fpdf.ClipRect(x, y, w, h, outline)
	}
}

// ClipEnd ends the clipping that ClipRect started unless the canvas is dry.
func (c *canvas) ClipEnd() {
	if !c.dry {
		c.Fpdf.ClipEnd()
	}
}
