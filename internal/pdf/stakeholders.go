package pdf

import (
	"strconv"
	"strings"
	"time"

	"kamworkbench/internal/glossary"
	"kamworkbench/internal/kam"
)

// drawStakeholders draws our stakeholder map on landscape pages, then the
// table of people and the coverage gaps: the internal version's section.
func (d *doc) drawStakeholders() {
	people := d.acc.Stakeholders
	if len(people) == 0 {
		d.heading("stakeholders", d.lang.word("stakeholders"))
		d.para(d.lang.word("nopeople"), 0, "", 9.5, muted)
		return
	}
	d.headingOn(d.landscape, "stakeholders", d.lang.word("stakeholders"))
	d.drawMap(people, d.acc.Relations)

	d.page()
	d.got.pages["people"] = d.f.PageNo()
	d.subheading("", d.lang.word("people"), 24)
	d.peopleTable(people)
	d.subheading("", d.lang.word("gaps"), 16)
	d.coverageGaps(people)
}

// peopleTable lists everyone with attitude, relationship, owner, last
// contact and notes.
func (d *doc) peopleTable(people []kam.Stakeholder) {
	cols := []col{
		{title: d.lang.word("name") + " / " + d.lang.word("function"), w: 33},
		{title: d.lang.word("department") + " / " + d.lang.word("role"), w: 40},
		{title: d.lang.word("influence"), w: 14},
		{title: d.lang.word("attitude"), w: 25},
		{title: d.lang.word("relationship"), w: 20},
		{title: d.lang.word("owner"), w: 20},
		{title: d.lang.word("lastcontact"), w: 23},
	}
	t := d.newTable(8.5, cols...)
	var rows []row
	for i := range people {
		p := &people[i]
		name := []span{{text: p.Name, style: "B", size: 8.5, color: ink}}
		if p.Title != "" {
			name = append(name, span{text: p.Title, size: 7.5, color: muted})
		}
		cells := []cell{
			{spans: name},
			{spans: []span{t.txt(label(d.lang, glossary.Department, p.Department)), {text: label(d.lang, glossary.BuyingRole, p.BuyingRole), size: 7.5, color: muted}}},
			{spans: []span{{h: 3.4, draw: func(x, y, w float64) { d.bar(x, y+0.8, p.Influence, 5, 2.2, accent) }}}},
		}
		attColor := ink
		if p.Attitude < 0 {
			attColor = red
		}
		last := d.lang.word("never")
		if p.LastContact != "" {
			last = d.lang.date(p.LastContact)
		}
		cells = append(cells,
			cell{spans: []span{{text: labelInt(d.lang, glossary.Attitude, p.Attitude), size: 7.5, color: attColor}}},
			cell{spans: []span{
				{text: labelInt(d.lang, glossary.Relationship, p.Relationship), size: 8, color: ink},
				{h: 3.2, draw: func(x, y, w float64) { d.bar(x, y+0.6, p.Relationship, 3, 3, accent) }},
			}},
			t.one(p.Owner),
			cell{spans: []span{{text: last, size: 8, color: ink}}},
		)
		rows = append(rows, row{cells: cells, note: p.Notes})
	}
	t.rows(rows)
}

// coverageGaps lists the gaps kam.Coverage finds, as of the workshop date.
func (d *doc) coverageGaps(people []kam.Stakeholder) {
	asOf, err := time.Parse("2006-01-02", d.ws.Date)
	if err != nil {
		asOf = d.now
	}
	gaps := kam.Coverage(people, asOf)
	if len(gaps) == 0 {
		d.para(d.lang.word("nogapsfound"), 0, "", 9, muted)
		return
	}
	for _, kind := range kam.GapKinds {
		var items []string
		for _, g := range gaps {
			if g.Kind != kind {
				continue
			}
			switch {
			case g.Kind == kam.GapDepartment:
				items = append(items, label(d.lang, glossary.Department, g.Department))
			case g.Kind == kam.GapStaleContact:
				items = append(items, g.Name+" ("+d.lang.wordf("days", g.Days)+")")
			default:
				items = append(items, g.Name)
			}
		}
		if len(items) == 0 {
			continue
		}
		d.need(lh(9) * 3)
		d.font("B", 9, ink)
		y := d.f.GetY()
		d.fill(red)
		if kind == kam.GapPortfolio || kind == kam.GapStaleContact || kind == kam.GapNoContact {
			d.fill(faint)
		}
		d.f.Rect(marginL, y+1.1, 1.6, 1.6, "F")
		d.text(marginL+4, y, d.width()-4, label(d.lang, glossary.CoverageGap, kind)+" ("+strconv.Itoa(len(items))+")", "L")
		d.gap(lh(9))
		d.para(strings.Join(items, " · "), 4, "", 8.5, muted)
		d.gap(2.5)
	}
}
