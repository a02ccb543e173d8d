package pdf

import (
	"slices"
	"strconv"

	"kamworkbench/internal/glossary"
	"kamworkbench/internal/kam"
)

// drawActions draws the action plan: unfinished actions by priority and due
// date, finished ones at the end.
func (d *doc) drawActions() {
	d.heading("actions", d.lang.word("actions"))
	acts := slices.Clone(d.ws.Actions)
	if len(acts) == 0 {
		d.para(d.lang.word("noactplan"), 0, "", 9.5, muted)
		return
	}
	slices.SortStableFunc(acts, func(a, b kam.Action) int {
		if da, db := a.Status == "done", b.Status == "done"; da != db {
			if da {
				return 1
			}
			return -1
		}
		return compareActions(a, b)
	})
	numbers := d.questionNumbers()
	cols := []col{
		{title: "#", w: 6},
		{title: d.lang.word("action"), w: 58},
		{title: d.lang.word("responsible"), w: 28},
		{title: d.lang.word("due"), w: 23},
		{title: d.lang.word("priority"), w: 15},
	}
	if d.internal {
		cols = append(cols, col{title: d.lang.word("success"), w: 12, align: "R"})
	} else {
		cols[1].w += 12 // the customer reads no success probabilities
	}
	t := d.newTable(8.5, append(cols, col{title: d.lang.word("status"), w: 20})...)
	var rows []row
	for i, a := range acts {
		title := []span{{text: a.Title, size: 8.5, color: ink}}
		if a.Internal {
			title = append(title, span{text: d.lang.word("internalaction"), style: "B", size: 7, color: red})
		}
		if n, ok := numbers[a.QuestionID]; ok {
			title = append(title, span{text: d.lang.word("refers") + " " + n, size: 7, color: muted})
		}
		c := ink
		if a.Status == "done" {
			c = faint
			title[0].color = faint
		}
		cells := []cell{
			{spans: []span{{text: strconv.Itoa(i + 1), size: 8.5, color: muted}}},
			{spans: title},
			{spans: []span{{text: a.Owner, size: 8.5, color: c}}},
			{spans: []span{{text: d.lang.date(a.Due), size: 8.5, color: c}}},
			d.priorityCell(t, a.Priority),
		}
		if d.internal {
			cells = append(cells, cell{spans: []span{{text: d.lang.percent(a.Probability), size: 8.5, color: c}}})
		}
		rows = append(rows, row{cells: append(cells, cell{spans: []span{{text: label(d.lang, glossary.Status, a.Status), size: 8.5, color: c}}})})
	}
	t.rows(rows)
}

// questionNumbers maps question ids to their numbers in the assessment
// section, with the text of the question after it.
func (d *doc) questionNumbers() map[string]string {
	m := map[string]string{}
	for i, a := range d.cat.Areas {
		for j, q := range a.Questions {
			m[q.ID] = d.qnum(i, j) + " – " + q.Text.In(d.langCode())
		}
	}
	return m
}
