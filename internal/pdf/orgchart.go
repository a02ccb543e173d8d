package pdf

import (
	"math"

	"kamworkbench/internal/kam"
)

// The org chart's grid in canvas units: a slot is a card and a gap.
const (
	orgGapX   = 40.0
	orgGapY   = 50.0
	orgStackY = 18.0 // between cards stacked under one manager
	orgIndent = 26.0 // stacked cards sit this far right of their column
	orgStack  = 4    // more direct reports than this, all without reports of their own, are stacked
	orgRows   = 6    // cards per stacked column
)

// orgGroup is a manager with the people who report to them.
type orgGroup struct {
	boss    int
	reports []int
	stacked bool
}

// orgChart is the customer's org chart laid out top-down by reporting
// lines: who reports to whom, nothing else.
type orgChart struct {
	cards  []placed
	groups []orgGroup
	extra  [][2]int // further reporting lines (person, manager) beyond the tree
}

// layOrgChart places people as a tree: everyone under their manager (the
// first one named when there are several), managers centred over their
// teams, large teams without teams of their own stacked in columns, and
// the people without any reporting line in rows below.
func layOrgChart(people []kam.Stakeholder, rels []kam.Relation) orgChart {
	n := len(people)
	idx := make(map[string]int, n)
	for i, p := range people {
		idx[p.ID] = i
	}
	boss := make([]int, n)
	for i := range boss {
		boss[i] = -1
	}
	var c orgChart
	// above reports whether b is i or one of i's managers so far.
	above := func(b, i int) bool {
		for steps := 0; b >= 0 && steps <= n; steps++ {
			if b == i {
				return true
			}
			b = boss[b]
		}
		return false
	}
	linked := make([]bool, n)
	for _, r := range rels {
		from, ok1 := idx[r.From]
		to, ok2 := idx[r.To]
		if r.Kind != "reports_to" || !ok1 || !ok2 || from == to {
			continue
		}
		linked[from], linked[to] = true, true
		if boss[from] < 0 && !above(from, to) {
			boss[from] = to
		} else {
			c.extra = append(c.extra, [2]int{from, to})
		}
	}
	kids := make([][]int, n)
	for i, b := range boss {
		if b >= 0 {
			kids[b] = append(kids[b], i)
		}
	}
	c.cards = make([]placed, n)
	for i := range people {
		c.cards[i].p = &people[i]
	}
	slotW, slotH := cardW+orgGapX, cardH+orgGapY
	next := 0.0   // the next free slot of the tree being laid out
	bottom := 0.0 // the lowest card of it so far
	// place lays out i's tree from slot next at depth y and returns the
	// x of i's place.
	var place func(i int, y float64) float64
	place = func(i int, y float64) float64 {
		bottom = max(bottom, y+cardH)
		k := kids[i]
		if len(k) == 0 {
			x := next * slotW
			next++
			c.cards[i].x, c.cards[i].y = x, y
			return x
		}
		leaves := true
		for _, j := range k {
			leaves = leaves && len(kids[j]) == 0
		}
		g := orgGroup{boss: i, reports: k}
		if leaves && len(k) > orgStack {
			g.stacked = true
			cols := int(math.Ceil(float64(len(k)) / orgRows))
			rows := int(math.Ceil(float64(len(k)) / float64(cols)))
			x := next * slotW
			for n, j := range k {
				c.cards[j].x = x + float64(n/rows)*slotW + orgIndent
				c.cards[j].y = y + slotH + float64(n%rows)*(cardH+orgStackY)
				bottom = max(bottom, c.cards[j].y+cardH)
			}
			next += float64(cols)
			c.cards[i].x, c.cards[i].y = x+float64(cols-1)*slotW/2, y
		} else {
			first, last := 0.0, 0.0
			for n, j := range k {
				x := place(j, y+slotH)
				if n == 0 {
					first = x
				}
				last = x
			}
			c.cards[i].x, c.cards[i].y = (first+last)/2, y
		}
		c.groups = append(c.groups, g)
		return c.cards[i].x
	}
	// Each tree on its own, then the trees in rows like words in lines, so
	// that a large chart splits into a grid of pages rather than a strip.
	type box struct {
		nodes []int
		w, h  float64 // slots across, canvas units down
	}
	var boxes []box
	var members func(i int, out []int) []int
	members = func(i int, out []int) []int {
		out = append(out, i)
		for _, j := range kids[i] {
			out = members(j, out)
		}
		return out
	}
	for i := range people {
		if boss[i] < 0 && linked[i] {
			next, bottom = 0, 0
			place(i, 0)
			boxes = append(boxes, box{nodes: members(i, nil), w: next, h: bottom})
		}
	}
	var alone []int
	for i := range people {
		if !linked[i] {
			alone = append(alone, i)
		}
	}
	area, widest := 0.0, 4.0
	for _, b := range boxes {
		area += b.w * (b.h + orgGapY) / slotH
		widest = max(widest, b.w)
	}
	area += float64(len(alone))
	// A landscape page holds about five slots across and four down.
	width := max(widest, math.Ceil(math.Sqrt(area*5/4)))
	x, y, rowH := 0.0, 0.0, 0.0
	for _, b := range boxes {
		if x > 0 && x+b.w > width {
			x, y, rowH = 0, y+rowH+orgGapY, 0
		}
		for _, i := range b.nodes {
			c.cards[i].x += x * slotW
			c.cards[i].y += y
		}
		x += b.w
		rowH = max(rowH, b.h)
	}
	// People without any reporting line: rows below.
	if len(boxes) > 0 {
		y += rowH + orgGapY*1.5
	}
	for n, i := range alone {
		col := n % int(width)
		c.cards[i].x, c.cards[i].y = float64(col)*slotW, y
		if col == int(width)-1 {
			y += cardH + orgGapX
		}
	}
	return c
}

// drawOrgChart draws the customer's org chart: names, titles, departments
// and reporting lines, on landscape pages, split over several when large.
func (d *doc) drawOrgChart() {
	people := d.acc.Stakeholders
	if len(people) == 0 {
		d.heading("orgchart", d.lang.word("orgchart"))
		d.para(d.lang.word("nopeople"), 0, "", 9.5, muted)
		return
	}
	d.headingOn(d.landscape, "orgchart", d.lang.word("orgchart"))
	c := layOrgChart(people, d.acc.Relations)
	m := planMap(c.cards, d.width(), d.bottom()-legendH-d.f.GetY())
	d.drawTiles(c.cards, m, d.lang.word("orgchart"), func(t tile) { d.drawOrgTile(c, m, t) })
}

// drawOrgTile draws the lines of one tile, clipped to it, then the cards
// that lie wholly on it.
func (d *doc) drawOrgTile(c orgChart, m mapPlan, t tile) {
	hw, hh := m.half()
	px := func(x, y float64) (float64, float64) { return t.page(m, x, y) }
	line := func(x0, y0, x1, y1 float64) {
		a, b := px(x0, y0)
		e, f := px(x1, y1)
		d.f.Line(a, b, e, f)
	}
	d.f.ClipRect(marginL, t.top, d.width(), m.tileH*m.s, false)
	d.stroke(muted, 0.35)
	for _, g := range c.groups {
		bx, by := c.cards[g.boss].centre()
		busY := by + hh + slotGap(m)/2
		first, last := bx, bx
		for _, j := range g.reports {
			cx, cy := c.cards[j].centre()
			if g.stacked {
				// A spine left of each column, a short line into each card.
				spine := cx - hw - orgIndent/2
				line(spine, busY, spine, cy)
				line(spine, cy, cx-hw, cy)
				first, last = min(first, spine), max(last, spine)
				continue
			}
			line(cx, busY, cx, cy-hh)
			first, last = min(first, cx), max(last, cx)
		}
		line(bx, by+hh, bx, busY)
		line(first, busY, last, busY)
	}
	for _, e := range c.extra {
		ax, ay := c.cards[e[0]].centre()
		bx, by := c.cards[e[1]].centre()
		dx, dy := bx-ax, by-ay
		ta := exit(dx, dy, hw, hh)
		if ta >= 0.5 {
			continue
		}
		sx, sy := px(ax+dx*ta, ay+dy*ta)
		ex, ey := px(bx-dx*ta, by-dy*ta)
		d.edge("reports_to", sx, sy, ex, ey, true)
	}
	d.f.ClipEnd()
	for _, card := range c.cards {
		if t.holds(card, hw, hh) {
			cx, cy := card.centre()
			x, y := px(cx, cy)
			d.card(card.p, x-m.cw/2, y-m.ch/2, m.cw, m.ch, true)
		}
	}
}

// slotGap is the canvas distance between a manager's card and the cards
// of their team, as drawn: the grid's gap plus what the drawn cards leave
// of their places.
func slotGap(m mapPlan) float64 {
	_, hh := m.half()
	return orgGapY + cardH - 2*hh
}
