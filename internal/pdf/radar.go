package pdf

import (
	"math"

	"github.com/jung-kurt/gofpdf"
)

// series is one polygon of a radar chart: a score 0–100 per area (nil:
// none), drawn with its own line and, optionally, filled and dotted.
type series struct {
	label  string
	scores []*float64
	line   rgb
	width  float64
	dash   []float64 // nil: solid
	fill   *rgb
	dots   bool
}

// radarChart draws the catalogue's areas as a radar chart centred at
// (cx, cy): the grid, every series (fills first, then lines, the first
// series on top), the area
// names around it with the score of labelled beside each (nil: names
// only), and a legend of the series below.
func (d *doc) radarChart(cx, cy, radius float64, all []series, labelled []*float64) {
	n := len(d.cat.Areas)
	if n < 3 {
		return
	}
	at := func(i int, v float64) gofpdf.PointType {
		a := -math.Pi/2 + 2*math.Pi*float64(i)/float64(n)
		return gofpdf.PointType{X: cx + radius*v/100*math.Cos(a), Y: cy + radius*v/100*math.Sin(a)}
	}
	ring := func(v float64) []gofpdf.PointType {
		pts := make([]gofpdf.PointType, n)
		for i := range n {
			pts[i] = at(i, v)
		}
		return pts
	}
	poly := func(scores []*float64) []gofpdf.PointType {
		pts := make([]gofpdf.PointType, n)
		for i := range n {
			v := 0.0
			if i < len(scores) && scores[i] != nil {
				v = *scores[i]
			}
			pts[i] = at(i, v)
		}
		return pts
	}
	some := func(scores []*float64) bool {
		for _, s := range scores {
			if s != nil {
				return true
			}
		}
		return false
	}
	d.fill(wash)
	d.f.Polygon(ring(100), "F")
	for _, s := range all {
		if s.fill != nil && some(s.scores) {
			d.fill(*s.fill)
			d.f.Polygon(poly(s.scores), "F")
		}
	}
	d.stroke(rule, lineSmall)
	for _, v := range []float64{25, 50, 75, 100} {
		d.f.Polygon(ring(v), "D")
	}
	for i := range n {
		p := at(i, 100)
		d.f.Line(cx, cy, p.X, p.Y)
	}
	// Lines last to first, so the first series lies on top.
	for k := len(all) - 1; k >= 0; k-- {
		s := all[k]
		if !some(s.scores) {
			continue
		}
		d.stroke(s.line, s.width)
		d.dash(s.dash...)
		d.f.Polygon(poly(s.scores), "D")
		d.dash()
		if s.dots {
			d.fill(s.line)
			for i, p := range poly(s.scores) {
				if i < len(s.scores) && s.scores[i] != nil {
					d.f.Circle(p.X, p.Y, 0.8, "F")
				}
			}
		}
	}
	// Area names around the chart.
	const labelW = 34.0
	for i, a := range d.cat.Areas {
		p := at(i, 118)
		d.font("B", 7, ink)
		lines := d.wrap(a.Title.In(d.langCode()), labelW)
		if len(lines) > 2 {
			lines = lines[:2]
		}
		h := lh(7)
		x, alignS := p.X-labelW/2, "C"
		switch {
		case p.X > cx+1:
			x, alignS = p.X-2, "L"
		case p.X < cx-1:
			x, alignS = p.X-labelW+2, "R"
		}
		y := p.Y - float64(len(lines))*h/2
		if i == 0 {
			y = p.Y - float64(len(lines))*h
		}
		for j, l := range lines {
			d.text(x, y+float64(j)*h, labelW, l, alignS)
		}
		if i < len(labelled) && labelled[i] != nil {
			d.font("B", 7, band(*labelled[i]))
			d.text(x, y+float64(len(lines))*h, labelW, d.lang.score(*labelled[i]), alignS)
		}
	}
	// The legend below, centred.
	var shown []series
	for _, s := range all {
		if some(s.scores) || s.fill != nil {
			shown = append(shown, s)
		}
	}
	const itemW = 44.0
	ly := cy + radius + 11
	lx := cx - itemW*float64(len(shown))/2 + 4
	d.font("", 7, muted)
	for _, s := range shown {
		if s.fill != nil {
			d.fill(*s.fill)
			d.stroke(s.line, s.width)
			d.f.Rect(lx, ly+0.6, 5, 2.4, "FD")
		} else {
			d.stroke(s.line, s.width)
			d.dash(s.dash...)
			d.f.Line(lx, ly+1.8, lx+5, ly+1.8)
			d.dash()
		}
		d.font("", 7, muted)
		d.text(lx+6.5, ly, itemW-8, s.label, "L")
		lx += itemW
	}
}

// areaScores are the scores of a round's areas, in catalogue order.
func areaScores[T any](areas []T, score func(T) *float64) []*float64 {
	out := make([]*float64, len(areas))
	for i, a := range areas {
		out[i] = score(a)
	}
	return out
}
