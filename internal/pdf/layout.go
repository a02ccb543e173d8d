package pdf

import (
	"maps"

	"strconv"
	"strings"

	"github.com/jung-kurt/gofpdf"

	"kamworkbench/internal/audience"
	"kamworkbench/internal/kam"
)

// Page geometry in millimetres (A4).
const (
	marginL = 22.0
	marginR = 22.0
	marginT = 24.0
	marginB = 20.0
)

// rgb is a colour of the palette.
type rgb struct{ r, g, b int }

// The palette: one accent, greys, red for conflict and opposition, and the
// three score bands.
var (
	ink       = rgb{38, 38, 38}    // body text
	muted     = rgb{110, 110, 110} // secondary text
	faint     = rgb{160, 160, 160} // captions, grid labels
	rule      = rgb{205, 205, 205} // hairlines
	wash      = rgb{244, 244, 244} // light fills
	accent    = rgb{0, 84, 122}    // the one accent colour (petrol blue)
	tint      = rgb{222, 234, 240} // the accent, light
	tintDeep  = rgb{160, 194, 210} // the accent, medium
	red       = rgb{176, 42, 42}   // conflict, opposition
	white     = rgb{255, 255, 255}
	lineSmall = 0.2

	// The score bands, the window's colours (frontend/src/styles/tokens.css):
	// dark enough for 4.5:1 on white as text.
	bandLow  = rgb{179, 38, 30} // below 40
	bandMid  = rgb{138, 83, 0}  // 40–69
	bandHigh = rgb{23, 105, 63} // 70 and above
)

// band is the colour of a score, judged by the whole number shown: red below
// 40, amber from 40 to 69, green from 70.
func band(v float64) rgb {
	switch kam.BandOf(&v) {
	case kam.BandLow:
		return bandLow
	case kam.BandMid:
		return bandMid
	}
	return bandHigh
}

// layout is what one pass learns about the page numbers: where each
// contents entry starts and how many pages there are.
type layout struct {
	pages map[string]int
	total int
}

func (l layout) equal(o layout) bool {
	return l.total == o.total && maps.Equal(l.pages, o.pages)
}

// tocEntry is one line of the contents.
type tocEntry struct {
	key   string // unique, e.g. "assessment" or "area:product"
	title string
	level int
	link  int
}

// doc is one pass of drawing the report.
type doc struct {
	*report
	f    *canvas
	plan layout // page numbers from the previous pass (empty in the first)
	got  layout // page numbers of this pass
	toc  []tocEntry
	num  int // section number being drawn
}

// sizeA4 is the page size; AddPageFormat turns it for landscape pages.
var sizeA4 = gofpdf.SizeType{Wd: 210, Ht: 297}

// onCover reports whether the current page is the cover, which has neither
// header nor footer.
func (d *doc) onCover() bool { return d.f.PageNo() == 1 && d.has(audience.Cover) }

// newDoc starts a pass; a dry pass only lays out.
func newDoc(r *report, plan layout, dry bool) *doc {
	d := &doc{report: r, f: &canvas{Fpdf: newFpdf(r, dry), dry: dry}, plan: plan, got: layout{pages: map[string]int{}}}
	d.f.SetHeaderFuncMode(d.header, true)
	d.f.SetFooterFunc(d.footer)
	return d
}

// build draws the cover, the contents and every included section.
func (d *doc) build() {
	d.planContents()
	if d.has(audience.Cover) {
		d.drawCover()
	}
	d.drawContents()
	for _, s := range d.sections {
		switch s {
		case audience.Summary:
			d.drawSummary()
		case audience.Assessment:
			d.drawAssessment()
		case audience.OrgChart:
			d.drawOrgChart()
		case audience.Stakeholders:
			d.drawStakeholders()
		case audience.Competitors:
			d.drawCompetitors()
		case audience.SWOT:
			d.drawSWOT()
		case audience.Opportunities:
			d.drawOpportunities()
		case audience.Arguments:
			d.drawArguments()
		case audience.Actions:
			d.drawActions()
		}
	}
	d.got.total = d.f.PageCount()
}

func (d *doc) has(s Section) bool { return d.view.Has(s) }

// pageW and pageH are the size of the current page.
func (d *doc) pageW() float64 { w, _ := d.f.GetPageSize(); return w }
func (d *doc) pageH() float64 { _, h := d.f.GetPageSize(); return h }

// width is the width between the margins of the current page.
func (d *doc) width() float64 { return d.pageW() - marginL - marginR }

// bottom is the lowest y that content may reach on the current page.
func (d *doc) bottom() float64 { return d.pageH() - marginB }

// page starts a new portrait page.
func (d *doc) page() {
	d.f.AddPageFormat("P", sizeA4)
}

// landscape starts a new landscape page.
func (d *doc) landscape() {
	d.f.AddPageFormat("L", sizeA4)
}

// need starts a new page unless h millimetres fit below the cursor. It
// reports whether it broke the page.
func (d *doc) need(h float64) bool {
	if d.f.GetY()+h <= d.bottom() {
		return false
	}
	d.page()
	return true
}

// header draws client and workshop at the top of every page but the cover.
func (d *doc) header() {
	if d.onCover() || d.f.dry {
		return
	}
	defer d.f.forget()
	w := d.pageW()
	d.font("B", 7.5, muted)
	d.f.SetXY(marginL, 11)
	left := oneLine(d.acc.Client.Name)
	right := oneLine(d.ws.Title)
	if d.ws.Date != "" {
		right += "  ·  " + d.lang.date(d.ws.Date)
	}
	d.f.CellFormat(0, 4, d.fit(left, (w-marginL-marginR)*0.5), "", 0, "L", false, 0, "")
	d.font("", 7.5, muted)
	d.f.SetXY(marginL, 11)
	d.f.CellFormat(w-marginL-marginR, 4, d.fit(right, (w-marginL-marginR)*0.48), "", 0, "R", false, 0, "")
	d.stroke(rule, lineSmall)
	d.f.Line(marginL, 16, w-marginR, 16)
	d.f.SetY(marginT)
}

// footer draws the audience note and "page n of m" at the foot of every
// page but the cover.
func (d *doc) footer() {
	if d.onCover() || d.f.dry {
		return
	}
	w, h := d.f.GetPageSize()
	y := h - 13
	d.stroke(rule, lineSmall)
	d.f.Line(marginL, y-2, w-marginR, y-2)
	d.font("", 7.5, muted)
	d.f.SetXY(marginL, y)
	note := d.lang.word("customer")
	if d.internal {
		note = d.lang.word("internal")
	}
	d.f.CellFormat(0, 4, note, "", 0, "L", false, 0, "")
	total := d.plan.total
	if total == 0 {
		total = d.f.PageNo() // first pass: the width is fixed up by the next
	}
	d.f.SetXY(marginL, y)
	d.f.CellFormat(w-marginL-marginR, 4, d.lang.wordf("page", d.f.PageNo(), total), "", 0, "R", false, 0, "")
}

// font sets the font face, size in points and text colour.
func (d *doc) font(style string, size float64, c rgb) {
	d.f.SetFont(family, style, size)
	d.f.SetTextColor(c.r, c.g, c.b)
}

// fontSize is the selected font size in points.
func (d *doc) fontSize() float64 { return d.f.size }

func (d *doc) fill(c rgb)              { d.f.SetFillColor(c.r, c.g, c.b) }
func (d *doc) stroke(c rgb, w float64) { d.f.SetDrawColor(c.r, c.g, c.b); d.f.SetLineWidth(w) }

// dash sets a dash pattern for lines; no arguments means solid.
func (d *doc) dash(pattern ...float64) { d.f.SetDashPattern(pattern, 0) }

// lh is the line height in millimetres for a font size in points.
func lh(size float64) float64 { return size * 0.3528 * 1.38 }

// wrap splits text into lines no wider than w in the current font. Line
// breaks in the text are kept; the text is made font-safe first.
func (d *doc) wrap(text string, w float64) []string {
	text = fontSafe(text)
	if strings.TrimSpace(text) == "" {
		return nil
	}
	return d.f.SplitText(strings.TrimRight(text, "\n "), w)
}

// fit shortens a single-line text with an ellipsis so it fits w in the
// current font. The text must be font-safe already.
func (d *doc) fit(text string, w float64) string {
	if d.f.GetStringWidth(text) <= w {
		return text
	}
	r := []rune(text)
	lo, hi := 0, len(r)
	for lo < hi {
		mid := (lo + hi + 1) / 2
		if d.f.GetStringWidth(string(r[:mid])+"…") <= w {
			lo = mid
		} else {
			hi = mid - 1
		}
	}
	return strings.TrimRight(string(r[:lo]), " ") + "…"
}

// text writes one line at (x, y) with its top at y, in the current font.
func (d *doc) text(x, y, w float64, s, align string) {
	size := d.fontSize()
	d.f.SetXY(x, y)
	d.f.CellFormat(w, lh(size), oneLine(s), "", 0, align, false, 0, "")
}

// para writes wrapped text at the left margin (indented by indent), breaking
// pages as it goes, and leaves the cursor below it.
func (d *doc) para(s string, indent float64, style string, size float64, c rgb) {
	d.paraThen(s, indent, style, size, c, 0)
}

// paraThen is para for a paragraph followed by next millimetres that must
// not start a page alone: if they would, the paragraph's last three lines
// go along to that page. Across pages, a paragraph leaves at least two
// lines behind and takes at least three along (no orphans, no widows).
func (d *doc) paraThen(s string, indent float64, style string, size float64, c rgb, next float64) {
	d.font(style, size, c)
	h := lh(size)
	x := marginL + indent
	lines := d.wrap(s, d.width()-indent)
	brk := d.breaks(len(lines), h, next)
	for i, line := range lines {
		if brk[i] {
			d.page()
		}
		d.need(h)
		d.font(style, size, c) // a page break draws the header in its own font
		d.f.SetXY(x, d.f.GetY())
		d.f.CellFormat(d.width()-indent, h, line, "", 1, "L", false, 0, "")
	}
}

// breaks decides before which of n lines of height h a new page starts,
// from the cursor on: as many lines as fit on each page, but never a lone
// line at the foot of a page (orphan) nor fewer than three at the head of
// the last one (widow), and the last three lines go along with next
// millimetres that would otherwise begin a page alone.
func (d *doc) breaks(n int, h, next float64) map[int]bool {
	brk := map[int]bool{}
	if n == 0 {
		return brk
	}
	first := int((d.bottom() - d.f.GetY()) / h)
	full := max(int((d.bottom()-marginT)/h), 6)
	if first < 2 && n > first {
		first = 0
	}
	var pages []int // lines per page
	for rest, room := n, first; rest > 0; room = full {
		k := min(rest, room)
		pages = append(pages, k)
		rest -= k
	}
	m := len(pages)
	if m >= 2 && pages[m-1] < 3 && pages[m-2]-(3-pages[m-1]) >= 2 {
		pages[m-2] -= 3 - pages[m-1]
		pages[m-1] = 3
	}
	top := marginT
	if m == 1 {
		top = d.f.GetY()
	}
	if next > 0 && pages[m-1] >= 5 && top+float64(pages[m-1])*h+next > d.bottom() {
		pages[m-1] -= 3
		pages = append(pages, 3)
	}
	i := 0
	for k, c := range pages {
		if k > 0 {
			brk[i] = true
		}
		i += c
	}
	return brk
}

// gap moves the cursor down.
func (d *doc) gap(h float64) { d.f.SetY(d.f.GetY() + h) }

// heading starts a section on a new page with a numbered title and records
// it in the contents and the document outline.
func (d *doc) heading(key, title string) { d.headingOn(d.page, key, title) }

// headingOn is heading on a page started by newPage.
func (d *doc) headingOn(newPage func(), key, title string) {
	newPage()
	d.num++
	d.mark(key, 0)
	y := d.f.GetY()
	d.font("B", 20, accent)
	d.f.SetXY(marginL, y)
	num := strconv.Itoa(d.num)
	d.f.CellFormat(12, 9, num, "", 0, "L", false, 0, "")
	d.font("B", 20, ink)
	lines := d.wrap(title, d.width()-12)
	for i, l := range lines {
		d.f.SetXY(marginL+12, y+float64(i)*9)
		d.f.CellFormat(d.width()-12, 9, l, "", 0, "L", false, 0, "")
	}
	y += float64(max(len(lines), 1)) * 9
	d.stroke(accent, 0.6)
	d.f.Line(marginL, y+2, marginL+24, y+2)
	d.f.SetY(y + 8)
}

// subheading writes a second-level heading, keeping it with the next
// keep millimetres of content. If key is not empty it goes into the
// contents at level 1.
func (d *doc) subheading(key, title string, keep float64) {
	d.font("B", 12.5, ink)
	lines := d.wrap(title, d.width())
	h := float64(len(lines))*6 + 3
	if d.f.GetY() > marginT+1 {
		d.gap(3)
	}
	d.need(h + keep)
	if key != "" {
		d.mark(key, 1)
	}
	d.font("B", 12.5, ink)
	for _, l := range lines {
		d.f.SetX(marginL)
		d.f.CellFormat(d.width(), 6, l, "", 1, "L", false, 0, "")
	}
	d.gap(3)
}

// label writes a small-caps-like caption in the accent colour.
func (d *doc) label(s string) {
	d.font("B", 7.5, accent)
	d.f.SetX(marginL)
	d.f.CellFormat(d.width(), 4, strings.ToUpper(oneLine(s)), "", 1, "L", false, 0, "")
	d.gap(1)
}

// mark records that the contents entry key starts here and links it.
func (d *doc) mark(key string, level int) {
	for i := range d.toc {
		if d.toc[i].key == key {
			d.f.SetLink(d.toc[i].link, d.f.GetY(), d.f.PageNo())
			d.f.Bookmark(oneLine(d.toc[i].title), level, d.f.GetY())
			break
		}
	}
	d.got.pages[key] = d.f.PageNo()
}

// bar draws a small segmented bar: n of total segments filled.
func (d *doc) bar(x, y float64, n, total int, seg float64, c rgb) {
	const gap, h = 0.6, 2.2
	for i := range total {
		if i < n {
			d.fill(c)
		} else {
			d.fill(rule)
		}
		d.f.Rect(x+float64(i)*(seg+gap), y, seg, h, "F")
	}
}

// meter draws a horizontal 0–100 bar of width w.
func (d *doc) meter(x, y, w, v float64, c rgb) {
	d.fill(wash)
	d.f.Rect(x, y, w, 2.6, "F")
	if v > 0 {
		d.fill(c)
		d.f.Rect(x, y, w*min(v, 100)/100, 2.6, "F")
	}
}
