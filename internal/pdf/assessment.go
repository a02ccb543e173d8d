package pdf

import (
	"slices"
	"strconv"

	"kamworkbench/internal/catalog"
	"kamworkbench/internal/glossary"
	"kamworkbench/internal/kam"
)

// drawAssessment draws every area with its questions: the catalogue's
// follow-up prompts, rating, the ticked options of list questions, the
// finding, and in the internal version our follow-up flag and notes.
func (d *doc) drawAssessment() {
	d.heading("assessment", d.lang.word("assessment"))
	cur := answers(d.ws)
	prev := answers(d.prev)
	for i, area := range d.cat.Areas {
		t := d.newTable(9, col{title: "#", w: 11}, col{title: d.lang.word("question"), w: 117}, col{title: d.lang.word("score"), w: 38})
		var rows []row
		for j, q := range area.Questions {
			rows = append(rows, d.question(t, d.qnum(i, j), q, cur[q.ID], prev[q.ID]))
		}
		keep := lh(10) + 3
		if len(rows) > 0 {
			keep += t.measure(rows[0])
		}
		d.subheading("area:"+area.ID, strconv.Itoa(i+1)+"  "+area.Title.In(d.langCode()), keep)
		d.areaLine(i)
		t.rows(rows)
		d.gap(4)
	}
}

// qnum is the number of the j-th question of the i-th area, as the
// catalogue numbers it for the window and every report: "1.3".
func (d *doc) qnum(i, j int) string { return d.cat.Areas[i].Questions[j].Number }

// areaLine writes an area's score, how many questions were rated and the
// previous round's score.
func (d *doc) areaLine(i int) {
	s := d.score.Areas[i]
	y := d.f.GetY()
	w := d.width()
	text := d.lang.word("noscore")
	if s.Score != nil {
		d.meter(marginL, y+1.2, 50, *s.Score, band(*s.Score))
		d.font("B", 10, band(*s.Score))
		d.text(marginL+53, y, 16, d.lang.score(*s.Score), "L")
		text = ""
	}
	text += strconv.Itoa(s.Answered) + " / " + strconv.Itoa(s.Total-s.NA) + " " + d.lang.word("answered")
	if s.NA > 0 {
		text += " · " + strconv.Itoa(s.NA) + " " + label(d.lang, glossary.Rating, glossary.NA)
	}
	if d.prevScr != nil {
		text += " · " + d.lang.word("previous") + ": " + d.optScore(d.prevScr.Areas[i].Score)
		if s.Score != nil && d.prevScr.Areas[i].Score != nil {
			text += " (" + d.lang.change(*s.Score, *d.prevScr.Areas[i].Score) + ")"
		}
	}
	d.font("", 8.5, muted)
	x := marginL
	if s.Score != nil {
		x = marginL + 70
	}
	d.text(x, y, w-(x-marginL), text, "L")
	d.f.SetY(y + lh(10) + 3)
}

// question lays one question out as a table row.
func (d *doc) question(t *table, num string, q catalog.Question, a, prev *kam.Answer) row {
	lang := d.langCode()
	text := []span{t.txt(q.Text.In(lang))}
	for k, f := range q.Followups {
		s := span{text: "› " + f.In(lang), size: 8, color: muted}
		if k == 0 {
			s.top = 0.6
		}
		text = append(text, s)
	}
	if a != nil && a.FollowUp {
		label := d.lang.word("followup")
		text = append(text, span{top: 1, h: 4.2, draw: func(x, y, w float64) {
			d.font("B", 6.5, accent)
			tw := d.f.GetStringWidth(label) + 3
			d.stroke(accent, 0.3)
			d.f.RoundedRect(x, y+0.5, tw, 3.4, 0.8, "1234", "D")
			d.text(x+1.5, y+0.6, tw, label, "L")
		}})
	}
	if len(q.Options) > 0 {
		var checked []string
		if a != nil {
			checked = a.Checked
		}
		for k, o := range q.Options {
			ticked := slices.Contains(checked, o.ID)
			c := muted
			if ticked {
				c = ink
			}
			s := span{text: o.Label.In(lang), size: 8, color: c, indent: 4.5, mark: d.checkbox(ticked)}
			if k == 0 {
				s.top = 1
			}
			text = append(text, s)
		}
	}
	if a != nil && a.Finding != "" {
		text = append(text,
			span{text: d.lang.word("finding"), style: "B", size: 7, color: accent, top: 1.4},
			span{text: a.Finding, size: 9, color: ink})
	}
	if a != nil && a.Notes != "" {
		text = append(text,
			span{text: d.lang.word("notes"), style: "B", size: 7, color: muted, top: 1.2},
			span{text: a.Notes, size: 8.5, color: muted})
	}
	text = append(text, d.roomVotes(q.ID)...)
	rating := d.ratingCell(a, 8.5)
	rating.spans = append(rating.spans, d.roomRating(q.ID)...)
	if d.prev != nil && prev != nil && (prev.NA || prev.Rating != nil) {
		was := label(d.lang, glossary.Rating, glossary.NA)
		if !prev.NA {
			was = labelInt(d.lang, glossary.Rating, *prev.Rating)
		}
		rating.spans = append(rating.spans, span{text: d.lang.word("previous") + ": " + was, size: 7, color: faint, top: 0.6})
	}
	return row{cells: []cell{{spans: []span{{text: num, size: 8.5, color: muted}}}, {spans: text}, rating}}
}

// checkbox draws a small box, filled when ticked, before an option.
func (d *doc) checkbox(ticked bool) func(x, y float64) {
	return func(x, y float64) {
		const s = 2.4
		d.stroke(muted, 0.25)
		if ticked {
			d.fill(accent)
			d.stroke(accent, 0.25)
			d.f.Rect(x, y+0.6, s, s, "FD")
			// a tick drawn as two strokes
			d.stroke(white, 0.35)
			d.f.Line(x+0.5, y+0.6+s*0.55, x+s*0.42, y+0.6+s-0.55)
			d.f.Line(x+s*0.42, y+0.6+s-0.55, x+s-0.45, y+0.6+0.5)
			return
		}
		d.f.Rect(x, y+0.6, s, s, "D")
	}
}
