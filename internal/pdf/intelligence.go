package pdf

import (
	"slices"
	"strconv"

	"kamworkbench/internal/glossary"
	"kamworkbench/internal/kam"
)

// drawCompetitors draws a battle card per competitor, most threatening
// first: strengths and weaknesses side by side, partners, and our
// counter-arguments set off in the accent colour.
func (d *doc) drawCompetitors() {
	d.heading("competitors", d.lang.word("competitors"))
	comps := slices.Clone(d.acc.Competitors)
	slices.SortStableFunc(comps, func(a, b kam.Competitor) int { return b.Threat - a.Threat })
	if len(comps) == 0 {
		d.para(d.lang.word("nocomp"), 0, "", 9.5, muted)
		return
	}
	for i, c := range comps {
		if i > 0 {
			d.gap(6)
		}
		d.battleCard(c)
	}
}

func (d *doc) battleCard(c kam.Competitor) {
	w := d.width()
	tw := w - 62 // room for name and location, left of the threat bar
	d.font("B", 11.5, ink)
	name := d.wrap(oneLine(c.Name), tw)
	d.font("", 7.5, muted)
	place := d.wrap(oneLine(c.Location), tw)
	head := 2.4 + float64(len(name))*lh(11.5) + float64(len(place))*lh(7.5)
	head = max(head, 10)
	// Keep the card's head with the first lines of its body.
	d.need(head + 2 + 6*lh(8.5))
	y := d.f.GetY()
	d.fill(wash)
	d.f.Rect(marginL, y, w, head, "F")
	d.fill(accent)
	d.f.Rect(marginL, y, 1.2, head, "F")
	ty := y + 1.2
	d.font("B", 11.5, ink)
	for _, l := range name {
		d.text(marginL+4, ty, tw, l, "L")
		ty += lh(11.5)
	}
	d.font("", 7.5, muted)
	for _, l := range place {
		d.text(marginL+4, ty, tw, l, "L")
		ty += lh(7.5)
	}
	d.font("", 7.5, muted)
	d.text(marginL+w-52, y+3.2, 22, d.lang.word("threat"), "R")
	d.bar(marginL+w-28, y+3.9, c.Threat, 5, 4.4, red)
	d.f.SetY(y + head + 2)

	sub := func(title string) span { return span{text: title, style: "B", size: 7.5, color: accent} }
	t := &table{d: d, size: 8.5, x: marginL, cols: []col{{w: 1}, {w: 1}}, ws: []float64{w / 2, w / 2}, bare: true}
	t.row(row{cells: []cell{
		{spans: []span{sub(d.lang.word("strengths")), {text: orDash(c.Strengths), size: 8.5, color: ink}}},
		{spans: []span{sub(d.lang.word("weaknesses")), {text: orDash(c.Weaknesses), size: 8.5, color: ink}}},
	}})
	if c.Partners != "" {
		t.ws = []float64{w}
		t.cols = []col{{w: 1}}
		t.row(row{cells: []cell{{spans: []span{sub(d.lang.word("partners")), {text: c.Partners, size: 8.5, color: ink}}}}})
	}
	if c.Counter != "" {
		d.gap(1)
		d.label(d.lang.word("counter"))
		d.boxed(c.Counter, 9, tint)
	}
}

// boxed writes text on a coloured ground, line by line so it may continue
// on the next page.
func (d *doc) boxed(text string, size float64, ground rgb) {
	w := d.width()
	d.font("", size, ink)
	lines := d.wrap(text, w-8)
	h := lh(size)
	d.need(min(float64(len(lines)), 3)*h + 3)
	d.fill(ground)
	d.f.Rect(marginL, d.f.GetY(), w, 1.5, "F")
	d.gap(1.5)
	for _, l := range lines {
		d.need(h)
		y := d.f.GetY()
		d.fill(ground)
		d.f.Rect(marginL, y, w, h, "F")
		d.font("", size, ink)
		d.f.SetXY(marginL+4, y)
		d.f.CellFormat(w-8, h, l, "", 1, "L", false, 0, "")
	}
	d.fill(ground)
	d.f.Rect(marginL, d.f.GetY(), w, 1.5, "F")
	d.gap(1.5)
}

func orDash(s string) string {
	if s == "" {
		return "–"
	}
	return s
}

// drawSWOT draws our position at the client as four quadrants.
func (d *doc) drawSWOT() {
	d.heading("swot", d.lang.word("swot"))
	d.para(d.lang.word("swotsub"), 0, "", 9.5, muted)
	d.gap(3)
	s := d.acc.Client.SWOT
	w := d.width()
	const gutter = 4.0
	half := (w - gutter) / 2
	quad := []struct {
		key, text string
		c         rgb
	}{{"swot.s", s.Strengths, accent}, {"swot.w", s.Weaknesses, muted}, {"swot.o", s.Opportunities, accent}, {"swot.t", s.Threats, red}}
	for r := range 2 {
		a, b := quad[2*r], quad[2*r+1]
		la := d.lines([]span{{text: orDash(a.text), size: 9, color: ink}}, half-8, 9, false)
		lb := d.lines([]span{{text: orDash(b.text), size: 9, color: ink}}, half-8, 9, false)
		body := max(height(la), height(lb), 38)
		if 10+body+8 <= d.bottom()-marginT-4 {
			// Both quadrants of the row fit on a page: draw them as boxes.
			d.need(10 + body + 8)
			y := d.f.GetY()
			d.quadrant(marginL, y, half, body, a.key, a.c, la)
			d.quadrant(marginL+half+gutter, y, half, body, b.key, b.c, lb)
			d.f.SetY(y + 10 + body + 4 + gutter)
			continue
		}
		// Too long for boxes: one after the other, flowing over pages, the
		// second kept with the end of the first.
		d.font("", 9, ink)
		nb := min(len(d.wrap(orDash(b.text), w)), 3)
		for i, q := range []struct {
			key, text string
			c         rgb
		}{a, b} {
			d.need(lh(10) + 1 + 3*lh(9))
			d.font("B", 10, q.c)
			d.text(marginL, d.f.GetY(), w, d.lang.word(q.key), "L")
			d.gap(lh(10) + 1)
			next := 0.0
			if i == 0 {
				next = 4 + lh(10) + 1 + float64(nb)*lh(9)
			}
			d.paraThen(orDash(q.text), 0, "", 9, ink, next)
			d.gap(4)
		}
	}
}

// quadrant draws one SWOT box with its heading and laid-out lines.
func (d *doc) quadrant(x, y, w, body float64, key string, c rgb, lines []line) {
	d.fill(wash)
	d.f.Rect(x, y, w, 10+body+4, "F")
	d.fill(c)
	d.f.Rect(x, y, w, 1.2, "F")
	d.font("B", 10.5, c)
	d.text(x+4, y+3.5, w-8, d.lang.word(key), "L")
	ly := y + 10
	for _, l := range lines {
		d.drawLine(l, x+4, ly, w-8, "L")
		ly += l.h
	}
}

// drawOpportunities draws the key figures of the pipeline and the table of
// opportunities with totals.
func (d *doc) drawOpportunities() {
	d.heading("opportunities", d.lang.word("opportunities"))
	opps := d.acc.Opportunities
	if len(opps) == 0 {
		d.para(d.lang.word("noopps"), 0, "", 9.5, muted)
		return
	}
	var open, weighted, won, lost float64
	for _, o := range opps {
		switch o.Stage {
		case "won":
			won += o.Value
		case "lost":
			lost += o.Value
		default:
			open += o.Value
			weighted += o.Value * float64(o.Probability) / 100
		}
	}
	figures := []struct {
		key string
		v   float64
	}{{"pipeline", open}, {"weightedpl", weighted}, {"won", won}, {"lost", lost}}
	w := d.width()
	bw := (w - 3*4) / 4
	y := d.f.GetY()
	for i, f := range figures {
		x := marginL + float64(i)*(bw+4)
		d.fill(wash)
		if i == 1 {
			d.fill(tint)
		}
		d.f.Rect(x, y, bw, 17, "F")
		d.font("", 7.5, muted)
		d.text(x+3, y+2.5, bw-6, d.lang.word(f.key), "L")
		d.font("B", 13, ink)
		if i == 1 {
			d.font("B", 13, accent)
		}
		d.text(x+3, y+8, bw-6, d.lang.money(f.v), "L")
	}
	d.f.SetY(y + 23)

	t := d.newTable(8.5,
		col{title: d.lang.word("title") + " / " + d.lang.word("nextstep"), w: 54},
		col{title: d.lang.word("stage"), w: 20},
		col{title: d.lang.word("value"), w: 23, align: "R"},
		col{title: d.lang.word("probability"), w: 13, align: "R"},
		col{title: d.lang.word("weighted"), w: 23, align: "R"},
		col{title: d.lang.word("close"), w: 23, align: "R"})
	sorted := slices.Clone(opps)
	slices.SortStableFunc(sorted, func(a, b kam.Opportunity) int {
		return slices.Index(kam.Stages, a.Stage) - slices.Index(kam.Stages, b.Stage)
	})
	var rows []row
	for _, o := range sorted {
		title := []span{{text: o.Title, style: "B", size: 8.5, color: ink}}
		if o.NextStep != "" {
			title = append(title, span{text: "→ " + o.NextStep, size: 7.5, color: muted})
		}
		c := ink
		if o.Stage == "lost" {
			c = faint
		}
		rows = append(rows, row{cells: []cell{
			{spans: title},
			{spans: []span{{text: label(d.lang, glossary.Stage, o.Stage), size: 8.5, color: c}}},
			{spans: []span{{text: d.lang.money(o.Value), size: 8.5, color: c}}},
			{spans: []span{{text: d.lang.percent(o.Probability), size: 8.5, color: c}}},
			{spans: []span{{text: d.lang.money(o.Value * float64(o.Probability) / 100), size: 8.5, color: c}}},
			t.one(d.lang.date(o.ExpectedClose)),
		}})
	}
	t.rows(append(rows, row{bold: true, cells: []cell{
		t.one(d.lang.word("pipeline")), t.one(""), t.one(d.lang.money(open)), t.one(""), t.one(d.lang.money(weighted)), t.one(""),
	}}))
}

// drawArguments draws the feature → advantage → benefit arguments.
func (d *doc) drawArguments() {
	d.heading("arguments", d.lang.word("arguments"))
	args := slices.Clone(d.acc.Arguments)
	slices.SortStableFunc(args, func(a, b kam.Argument) int { return a.Position - b.Position })
	if len(args) == 0 {
		d.para(d.lang.word("noargs"), 0, "", 9.5, muted)
		return
	}
	t := d.newTable(8.5, col{title: "#", w: 6}, col{title: d.lang.word("feature"), w: 43}, col{title: d.lang.word("advantage"), w: 43},
		col{title: d.lang.word("benefit"), w: 44}, col{title: d.lang.word("forrole"), w: 36})
	var rows []row
	for i, a := range args {
		rows = append(rows, row{cells: []cell{
			{spans: []span{{text: strconv.Itoa(i + 1), size: 8.5, color: muted}}},
			{spans: []span{{text: a.Feature, style: "B", size: 8.5, color: ink}}},
			t.one(a.Advantage),
			{spans: []span{{text: a.Benefit, size: 8.5, color: accent}}},
			{spans: []span{{text: d.roleOrAny(a.BuyingRole), size: 7.5, color: muted}}},
		}})
	}
	t.rows(rows)
}
