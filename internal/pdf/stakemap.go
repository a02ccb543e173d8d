package pdf

import (
	"math"
	"slices"
	"strings"

	"github.com/jung-kurt/gofpdf"

	"kamworkbench/internal/glossary"
	"kamworkbench/internal/kam"
)

// The map's cards, in the canvas units of the stakeholder screen, where a
// person's x and y are the top-left corner of their card.
const (
	cardW = 150.0
	cardH = 60.0
	// On paper a card is at least minCard and at most maxCard millimetres
	// wide. Smaller is not legible at 100 %, so a map that would need it is
	// split over several pages; a map that fits with room to spare spreads
	// over the page while its cards stay at maxCard.
	minCard = 40.0
	maxCard = 56.0
	legendH = 16.0
)

// placed is a person on the map canvas; x and y are the top-left corner of
// their place, a card's size on the screen.
type placed struct {
	p    *kam.Stakeholder
	x, y float64
}

// centre is the middle of a person's place on the canvas.
func (c placed) centre() (float64, float64) { return c.x + cardW/2, c.y + cardH/2 }

// mapPlan is how the canvas is laid onto pages: positions at s mm per
// canvas unit, cards cw × ch mm centred on their places, the canvas
// origin, and the tiles (several when the map does not fit one page with
// legible cards).
type mapPlan struct {
	s            float64
	cw, ch       float64 // a card on paper, mm
	minX, minY   float64
	tileW, tileH float64 // canvas size of one tile
	stepX, stepY float64 // canvas distance between tiles
	nx, ny       int
	auto         bool
}

// half returns half a card's drawn size in canvas units.
func (m mapPlan) half() (float64, float64) { return m.cw / m.s / 2, m.ch / m.s / 2 }

// placePeople returns the people at their map positions, or in a grid by
// department when the stored positions pile up (imported contacts that
// nobody has placed yet, say). The grid is as wide as an area w
// millimetres wide holds at the smallest legible card size.
func placePeople(people []kam.Stakeholder, w float64) (out []placed, auto bool) {
	for i := range people {
		out = append(out, placed{p: &people[i], x: people[i].X, y: people[i].Y})
	}
	piled := 0
	for i := range out {
		for j := range out {
			if i != j && math.Abs(out[i].x-out[j].x) < cardW/2 && math.Abs(out[i].y-out[j].y) < cardH/2 {
				piled++
				break
			}
		}
	}
	if len(out) < 2 || piled*4 <= len(out) {
		return out, false
	}
	sorted := slices.Clone(out)
	slices.SortStableFunc(sorted, func(a, b placed) int {
		if c := slices.Index(kam.Departments, a.p.Department) - slices.Index(kam.Departments, b.p.Department); c != 0 {
			return c
		}
		return b.p.Influence - a.p.Influence
	})
	// The page shows w/(minCard/cardW) canvas units, less a quarter card of
	// margin on each side; a column takes a card and a gap of 30.
	fit := int((w*cardW/minCard-cardW*1.5)/(cardW+30)) + 1
	cols := max(1, min(fit, int(math.Ceil(math.Sqrt(float64(len(sorted))*2)))))
	for i := range sorted {
		sorted[i].x = float64(i%cols) * (cardW + 30)
		sorted[i].y = float64(i/cols) * (cardH + 30)
	}
	return sorted, true
}

// cardGap is the least room between two cards on paper, in mm.
const cardGap = 4.0

// cardAspect is a card's height over its width.
const cardAspect = cardH / cardW

// widest returns the widest card (mm) that leaves cardGap between every
// two people at s mm per canvas unit: two cards clear each other when they
// are apart by a card and a gap across or down.
func widest(people []placed, s float64) float64 {
	w := math.Inf(1)
	for i := range people {
		ax, ay := people[i].centre()
		for j := i + 1; j < len(people); j++ {
			bx, by := people[j].centre()
			dx, dy := math.Abs(ax-bx)*s, math.Abs(ay-by)*s
			w = min(w, max(dx-cardGap, (dy-cardGap)/cardAspect))
		}
	}
	return w
}

// planMap fits the people into an area of w × h millimetres. Positions
// shrink or grow to fill the area; cards are as large as the room between
// people allows, at most maxCard wide. When that leaves cards narrower
// than minCard, the positions are spread until the cards are legible and
// the map goes over several tiles (pages).
func planMap(people []placed, w, h float64) mapPlan {
	m := mapPlan{nx: 1, ny: 1, cw: maxCard}
	minX, minY, maxX, maxY := math.Inf(1), math.Inf(1), math.Inf(-1), math.Inf(-1)
	for _, p := range people {
		x, y := p.centre()
		minX, minY, maxX, maxY = min(minX, x), min(minY, y), max(maxX, x), max(maxY, y)
	}
	spanX, spanY := max(maxX-minX, 1), max(maxY-minY, 1)
	// fit is the scale at which the centres and a card of width cw fill the
	// area, less a margin of half a gap around.
	fit := func(cw float64) float64 {
		return min((w-cw-cardGap)/spanX, (h-cw*cardAspect-cardGap)/spanY)
	}
	for range 4 { // card size and scale settle within a few rounds
		m.s = fit(m.cw)
		m.cw = min(maxCard, widest(people, m.s))
	}
	// The last card size with a scale for it; a scale that grew can only
	// make the cards' room larger, one that shrank makes them smaller.
	m.s = fit(m.cw)
	m.cw = min(m.cw, widest(people, m.s))
	if m.cw < minCard || m.s <= 0 {
		// Spread the positions until a card of minCard fits between all.
		m.cw = minCard
		m.s = max(m.s, 1e-3)
		for widest(people, m.s) < minCard {
			m.s *= 1.05
		}
		m.cw = min(maxCard, widest(people, m.s))
	}
	m.ch = m.cw * cardAspect
	hw, hh := m.half()
	m.tileW, m.tileH = w/m.s, h/m.s
	// The canvas origin of the first tile: the map centred on the area
	// when it fits, a half card and half a gap off its edge otherwise.
	bw, bh := spanX+2*hw+cardGap/m.s, spanY+2*hh+cardGap/m.s
	m.minX = minX - hw - cardGap/m.s/2 - max(m.tileW-bw, 0)/2
	m.minY = minY - hh - cardGap/m.s/2 - max(m.tileH-bh, 0)/2
	// Tiles overlap by a card and a gap, so every card lies wholly on some
	// tile.
	m.stepX, m.stepY = m.tileW-2*hw-cardGap/m.s, m.tileH-2*hh-cardGap/m.s
	if bw > m.tileW {
		m.nx = int(math.Ceil((bw-m.tileW)/m.stepX)) + 1
	}
	if bh > m.tileH {
		m.ny = int(math.Ceil((bh-m.tileH)/m.stepY)) + 1
	}
	return m
}

// tile is one page's part of the map: its canvas rectangle and where it
// lands on the page.
type tile struct {
	tx, ty         int
	x0, y0, x1, y1 float64 // canvas
	top            float64 // page y of the tile's top edge
}

// page converts canvas to page coordinates.
func (t tile) page(m mapPlan, x, y float64) (float64, float64) {
	return marginL + (x-t.x0)*m.s, t.top + (y-t.y0)*m.s
}

// holds reports whether a card of half size hw × hh (canvas) lies wholly
// on the tile.
func (t tile) holds(c placed, hw, hh float64) bool {
	x, y := c.centre()
	return x-hw >= t.x0 && y-hh >= t.y0 && x+hw <= t.x1 && y+hh <= t.y1
}

// drawTiles lays cards out on landscape pages (the first is started, with
// the cursor below the section heading), one page per tile that holds a
// card, and calls draw for each; title names the pages after the first.
func (d *doc) drawTiles(cards []placed, m mapPlan, title string, draw func(t tile)) {
	top := d.f.GetY()
	w := d.width()
	h := d.bottom() - legendH - top
	var tiles []tile
	for ty := range m.ny {
		for tx := range m.nx {
			x0, y0 := m.minX+float64(tx)*m.stepX, m.minY+float64(ty)*m.stepY
			t := tile{tx: tx, ty: ty, x0: x0, y0: y0, x1: x0 + m.tileW, y1: y0 + m.tileH, top: top}
			hw, hh := m.half()
			if slices.ContainsFunc(cards, func(c placed) bool { return t.holds(c, hw, hh) }) {
				tiles = append(tiles, t)
			}
		}
	}
	for n, t := range tiles {
		if n > 0 {
			d.landscape()
			d.font("B", 12.5, ink)
			d.text(marginL, d.f.GetY(), w, title+" – "+d.lang.wordf("maptile", n+1, len(tiles)), "L")
			d.f.SetY(top)
		}
		if m.auto {
			d.font("", 7, muted)
			d.text(marginL, top-lh(7)-1, w, d.lang.word("autolayout"), "R")
		}
		d.stroke(rule, lineSmall)
		d.f.Rect(marginL, top, w, h, "D")
		draw(t)
		d.mapLegend(m, tiles, n, top+h+4)
	}
}

// drawMap draws the stakeholder map with everything on it: attitudes,
// influence, buying roles and every kind of relation.
func (d *doc) drawMap(people []kam.Stakeholder, rels []kam.Relation) {
	cards, auto := placePeople(people, d.width())
	m := planMap(cards, d.width(), d.bottom()-legendH-d.f.GetY())
	m.auto = auto
	d.drawTiles(cards, m, d.lang.word("map"), func(t tile) { d.drawTile(cards, rels, m, t) })
}

// drawTile draws one tile of the map.
func (d *doc) drawTile(cards []placed, rels []kam.Relation, m mapPlan, t tile) {
	hw, hh := m.half()
	byID := make(map[string]placed, len(cards))
	on := make(map[string]bool, len(cards))
	for _, c := range cards {
		byID[c.p.ID] = c
		on[c.p.ID] = t.holds(c, hw, hh)
	}
	// Several relations between the same two people are drawn side by side.
	type pair struct{ a, b string }
	key := func(r kam.Relation) pair {
		if r.From < r.To {
			return pair{r.From, r.To}
		}
		return pair{r.To, r.From}
	}
	count := map[pair]int{}
	for _, r := range rels {
		count[key(r)]++
	}
	seen := map[pair]int{}
	for _, r := range rels {
		k := key(r)
		shift := (float64(seen[k]) - float64(count[k]-1)/2) * 1.6 / m.s // 1.6 mm apart
		seen[k]++
		a, okA := byID[r.From]
		b, okB := byID[r.To]
		if !okA || !okB || r.From == r.To || (!on[r.From] && !on[r.To]) {
			continue
		}
		// From the edge of one card to the edge of the other.
		ax, ay := a.centre()
		bx, by := b.centre()
		dx, dy := bx-ax, by-ay
		if dx == 0 && dy == 0 {
			continue
		}
		// Offset perpendicular to the pair's own direction, so that both
		// directions of a pair shift the same way.
		l := math.Hypot(dx, dy)
		nx, ny := -dy/l*shift, dx/l*shift
		if k.a != r.From {
			nx, ny = -nx, -ny
		}
		ta := exit(dx, dy, hw, hh)
		sx, sy := ax+dx*ta+nx, ay+dy*ta+ny
		ex, ey := bx-dx*ta+nx, by-dy*ta+ny
		if ta >= 0.5 {
			continue // the cards touch: no room for a line
		}
		arrow := on[r.To]
		if !on[r.From] || !on[r.To] {
			// One end lies on another tile: stop at the tile's border.
			var ok bool
			sx, sy, ex, ey, ok = clip(sx, sy, ex, ey, t.x0, t.y0, t.x1, t.y1)
			if !ok {
				continue
			}
		}
		px, py := t.page(m, sx, sy)
		qx, qy := t.page(m, ex, ey)
		d.edge(r.Kind, px, py, qx, qy, arrow)
	}
	for _, c := range cards {
		if on[c.p.ID] {
			cx, cy := c.centre()
			x, y := t.page(m, cx, cy)
			d.card(c.p, x-m.cw/2, y-m.ch/2, m.cw, m.ch, false)
		}
	}
}

// exit returns the fraction of (dx, dy) at which a ray from a card's centre
// leaves a card of half size hw × hh.
func exit(dx, dy, hw, hh float64) float64 {
	t := math.Inf(1)
	if dx != 0 {
		t = hw / math.Abs(dx)
	}
	if dy != 0 {
		t = min(t, hh/math.Abs(dy))
	}
	return min(t, 0.5)
}

// clip cuts the segment to the rectangle (Liang–Barsky); ok is false when
// nothing of it is inside.
func clip(x0, y0, x1, y1, minX, minY, maxX, maxY float64) (float64, float64, float64, float64, bool) {
	t0, t1 := 0.0, 1.0
	dx, dy := x1-x0, y1-y0
	for _, e := range [4][2]float64{{-dx, x0 - minX}, {dx, maxX - x0}, {-dy, y0 - minY}, {dy, maxY - y0}} {
		p, q := e[0], e[1]
		if p == 0 {
			if q < 0 {
				return 0, 0, 0, 0, false
			}
			continue
		}
		r := q / p
		if p < 0 {
			t0 = max(t0, r)
		} else {
			t1 = min(t1, r)
		}
	}
	if t0 > t1 {
		return 0, 0, 0, 0, false
	}
	return x0 + t0*dx, y0 + t0*dy, x0 + t1*dx, y0 + t1*dy, true
}

// edge draws a relation: reports_to a grey arrow, influences a dashed
// accent arrow, conflict a red line.
func (d *doc) edge(kind kam.RelationKind, x0, y0, x1, y1 float64, arrow bool) {
	c := muted
	switch kind {
	case "influences":
		c = accent
		d.dash(1.2, 0.8)
	case "conflict":
		c = red
		arrow = false
	}
	d.stroke(c, 0.35)
	if kind == "conflict" {
		d.stroke(c, 0.55)
	}
	d.f.Line(x0, y0, x1, y1)
	d.dash()
	if !arrow {
		return
	}
	l := math.Hypot(x1-x0, y1-y0)
	if l < 0.1 {
		return
	}
	ux, uy := (x1-x0)/l, (y1-y0)/l
	const al, aw = 2.0, 0.8
	d.fill(c)
	d.f.Polygon([]gofpdf.PointType{
		{X: x1, Y: y1},
		{X: x1 - ux*al - uy*aw, Y: y1 - uy*al + ux*aw},
		{X: x1 - ux*al + uy*aw, Y: y1 - uy*al - ux*aw},
	}, "F")
}

// attitudeColor is the colour of a card's stripe: accent for people on our
// side, grey for neutral, red for opposition.
func attitudeColor(a int) rgb {
	switch {
	case a >= 2:
		return accent
	case a == 1:
		return tintDeep
	case a == -1:
		return rgb{214, 140, 140}
	case a <= -2:
		return red
	}
	return rule
}

// card draws one person's card at (x, y), w × h millimetres: name, title
// (two lines where it needs them) and department; on the map also the
// attitude as a stripe, the buying role and the influence as five squares.
// The org chart's card (chart) shows nothing but name, title and department.
func (d *doc) card(p *kam.Stakeholder, x, y, w, h float64, chart bool) {
	k := w / maxCard
	nameSize := min(max(8.6*k, 7), 8.6)
	titleSize := min(max(7.4*k, 6.2), 7.4)
	roleSize := min(max(6.8*k, 5.8), 6.8)
	d.fill(white)
	d.stroke(rgb{185, 185, 185}, 0.25)
	d.f.Rect(x, y, w, h, "FD")
	pad := 2.2
	if !chart {
		d.fill(attitudeColor(p.Attitude))
		d.f.Rect(x, y, 1.4, h, "F")
		pad += 0.8
	}
	iw := w - pad - 1.8
	// Name and title take two lines each where they need them and the card
	// has room: the first of each, then the second of each.
	d.font("B", nameSize, ink)
	name := d.wrap(oneLine(p.Name), iw)
	d.font("", titleSize, muted)
	title := d.wrap(oneLine(p.Title), iw)
	room := h - 1.6 - lh(roleSize) - 1.4
	nn, nt := min(len(name), 1), 0
	for _, step := range []struct {
		lines *int
		of    []string
		h     float64
	}{{&nt, title, lh(titleSize)}, {&nn, name, lh(nameSize)}, {&nt, title, lh(titleSize)}} {
		used := float64(nn)*lh(nameSize) + float64(nt)*lh(titleSize)
		if *step.lines < min(len(step.of), 2) && used+step.h <= room {
			*step.lines++
		}
	}
	ty := y + 1.6
	for i, l := range name[:nn] {
		d.font("B", nameSize, ink)
		if i == nn-1 && nn < len(name) {
			l = d.fit(strings.Join(name[i:], " "), iw)
		}
		d.text(x+pad, ty, iw, l, "L")
		ty += lh(nameSize)
	}
	for i, l := range title[:nt] {
		d.font("", titleSize, muted)
		if i == nt-1 && nt < len(title) {
			l = d.fit(strings.Join(title[i:], " "), iw)
		}
		d.text(x+pad, ty, iw, l, "L")
		ty += lh(titleSize)
	}
	d.font("", roleSize, faint)
	role := label(d.lang, glossary.Department, p.Department)
	rw := iw
	if !chart {
		role += " · " + label(d.lang, glossary.BuyingRole, p.BuyingRole)
		rw -= 8.5
	}
	d.text(x+pad, y+h-lh(roleSize)-1.1, rw, d.fit(oneLine(role), rw), "L")
	if chart {
		return
	}
	// Influence as five small squares at the bottom right.
	for i := range 5 {
		if i < p.Influence {
			d.fill(accent)
		} else {
			d.fill(rule)
		}
		d.f.Rect(x+w-2.6-float64(4-i)*1.6, y+h-3.0, 1.1, 1.1, "F")
	}
}

// mapLegend explains lines and colours and shows which tile this is.
func (d *doc) mapLegend(m mapPlan, tiles []tile, cur int, y float64) {
	x := marginL
	d.font("", 7, muted)
	item := func(draw func(x, y float64), label string) {
		draw(x, y+1.8)
		d.font("", 7, muted)
		d.text(x+8, y, 40, label, "L")
		x += 10 + d.f.GetStringWidth(label) + 5
	}
	line := func(kind kam.RelationKind) func(x, y float64) {
		return func(lx, ly float64) { d.edge(kind, lx, ly, lx+6, ly, kind != "conflict") }
	}
	if d.internal {
		item(line("reports_to"), label(d.lang, glossary.RelationKind, "reports_to"))
		item(line("influences"), label(d.lang, glossary.RelationKind, "influences"))
		item(line("conflict"), label(d.lang, glossary.RelationKind, "conflict"))
		for _, a := range []struct {
			v   int
			key string
		}{{2, "edge.positive"}, {0, "edge.neutral"}, {-2, "edge.negative"}} {
			item(func(lx, ly float64) { d.fill(attitudeColor(a.v)); d.f.Rect(lx+2, ly-1.8, 1.3, 3.6, "F") }, d.lang.word(a.key))
		}
		item(func(lx, ly float64) {
			for i := range 5 {
				d.fill(accent)
				d.f.Rect(lx+float64(i)*1.4-0.45, ly-0.45, 0.9, 0.9, "F")
			}
		}, d.lang.word("influence")+" 1–5")
	} else {
		item(func(lx, ly float64) {
			d.stroke(muted, 0.35)
			d.f.Line(lx, ly-1.6, lx, ly+0.6)
			d.f.Line(lx, ly+0.6, lx+6, ly+0.6)
		}, label(d.lang, glossary.RelationKind, "reports_to"))
	}
	// Which part of the map this page shows.
	if len(tiles) > 1 {
		const cw, ch = 4.0, 2.6
		nx := 0
		for _, t := range tiles {
			nx = max(nx, t.tx+1)
		}
		gx := marginL + d.width() - float64(nx)*(cw+0.6)
		for i, t := range tiles {
			d.fill(rule)
			if i == cur {
				d.fill(accent)
			}
			d.f.Rect(gx+float64(t.tx)*(cw+0.6), y+float64(t.ty)*(ch+0.6), cw, ch, "F")
		}
		d.font("", 7, muted)
		label := d.lang.wordf("maptile", cur+1, len(tiles))
		d.text(gx-d.f.GetStringWidth(label)-3, y, 40, label, "L")
	}
}
