package pdf

// col is a table column. Widths are shares of the text width.
type col struct {
	title string
	w     float64
	align string // "L" (default), "R" or "C"
}

// span is a piece of a cell: text with its own look, or a drawing of
// height h when draw is set. Text may be indented, start with extra space
// above (top) and carry a mark (a checkbox, say) drawn before its first line.
type span struct {
	text   string
	style  string // "" or "B"
	size   float64
	color  rgb
	indent float64
	top    float64
	mark   func(x, y float64)
	draw   func(x, y, w float64)
	h      float64
}

// cell is one table cell: spans stacked top to bottom.
type cell struct {
	spans []span
}

// row is a table row; note is full-width text below its cells.
type row struct {
	cells []cell
	note  string
	bold  bool // a totals row: a rule above, no zebra
}

// table draws rows that never split badly: a row that does not fit moves to
// the next page with the header repeated; only a row taller than a whole
// page is split, line by line.
type table struct {
	d       *doc
	cols    []col
	size    float64 // body font size in points
	x       float64
	ws      []float64
	bare    bool // no header row
	started bool // the header is drawn
}

const (
	padY = 1.5 // space above and below a row's text
	padX = 2.0 // space between columns
)

// newTable makes a table at the left margin; nothing is drawn until the
// first row, which brings the header along.
func (d *doc) newTable(size float64, cols ...col) *table {
	t := &table{d: d, cols: cols, size: size, x: marginL}
	var sum float64
	for _, c := range cols {
		sum += c.w
	}
	for _, c := range cols {
		t.ws = append(t.ws, d.width()*c.w/sum)
	}
	return t
}

// txt is a span in the table's body font.
func (t *table) txt(s string) span { return span{text: s, size: t.size, color: ink} }

// one is a cell of plain text.
func (t *table) one(s string) cell { return cell{spans: []span{t.txt(s)}} }

// head draws the column titles.
func (t *table) head() {
	if t.bare {
		return
	}
	d := t.d
	d.font("B", 7, muted)
	y := d.f.GetY()
	x := t.x
	h := lh(7)
	rows := 1
	var lines [][]string
	for i, c := range t.cols {
		l := d.wrap(c.title, t.ws[i]-padX)
		rows = max(rows, len(l))
		lines = append(lines, l)
	}
	for i, c := range t.cols {
		for j, l := range lines[i] {
			d.f.SetXY(x, y+float64(j)*h)
			d.f.CellFormat(t.ws[i]-padX, h, l, "", 0, align(c.align), false, 0, "")
		}
		x += t.ws[i]
	}
	y += float64(rows)*h + 1
	d.stroke(ink, 0.3)
	d.f.Line(t.x, y, t.x+d.width(), y)
	d.f.SetY(y)
}

// headH is the height of the header row.
func (t *table) headH() float64 {
	if t.bare {
		return 0
	}
	t.d.font("B", 7, muted)
	rows := 1
	for i, c := range t.cols {
		rows = max(rows, len(t.d.wrap(c.title, t.ws[i]-padX)))
	}
	return float64(rows)*lh(7) + 1
}

// measure returns how much room the header and the first row need to stay
// together (a very tall row counts with its first few lines), so that a
// heading can be kept with them.
func (t *table) measure(r row) float64 {
	var h float64
	for _, c := range t.layout(r) {
		h = max(h, height(c))
	}
	if !t.started {
		h += t.headH()
	}
	return min(h+2*padY, 45)
}

// total returns the height of the header and all rows (without notes), to
// keep a short table in one piece with its heading.
func (t *table) total(rows []row) float64 {
	h := t.headH()
	for _, r := range rows {
		var rh float64
		for _, c := range t.layout(r) {
			rh = max(rh, height(c))
		}
		h += rh + 2*padY
	}
	return h
}

func align(a string) string {
	if a == "" {
		return "L"
	}
	return a
}

// line is one laid-out line of a cell.
type line struct {
	text   string
	style  string
	size   float64
	color  rgb
	h      float64
	indent float64
	mark   func(x, y float64)
	draw   func(x, y, w float64)
}

// layout breaks every cell of r into lines.
func (t *table) layout(r row) [][]line {
	out := make([][]line, len(r.cells))
	for i, c := range r.cells {
		out[i] = t.d.lines(c.spans, t.ws[i]-padX, t.size, r.bold)
	}
	return out
}

// lines lays spans out into lines no wider than w.
func (d *doc) lines(spans []span, w, size float64, bold bool) []line {
	var out []line
	for _, s := range spans {
		if s.top > 0 {
			out = append(out, line{h: s.top})
		}
		if s.draw != nil {
			out = append(out, line{h: s.h, draw: s.draw})
			continue
		}
		sz := s.size
		if sz == 0 {
			sz = size
		}
		style := s.style
		if bold && style == "" {
			style = "B"
		}
		d.font(style, sz, s.color)
		for j, l := range d.wrap(s.text, w-s.indent) {
			ln := line{text: l, style: style, size: sz, color: s.color, h: lh(sz), indent: s.indent}
			if j == 0 {
				ln.mark = s.mark
			}
			out = append(out, ln)
		}
	}
	return out
}

func height(ls []line) float64 {
	var h float64
	for _, l := range ls {
		h += l.h
	}
	return h
}

// rows draws rows, keeping the last two together: a table that runs on
// to a new page takes at least two rows along, so no page holds a lone
// last row.
func (t *table) rows(rs []row) {
	for i, r := range rs {
		if i == len(rs)-2 && i > 0 {
			last := t.height(r) + t.height(rs[i+1])
			full := t.d.bottom() - marginT - t.headH()
			if avail := t.d.bottom() - t.d.f.GetY(); last > avail && t.height(r) <= avail && last <= full {
				t.breakPage()
			}
		}
		t.row(r)
	}
}

// height is how much room a row takes, its note included.
func (t *table) height(r row) float64 {
	rowH, note := t.measureRow(r)
	return rowH + note
}

// measureRow returns the height of a row's cells and of its note.
func (t *table) measureRow(r row) (float64, float64) {
	var rowH float64
	for _, c := range t.layout(r) {
		rowH = max(rowH, height(c))
	}
	rowH += 2 * padY
	if r.note == "" {
		return rowH, 0
	}
	t.d.font("", t.size-0.5, muted)
	n := len(t.d.wrap(r.note, t.d.width()-6))
	if n == 0 {
		return rowH, 0
	}
	return rowH, float64(n)*lh(t.size-0.5) + padY
}

// row draws one row.
func (t *table) row(r row) {
	d := t.d
	cells := t.layout(r)
	var rowH float64
	for _, c := range cells {
		rowH = max(rowH, height(c))
	}
	rowH += 2 * padY
	noteSize := t.size - 0.5
	var note []string
	if r.note != "" {
		d.font("", noteSize, muted)
		note = d.wrap(r.note, d.width()-6)
	}
	total := rowH + float64(len(note))*lh(noteSize)
	if len(note) > 0 {
		total += padY
	}
	head := 0.0
	if !t.started {
		head = t.headH()
	}
	avail := d.bottom() - d.f.GetY() - head
	full := d.bottom() - marginT - t.headH()
	switch {
	case total <= avail:
		if !t.started {
			t.head()
		}
	case total <= full || avail < rowH/2+lh(t.size)*3:
		t.breakPage()
	default:
		if !t.started {
			t.head()
		}
	}
	t.started = true
	if r.bold {
		d.stroke(ink, 0.3)
		d.f.Line(t.x, d.f.GetY(), t.x+d.width(), d.f.GetY())
	}
	// Draw the cells line by line; a cell that reaches the bottom of the
	// page goes on below the header of the next.
	next := make([]int, len(cells))
	top := d.f.GetY() + padY
	fresh := false // on a new page, the first line goes in whatever its height
	for {
		y := make([]float64, len(cells))
		end := top
		more := false
		for i, c := range cells {
			y[i] = top
			x := t.x
			for j := range i {
				x += t.ws[j]
			}
			for next[i] < len(c) && (y[i]+c[next[i]].h <= d.bottom() || fresh && y[i] == top) {
				d.drawLine(c[next[i]], x, y[i], t.ws[i]-padX, align(t.cols[i].align))
				y[i] += c[next[i]].h
				next[i]++
			}
			end = max(end, y[i])
			if next[i] < len(c) {
				more = true
			}
		}
		d.f.SetY(end + padY)
		if !more {
			break
		}
		t.breakPage()
		top = d.f.GetY() + padY
		fresh = true
	}
	if len(note) > 0 {
		h := lh(noteSize)
		for _, l := range note {
			if d.f.GetY()+h > d.bottom() {
				t.breakPage()
			}
			d.font("", noteSize, muted)
			d.f.SetXY(t.x+6, d.f.GetY())
			d.f.CellFormat(d.width()-6, h, l, "", 1, "L", false, 0, "")
		}
		d.gap(padY)
	}
	d.stroke(rule, lineSmall)
	d.f.Line(t.x, d.f.GetY(), t.x+d.width(), d.f.GetY())
}

// drawLine draws one laid-out line with its top-left at (x, y).
func (d *doc) drawLine(l line, x, y, w float64, align string) {
	switch {
	case l.draw != nil:
		l.draw(x, y, w)
	case l.text != "":
		if l.mark != nil {
			l.mark(x, y)
		}
		d.font(l.style, l.size, l.color)
		d.f.SetXY(x+l.indent, y)
		d.f.CellFormat(w-l.indent, l.h, l.text, "", 0, align, false, 0, "")
	}
}

// breakPage continues the table on a new page.
func (t *table) breakPage() {
	t.d.page()
	t.head()
}
