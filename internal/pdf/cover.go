package pdf

import (
	"strconv"
	"strings"

	"kamworkbench/internal/audience"
)

// planContents decides the entries of the contents and their links, before
// anything is drawn.
func (d *doc) planContents() {
	add := func(key, title string, level int) {
		d.toc = append(d.toc, tocEntry{key: key, title: title, level: level, link: d.f.AddLink()})
	}
	for _, s := range d.sections {
		switch s {
		case audience.Cover:
		case audience.Assessment:
			add(string(s), d.lang.word("assessment"), 0)
			for _, a := range d.cat.Areas {
				add("area:"+a.ID, a.Title.In(d.langCode()), 1)
			}
		default:
			add(string(s), d.lang.word(string(s)), 0)
		}
	}
}

// langCode is the report language as the catalogue names it.
func (d *doc) langCode() string { return d.lang.code() }

// drawCover draws the title page: client, workshop, date, place,
// facilitator and participants.
func (d *doc) drawCover() {
	d.page()
	w := d.width()
	d.fill(accent)
	d.f.Rect(0, 0, 210, 6, "F")
	y := 62.0
	d.font("B", 9, accent)
	d.text(marginL, y, w, strings.ToUpper(d.lang.word("report")), "L")
	y += 8
	// Names of absurd length run on to the next page rather than off this one.
	lines := func(s, style string, size, step float64, c rgb) {
		d.font(style, size, c)
		for _, l := range d.wrap(s, w) {
			if y+step > d.bottom() {
				d.page()
				y = d.f.GetY()
				d.font(style, size, c)
			}
			d.text(marginL, y, w, l, "L")
			y += step
		}
	}
	lines(d.acc.Client.Name, "B", 26, 11, ink)
	y++
	lines(d.ws.Title, "", 15, 7, muted)
	y += 8
	d.stroke(accent, 0.6)
	d.f.Line(marginL, y, marginL+24, y)
	y += 10

	kv := []struct{ k, v string }{
		{d.lang.word("date"), d.lang.date(d.ws.Date)},
		{d.lang.word("place"), d.ws.Location},
		{d.lang.word("facilitator"), d.ws.Facilitator},
		{d.lang.word("industry"), d.acc.Client.Industry},
	}
	const keyW = 44.0
	d.f.SetY(y)
	for _, e := range kv {
		if e.v == "" {
			continue
		}
		d.keyValue(e.k, e.v, keyW)
	}
	d.drawParticipants(keyW)
	if d.internal && d.acc.Client.Notes != "" {
		d.gap(4)
		d.font("B", 8, muted)
		d.need(lh(8) * 3)
		d.text(marginL, d.f.GetY(), w, d.lang.word("clientnotes"), "L")
		d.gap(lh(8))
		d.para(d.acc.Client.Notes, 0, "", 9, ink)
	}
	// The audience at the foot of the cover, when it is still the cover.
	if d.f.PageNo() == 1 && d.f.GetY() < 297-marginB-8 {
		d.font("", 8, muted)
		note := d.lang.word("customer")
		if d.internal {
			note = d.lang.word("internal")
		}
		d.text(marginL, 297-marginB-4, w, note, "L")
	}
}

// keyValue writes a caption and its wrapped value, breaking pages as needed.
func (d *doc) keyValue(k, v string, keyW float64) {
	w := d.width()
	d.font("", 10, ink)
	lines := d.wrap(v, w-keyW)
	if len(lines) == 0 {
		lines = []string{""}
	}
	h := lh(10)
	for i, l := range lines {
		d.need(h)
		y := d.f.GetY()
		if i == 0 && k != "" {
			d.font("", 8.5, muted)
			d.text(marginL, y+0.4, keyW, k, "L")
		}
		d.font("", 10, ink)
		d.f.SetXY(marginL+keyW, y)
		d.f.CellFormat(w-keyW, h, l, "", 1, "L", false, 0, "")
	}
	d.gap(1)
}

// drawContents draws the table of contents with the page numbers the
// previous pass found, each entry a link.
func (d *doc) drawContents() {
	d.page()
	d.font("B", 20, ink)
	d.text(marginL, d.f.GetY(), d.width(), d.lang.word("toc"), "L")
	y := d.f.GetY() + 11
	d.stroke(accent, 0.6)
	d.f.Line(marginL, y, marginL+24, y)
	y += 10
	n := 0
	sub := 0
	w := d.width()
	for _, e := range d.toc {
		num := ""
		size, style, indent, c := 11.0, "B", 0.0, ink
		if e.level == 0 {
			n++
			sub = 0
			num = strconv.Itoa(n)
			if y > marginT+40 {
				y += 3
			}
		} else {
			// The areas as the window and the question numbers count them.
			sub++
			num = strconv.Itoa(sub)
			size, style, indent, c = 9.5, "", 12, muted
		}
		h := lh(size) + 1.2
		page := ""
		if p := d.plan.pages[e.key]; p > 0 {
			page = strconv.Itoa(p)
		}
		d.font(style, size, accent)
		d.f.SetXY(marginL+indent, y)
		d.f.CellFormat(12, h, num, "", 0, "L", false, e.link, "")
		d.font(style, size, c)
		title := d.fit(oneLine(e.title), w-indent-12-16)
		d.f.SetXY(marginL+indent+12, y)
		d.f.CellFormat(w-indent-12-14, h, title, "", 0, "L", false, e.link, "")
		// Dot leaders from the title to the page number.
		tw := d.f.GetStringWidth(title)
		d.font("", size, faint)
		from := marginL + indent + 12 + tw + 2
		to := marginL + w - 12
		if to > from {
			dots := d.dots(to - from)
			d.f.SetXY(from, y)
			d.f.CellFormat(to-from, h, dots, "", 0, "R", false, e.link, "")
		}
		d.font(style, size, c)
		d.f.SetXY(marginL+w-12, y)
		d.f.CellFormat(12, h, page, "", 0, "R", false, e.link, "")
		y += h + 1
	}
	d.f.SetY(y)
}

// dots returns dot leaders that fill about w millimetres.
func (d *doc) dots(w float64) string {
	one := d.f.GetStringWidth(" .")
	n := int(w / one)
	b := make([]byte, 0, 2*n)
	for range n {
		b = append(b, ' ', '.')
	}
	return string(b)
}
