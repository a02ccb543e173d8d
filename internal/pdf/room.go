package pdf

import (
	"strconv"

	"kamworkbench/internal/glossary"
	"kamworkbench/internal/kam"
)

// customerLine is the colour of the customer's view; ours is the accent,
// the agreed scores grey.
var customerLine = rgb{186, 92, 18}

// voted reports whether the room voted on any question of the workshop.
func (d *doc) voted() bool {
	for _, q := range d.score.Questions {
		if q.Votes > 0 {
			return true
		}
	}
	return false
}

// questionAt finds a question of the catalogue: its area and place there.
func (d *doc) questionAt(id string) (i, j int, ok bool) {
	for i, a := range d.cat.Areas {
		for j, q := range a.Questions {
			if q.ID == id {
				return i, j, true
			}
		}
	}
	return 0, 0, false
}

// drawRoom draws the views in the room, when the room voted: the
// customer's view, ours and the agreed scores side by side in a radar and
// a table (with the change since the previous round, when it had votes),
// the questions where the room disagrees and those where the two sides
// differ most. It shows the room's spread and each side's mean, never who
// voted what, so it is the same for both audiences.
func (d *doc) drawRoom() {
	if !d.voted() {
		return
	}
	p := d.score.Perspectives
	d.subheading("", d.lang.word("room"), 86)
	d.para(d.lang.word("roomnote"), 0, "", 8, muted)
	d.gap(2)

	persp := func(a kam.PerspectiveArea) *float64 { return a.Score }
	agreed := func(a kam.AreaScore) *float64 { return a.Score }
	y := d.f.GetY()
	d.radarChart(marginL+d.width()/2, y+33, 24, []series{
		{label: d.lang.word("persp.customer"), scores: areaScores(p.Customer.Areas, persp), line: customerLine, width: 0.7, dots: true},
		{label: d.lang.word("persp.ours"), scores: areaScores(p.Ours.Areas, persp), line: accent, width: 0.7, dots: true},
		{label: d.lang.word("persp.agreed"), scores: areaScores(d.score.Areas, agreed), line: muted, width: 0.45, dash: []float64{1.2, 0.9}, fill: &wash},
	}, nil)
	d.f.SetY(y + 76)

	t := d.newTable(9, col{title: d.lang.word("area"), w: 70}, col{title: d.lang.word("persp.customer"), w: 32, align: "R"},
		col{title: d.lang.word("persp.ours"), w: 32, align: "R"}, col{title: d.lang.word("persp.agreed"), w: 32, align: "R"})
	for i, a := range d.cat.Areas {
		t.row(row{cells: []cell{t.one(a.Title.In(d.langCode())),
			d.scoreText(t, at(p.Customer.Areas, i)), d.scoreText(t, at(p.Ours.Areas, i)), d.scoreText(t, d.score.Areas[i].Score)}})
	}
	t.row(row{bold: true, cells: []cell{t.one(d.lang.word("overall")),
		d.scoreText(t, p.Customer.Overall), d.scoreText(t, p.Ours.Overall), d.scoreText(t, d.score.Overall)}})
	if prev := d.prevRoom(); prev != nil {
		q := d.prevScr.Perspectives
		t.row(row{cells: []cell{
			{spans: []span{{text: d.lang.word("previous") + " (" + d.lang.date(d.prev.Date) + ")", size: 8, color: muted}}},
			d.changeText(t, p.Customer.Overall, q.Customer.Overall), d.changeText(t, p.Ours.Overall, q.Ours.Overall),
			d.changeText(t, d.score.Overall, d.prevScr.Overall)}})
	}

	d.drawDisagreements()
	d.drawSideDifferences()
}

// prevRoom is the previous round when the room voted there too: then each
// perspective's change is worth showing.
func (d *doc) prevRoom() *kam.Report {
	if d.prevScr == nil {
		return nil
	}
	if d.prevScr.Perspectives.Customer.Overall == nil && d.prevScr.Perspectives.Ours.Overall == nil {
		return nil
	}
	return d.prevScr
}

func at(areas []kam.PerspectiveArea, i int) *float64 {
	if i < len(areas) {
		return areas[i].Score
	}
	return nil
}

// scoreText is a score as a whole number in its band's colour, or a dash.
func (d *doc) scoreText(t *table, v *float64) cell {
	if v == nil {
		return cell{spans: []span{{text: "–", size: t.size, color: faint}}}
	}
	return cell{spans: []span{{text: d.lang.score(*v), style: "B", size: t.size, color: band(*v)}}}
}

// changeText is the previous score with the change since: "43 (+26)".
func (d *doc) changeText(t *table, cur, prev *float64) cell {
	if prev == nil {
		return cell{spans: []span{{text: "–", size: 8, color: faint}}}
	}
	s := d.lang.score(*prev)
	if cur != nil {
		s += " (" + d.lang.change(*cur, *prev) + ")"
	}
	return cell{spans: []span{{text: s, size: 8, color: muted}}}
}

// valueText is a side's mean rating of a question with one decimal, or a dash.
func (d *doc) valueText(t *table, v *float64) cell {
	if v == nil {
		return cell{spans: []span{{text: "–", size: t.size, color: faint}}}
	}
	return t.one(d.lang.value(*v))
}

// questionCells are the number and text of a question for a list.
func (d *doc) questionCells(t *table, id string) (cell, cell) {
	i, j, ok := d.questionAt(id)
	if !ok {
		return t.one(""), t.one(id)
	}
	return cell{spans: []span{{text: d.qnum(i, j), size: t.size, color: muted}}},
		t.one(d.cat.Areas[i].Questions[j].Text.In(d.langCode()))
}

// drawDisagreements lists up to five questions on which the room has no
// consensus, widest spread first, with each side's mean.
func (d *doc) drawDisagreements() {
	list := d.score.Disagreements()
	if len(list) == 0 {
		d.subheading("", d.lang.word("disagree"), 10)
		d.para(d.lang.word("nodisagree"), 0, "", 9, muted)
		return
	}
	t := d.newTable(8.5, col{title: "#", w: 11}, col{title: d.lang.word("question"), w: 95}, col{title: d.lang.word("spread"), w: 20, align: "R"},
		col{title: d.lang.word("persp.customer"), w: 20, align: "R"}, col{title: d.lang.word("persp.ours"), w: 20, align: "R"})
	var rows []row
	for _, q := range list[:min(5, len(list))] {
		num, text := d.questionCells(t, q.ID)
		rows = append(rows, row{cells: []cell{num, text,
			{spans: []span{{text: strconv.Itoa(*q.Spread), style: "B", size: t.size, color: red}}},
			d.valueText(t, q.Customer), d.valueText(t, q.Ours)}})
	}
	d.subheading("", d.lang.word("disagree"), t.total(rows))
	for _, r := range rows {
		t.row(r)
	}
}

// drawSideDifferences lists up to five questions that both sides rated,
// the largest difference between the customer's view and ours first.
func (d *doc) drawSideDifferences() {
	list := d.score.SideDifferences()
	if len(list) == 0 {
		d.subheading("", d.lang.word("sidediff"), 10)
		d.para(d.lang.word("nosidediff"), 0, "", 9, muted)
		return
	}
	t := d.newTable(8.5, col{title: "#", w: 11}, col{title: d.lang.word("question"), w: 95}, col{title: d.lang.word("persp.customer"), w: 20, align: "R"},
		col{title: d.lang.word("persp.ours"), w: 20, align: "R"}, col{title: d.lang.word("difference"), w: 20, align: "R"})
	var rows []row
	for _, q := range list[:min(5, len(list))] {
		num, text := d.questionCells(t, q.ID)
		diff := *q.Customer - *q.Ours
		sign := "+"
		if diff < 0 {
			sign, diff = "−", -diff
		}
		rows = append(rows, row{cells: []cell{num, text, d.valueText(t, q.Customer), d.valueText(t, q.Ours),
			{spans: []span{{text: sign + d.lang.value(diff), style: "B", size: t.size, color: ink}}}}})
	}
	d.subheading("", d.lang.word("sidediff"), t.total(rows))
	for _, r := range rows {
		t.row(r)
	}
}

// questionScore is what the room made of a question, nil when nobody voted.
func (d *doc) questionScore(id string) *kam.QuestionScore {
	for i := range d.score.Questions {
		if q := &d.score.Questions[i]; q.ID == id && q.Votes > 0 {
			return q
		}
	}
	return nil
}

// roomRating is what goes below a question's rating when the room voted:
// how many votes, their spread and, when the room is far apart, that it has
// no consensus.
func (d *doc) roomRating(id string) []span {
	q := d.questionScore(id)
	if q == nil {
		return nil
	}
	s := strconv.Itoa(q.Votes) + " " + d.lang.word("votes")
	if q.Spread != nil {
		s += " · " + d.lang.word("spread") + " " + strconv.Itoa(*q.Spread)
	}
	out := []span{{text: s, size: 7, color: muted, top: 0.8}}
	if !q.Consensus {
		out = append(out, span{text: d.lang.word("noconsensus"), style: "B", size: 7, color: red})
	}
	return out
}

// roomVotes is who in the room rated a question how. Only our own version
// has the votes one by one (audience.For): the customer's shows the room's
// spread but never a name beside a vote.
func (d *doc) roomVotes(id string) []span {
	if d.questionScore(id) == nil {
		return nil
	}
	names := map[string]kam.Participant{}
	for _, p := range d.ws.Participants {
		names[p.ID] = p
	}
	text := ""
	for _, side := range kam.Sides {
		for _, p := range d.ws.Participants {
			if sideOf(p) != side {
				continue
			}
			for _, v := range d.ws.Votes {
				if v.ParticipantID != p.ID || v.QuestionID != id {
					continue
				}
				r := label(d.lang, glossary.Rating, glossary.NA)
				if v.Rating != nil {
					r = strconv.Itoa(*v.Rating)
				}
				if text != "" {
					text += " · "
				}
				text += p.Name + " " + r
			}
		}
	}
	if text == "" {
		return nil
	}
	return []span{
		{text: d.lang.word("roomvotes"), style: "B", size: 7, color: muted, top: 1.2},
		{text: text, size: 7.5, color: muted},
	}
}
