package pdf

import (
	"math"
	"slices"
	"strconv"

	"kamworkbench/internal/glossary"
	"kamworkbench/internal/kam"
)

// drawSummary draws the executive summary: overall and area scores, the
// radar chart, the comparison with the previous round, the five largest
// gaps and the top actions.
func (d *doc) drawSummary() {
	d.heading("summary", d.lang.word("summary"))
	top := d.f.GetY()
	const leftW = 62.0
	w := d.width()

	// The overall score, large.
	d.f.SetY(top + 2)
	d.label(d.lang.word("overall"))
	y := d.f.GetY()
	if d.score.Overall != nil {
		d.font("B", 34, band(*d.score.Overall))
		d.text(marginL, y, leftW, d.lang.score(*d.score.Overall), "L")
		d.font("", 9, muted)
		d.text(marginL, y+14, leftW, d.lang.word("of100"), "L")
		d.meter(marginL, y+20, leftW-8, *d.score.Overall, band(*d.score.Overall))
	} else {
		d.font("", 11, muted)
		d.text(marginL, y+2, leftW, d.lang.word("noscore"), "L")
	}
	y += 28
	if d.prev != nil && d.prevScr.Overall != nil {
		d.font("", 8.5, muted)
		d.text(marginL, y, leftW, d.lang.word("previous")+" ("+d.lang.date(d.prev.Date)+"): "+d.lang.score(*d.prevScr.Overall), "L")
		y += lh(8.5)
		if d.score.Overall != nil {
			d.font("B", 8.5, ink)
			d.text(marginL, y, leftW, d.lang.word("change")+": "+d.lang.change(*d.score.Overall, *d.prevScr.Overall), "L")
			y += lh(8.5)
		}
	}
	var answered, na, total int
	for _, a := range d.score.Areas {
		answered += a.Answered
		na += a.NA
		total += a.Total
	}
	y += 2
	d.font("", 8.5, muted)
	d.text(marginL, y, leftW, strconv.Itoa(answered)+" / "+strconv.Itoa(total)+" "+d.lang.word("answered")+
		" · "+strconv.Itoa(na)+" "+label(d.lang, glossary.Rating, glossary.NA), "L")

	// The radar chart to the right.
	cx := marginL + leftW + (w-leftW)/2
	d.radar(cx, top+31, 22)
	d.f.SetY(top + 73)
	cols := []col{{title: d.lang.word("area"), w: 60}, {title: d.lang.word("score"), w: 44}}
	if d.prev != nil {
		cols = append(cols, col{title: d.lang.word("previous"), w: 20, align: "R"}, col{title: d.lang.word("change"), w: 20, align: "R"})
	}
	cols = append(cols, col{title: d.lang.word("answered"), w: 18, align: "R"})
	t := d.newTable(9, cols...)
	for i, a := range d.cat.Areas {
		s := d.score.Areas[i]
		cells := []cell{t.one(a.Title.In(d.langCode())), d.scoreCell(s.Score)}
		if d.prev != nil {
			p := d.prevScr.Areas[i]
			cells = append(cells, t.one(d.optScore(p.Score)), t.one(d.delta(s.Score, p.Score)))
		}
		cells = append(cells, t.one(strconv.Itoa(s.Answered)+" / "+strconv.Itoa(s.Total-s.NA)))
		t.row(row{cells: cells})
	}
	d.gap(1)
	d.para(d.lang.word("scorenote"), 0, "", 7, faint)

	d.drawLargestGaps()
	d.drawTopActions()
	d.drawRoom()
}

// scoreCell is a 0–100 meter with the value beside it.
func (d *doc) scoreCell(v *float64) cell {
	return cell{spans: []span{{h: lh(9), draw: func(x, y, w float64) {
		if v == nil {
			d.font("", 9, faint)
			d.text(x, y, w, "–", "L")
			return
		}
		d.meter(x, y+1, w-14, *v, band(*v))
		d.font("B", 9, band(*v))
		d.text(x+w-12, y, 12, d.lang.score(*v), "R")
	}}}}
}

func (d *doc) optScore(v *float64) string {
	if v == nil {
		return "–"
	}
	return d.lang.score(*v)
}

func (d *doc) delta(cur, prev *float64) string {
	if cur == nil || prev == nil {
		return "–"
	}
	return d.lang.change(*cur, *prev)
}

// radar draws the five areas as a radar chart centred at (cx, cy): the
// current round filled, the previous round as a dashed outline.
func (d *doc) radar(cx, cy, radius float64) {
	score := func(a kam.AreaScore) *float64 { return a.Score }
	cur := areaScores(d.score.Areas, score)
	label := d.lang.word("current")
	if d.ws.Date != "" {
		label += " (" + d.lang.date(d.ws.Date) + ")"
	}
	all := []series{{label: label, scores: cur, line: accent, width: 0.7, fill: &tint, dots: true}}
	if d.prevScr != nil && d.prevScr.Overall != nil {
		all = append(all, series{label: d.lang.word("previous") + " (" + d.lang.date(d.prev.Date) + ")",
			scores: areaScores(d.prevScr.Areas, score), line: muted, width: 0.45, dash: []float64{1.2, 0.9}})
	}
	d.radarChart(cx, cy, radius, all, cur)
}

// ratingCell shows an answer's rating as a word with a four-part bar.
func (d *doc) ratingCell(a *kam.Answer, size float64) cell {
	switch {
	case a == nil || (!a.NA && a.Rating == nil):
		return cell{spans: []span{{text: d.lang.word("notrated"), size: size, color: faint}}}
	case a.NA:
		return cell{spans: []span{{text: label(d.lang, glossary.Rating, glossary.NA), size: size, color: muted}}}
	}
	r := min(max(*a.Rating, 0), 4)
	return cell{spans: []span{
		{text: labelInt(d.lang, glossary.Rating, r), size: size, color: ink},
		{h: 3.4, draw: func(x, y, w float64) { d.bar(x, y+0.6, r, 4, 4.2, accent) }},
	}}
}

// answers indexes a workshop's answers by question.
func answers(w *kam.WorkshopData) map[string]*kam.Answer {
	if w == nil {
		return map[string]*kam.Answer{}
	}
	m := make(map[string]*kam.Answer, len(w.Answers))
	for i := range w.Answers {
		m[w.Answers[i].QuestionID] = &w.Answers[i]
	}
	return m
}

// drawLargestGaps lists the five largest gaps: questions whose value is below
// 2.5, lowest first (kam.Report.Gaps). A rated 3 or 4 is never a gap, however
// few questions are rated.
func (d *doc) drawLargestGaps() {
	where := map[string][2]int{}
	for i, area := range d.cat.Areas {
		for j, q := range area.Questions {
			where[q.ID] = [2]int{i, j}
		}
	}
	gaps := d.score.Gaps()
	if len(gaps) == 0 {
		none := "nogapsbelow"
		if !slices.ContainsFunc(d.score.Questions, func(q kam.QuestionScore) bool { return q.Value != nil }) {
			none = "nogaps"
		}
		d.subheading("", d.lang.word("largestgaps"), 10)
		d.para(d.lang.word(none), 0, "", 9, muted)
		return
	}
	t := d.newTable(8.5, col{title: "#", w: 11}, col{title: d.lang.word("question"), w: 116}, col{title: d.lang.word("score"), w: 39})
	var rows []row
	for _, g := range gaps {
		at, ok := where[g.ID]
		if !ok || g.Value == nil {
			continue
		}
		q := d.cat.Areas[at[0]].Questions[at[1]]
		rows = append(rows, row{cells: []cell{
			{spans: []span{{text: d.qnum(at[0], at[1]), size: 8.5, color: muted}}},
			t.one(q.Text.In(d.langCode())),
			d.valueLine(*g.Value, 8.5),
		}})
		if len(rows) == 5 {
			break
		}
	}
	d.subheading("", d.lang.word("largestgaps"), t.total(rows))
	t.rows(rows)
}

// valueLine shows a question's value as a four-part bar (the value rounded)
// with the value and its rating word beside it, on one line: "1,5 ansatzweise".
func (d *doc) valueLine(v float64, size float64) cell {
	r := min(max(int(math.Round(v)), 0), 4)
	text := d.lang.value(v) + " " + labelInt(d.lang, glossary.Rating, r)
	return cell{spans: []span{{h: lh(size), draw: func(x, y, w float64) {
		d.bar(x, y+1, r, 4, 3.2, accent)
		d.font("", size, ink)
		d.text(x+15.5, y, w-15.5, text, "L")
	}}}}
}

// drawTopActions lists up to five unfinished actions, highest priority and
// earliest due date first.
func (d *doc) drawTopActions() {
	var open []kam.Action
	for _, a := range d.ws.Actions {
		if a.Status != "done" {
			open = append(open, a)
		}
	}
	slices.SortStableFunc(open, compareActions)
	if len(open) == 0 {
		d.subheading("", d.lang.word("topactions"), 10)
		d.para(d.lang.word("noactions"), 0, "", 9, muted)
		return
	}
	t := d.newTable(8.5, col{title: d.lang.word("action"), w: 95}, col{title: d.lang.word("responsible"), w: 32},
		col{title: d.lang.word("due"), w: 23}, col{title: d.lang.word("priority"), w: 16})
	var rows []row
	for _, a := range open[:min(5, len(open))] {
		rows = append(rows, row{cells: []cell{t.one(a.Title), t.one(a.Owner), t.one(d.lang.date(a.Due)), d.priorityCell(t, a.Priority)}})
	}
	d.subheading("", d.lang.word("topactions"), t.total(rows))
	t.rows(rows)
}

// compareActions orders actions by priority, then due date (undated last).
func compareActions(x, y kam.Action) int {
	if c := slices.Index(kam.Priorities, x.Priority) - slices.Index(kam.Priorities, y.Priority); c != 0 {
		return c
	}
	switch {
	case x.Due == y.Due:
		return 0
	case x.Due == "":
		return 1
	case y.Due == "":
		return -1
	case x.Due < y.Due:
		return -1
	}
	return 1
}

func (d *doc) priorityCell(t *table, p kam.Priority) cell {
	s := span{text: label(d.lang, glossary.Priority, p), size: t.size, color: ink}
	if p == "high" {
		s.style, s.color = "B", accent
	}
	return cell{spans: []span{s}}
}
