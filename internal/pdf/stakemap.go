package pdf

import (
	"math"
	"slices"

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
	// wide: smaller stays legible only split over several pages, larger
	// looks blown up.
	minCard = 28.0
	maxCard = 44.0
	legendH = 16.0
)

// placed is a person on the map canvas.
type placed struct {
	p    *kam.Stakeholder
	x, y float64
}

// mapPlan is how the canvas is laid onto pages: scale s (mm per canvas
// unit), the canvas origin, and the tiles (several when the map does not fit
// one page at a legible size).
type mapPlan struct {
	s            float64
	minX, minY   float64
	tileW, tileH float64 // canvas size of one tile
	stepX, stepY float64 // canvas distance between tiles
	nx, ny       int
	auto         bool
}

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

// planMap fits the canvas into an area of w × h millimetres.
func planMap(people []placed, w, h float64) mapPlan {
	m := mapPlan{minX: math.Inf(1), minY: math.Inf(1), nx: 1, ny: 1}
	maxX, maxY := math.Inf(-1), math.Inf(-1)
	for _, p := range people {
		m.minX, m.minY = min(m.minX, p.x), min(m.minY, p.y)
		maxX, maxY = max(maxX, p.x+cardW), max(maxY, p.y+cardH)
	}
	// A margin of a quarter card around the whole map.
	m.minX -= cardW / 4
	m.minY -= cardH / 4
	bw, bh := maxX+cardW/4-m.minX, maxY+cardH/4-m.minY
	m.s = min(w/bw, h/bh, maxCard/cardW)
	if m.s < minCard/cardW {
		m.s = minCard / cardW
	}
	m.tileW, m.tileH = w/m.s, h/m.s
	// Tiles overlap by a card, so every card lies wholly on some tile.
	m.stepX, m.stepY = m.tileW-cardW*1.25, m.tileH-cardH*1.25
	if bw > m.tileW {
		m.nx = int(math.Ceil((bw-m.tileW)/m.stepX)) + 1
	}
	if bh > m.tileH {
		m.ny = int(math.Ceil((bh-m.tileH)/m.stepY)) + 1
	}
	return m
}

// drawMap draws the stakeholder map on landscape pages; the first page is
// already started, with the cursor below the section heading.
func (d *doc) drawMap(people []kam.Stakeholder, rels []kam.Relation) {
	top := d.f.GetY()
	w := d.width()
	cards, auto := placePeople(people, w)
	h := d.bottom() - legendH - top
	m := planMap(cards, w, h)
	m.auto = auto
	n := 0
	var tiles [][2]int
	for ty := range m.ny {
		for tx := range m.nx {
			// A tile shows the cards that lie wholly on it; skip empty ones.
			x0, y0 := m.minX+float64(tx)*m.stepX, m.minY+float64(ty)*m.stepY
			for _, c := range cards {
				if c.x >= x0 && c.y >= y0 && c.x+cardW <= x0+m.tileW && c.y+cardH <= y0+m.tileH {
					tiles = append(tiles, [2]int{tx, ty})
					break
				}
			}
		}
	}
	for _, t := range tiles {
		n++
		if n > 1 {
			d.landscape()
			d.font("B", 12.5, ink)
			d.text(marginL, d.f.GetY(), w, d.lang.word("map")+" – "+d.lang.wordf("maptile", n, len(tiles)), "L")
			d.f.SetY(top)
		}
		if m.auto {
			d.font("I", 7, muted)
			d.text(marginL, top-lh(7)-1, w, d.lang.word("autolayout"), "R")
		}
		d.drawTile(cards, rels, m, t[0], t[1], top, h)
		d.mapLegend(m, tiles, n-1, top+h+4)
	}
}

// drawTile draws one tile of the map at the given page area.
func (d *doc) drawTile(cards []placed, rels []kam.Relation, m mapPlan, tx, ty int, top, h float64) {
	x0, y0 := m.minX+float64(tx)*m.stepX, m.minY+float64(ty)*m.stepY
	x1, y1 := x0+m.tileW, y0+m.tileH
	// page converts canvas to page coordinates.
	page := func(x, y float64) (float64, float64) { return marginL + (x-x0)*m.s, top + (y-y0)*m.s }
	byID := make(map[string]placed, len(cards))
	on := make(map[string]bool, len(cards))
	for _, c := range cards {
		byID[c.p.ID] = c
		on[c.p.ID] = c.x >= x0 && c.y >= y0 && c.x+cardW <= x1 && c.y+cardH <= y1
	}
	d.stroke(rule, lineSmall)
	d.f.Rect(marginL, top, d.width(), h, "D")
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
		if d.internal || r.Kind != "conflict" {
			count[key(r)]++
		}
	}
	seen := map[pair]int{}
	for _, r := range rels {
		if !d.internal && r.Kind == "conflict" {
			continue
		}
		k := key(r)
		shift := (float64(seen[k]) - float64(count[k]-1)/2) * 1.6 / m.s // 1.6 mm apart
		seen[k]++
		a, okA := byID[r.From]
		b, okB := byID[r.To]
		if !okA || !okB || r.From == r.To || (!on[r.From] && !on[r.To]) {
			continue
		}
		// From the edge of one card to the edge of the other.
		ax, ay := a.x+cardW/2, a.y+cardH/2
		bx, by := b.x+cardW/2, b.y+cardH/2
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
		ta := exit(dx, dy)
		sx, sy := ax+dx*ta+nx, ay+dy*ta+ny
		ex, ey := bx-dx*ta+nx, by-dy*ta+ny
		arrow := on[r.To]
		if !on[r.From] || !on[r.To] {
			// One end lies on another tile: stop at the tile's border.
			var ok bool
			sx, sy, ex, ey, ok = clip(sx, sy, ex, ey, x0, y0, x1, y1)
			if !ok {
				continue
			}
		}
		px, py := page(sx, sy)
		qx, qy := page(ex, ey)
		d.edge(r.Kind, px, py, qx, qy, arrow)
	}
	for _, c := range cards {
		if on[c.p.ID] {
			x, y := page(c.x, c.y)
			d.card(c.p, x, y, cardW*m.s, cardH*m.s)
		}
	}
}

// exit returns the fraction of (dx, dy) at which a ray from a card's centre
// leaves the card.
func exit(dx, dy float64) float64 {
	t := math.Inf(1)
	if dx != 0 {
		t = cardW / 2 / math.Abs(dx)
	}
	if dy != 0 {
		t = min(t, cardH/2/math.Abs(dy))
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

// card draws one person's card at (x, y), w × h millimetres. The type
// grows with the card but never drops below about 5 points.
func (d *doc) card(p *kam.Stakeholder, x, y, w, h float64) {
	k := min(max(w/36, 0.8), 1.25)
	nameSize := min(max(0.2*w, 5.6), 8.2)
	titleSize := min(max(0.165*w, 4.8), 6.8)
	roleSize := min(max(0.15*w, 4.5), 6.2)
	d.fill(white)
	d.stroke(rgb{185, 185, 185}, 0.25)
	d.f.Rect(x, y, w, h, "FD")
	pad := 1.8 * k
	if d.internal {
		d.fill(attitudeColor(p.Attitude))
		d.f.Rect(x, y, 1.3*k, h, "F")
		pad += 0.8 * k
	}
	iw := w - pad - 1.4*k
	ty := y + 1.2*k
	d.font("B", nameSize, ink)
	d.text(x+pad, ty, iw, d.fit(oneLine(p.Name), iw), "L")
	ty += lh(nameSize)
	if p.Title != "" {
		d.font("", titleSize, muted)
		d.text(x+pad, ty, iw, d.fit(oneLine(p.Title), iw), "L")
	}
	d.font("", roleSize, faint)
	role := label(d.lang, glossary.Department, p.Department) + " · " + label(d.lang, glossary.BuyingRole, p.BuyingRole)
	rw := iw - 7.5*k
	d.text(x+pad, y+h-lh(roleSize)-0.8*k, rw, d.fit(role, rw), "L")
	// Influence as five small squares at the bottom right.
	for i := range 5 {
		if i < p.Influence {
			d.fill(accent)
		} else {
			d.fill(rule)
		}
		d.f.Rect(x+w-2.05*k-float64(4-i)*1.4*k, y+h-2.35*k, 0.9*k, 0.9*k, "F")
	}
}

// mapLegend explains lines and colours and shows which tile this is.
func (d *doc) mapLegend(m mapPlan, tiles [][2]int, cur int, y float64) {
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
	item(line("reports_to"), label(d.lang, glossary.RelationKind, "reports_to"))
	item(line("influences"), label(d.lang, glossary.RelationKind, "influences"))
	if d.internal {
		item(line("conflict"), label(d.lang, glossary.RelationKind, "conflict"))
		for _, a := range []struct {
			v   int
			key string
		}{{2, "edge.positive"}, {0, "edge.neutral"}, {-2, "edge.negative"}} {
			item(func(lx, ly float64) { d.fill(attitudeColor(a.v)); d.f.Rect(lx+2, ly-1.8, 1.3, 3.6, "F") }, d.lang.word(a.key))
		}
	}
	item(func(lx, ly float64) {
		for i := range 5 {
			d.fill(accent)
			d.f.Rect(lx+float64(i)*1.4-0.45, ly-0.45, 0.9, 0.9, "F")
		}
	}, d.lang.word("influence")+" 1–5")
	// Which part of the map this page shows.
	if len(tiles) > 1 {
		const cw, ch = 4.0, 2.6
		gx := marginL + d.width() - float64(m.nx)*(cw+0.6)
		for _, t := range tiles {
			d.fill(rule)
			if t == tiles[cur] {
				d.fill(accent)
			}
			d.f.Rect(gx+float64(t[0])*(cw+0.6), y+float64(t[1])*(ch+0.6), cw, ch, "F")
		}
		d.font("", 7, muted)
		label := d.lang.wordf("maptile", cur+1, len(tiles))
		d.text(gx-d.f.GetStringWidth(label)-3, y, 40, label, "L")
	}
}
