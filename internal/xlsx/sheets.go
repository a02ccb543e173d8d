package xlsx

import (
	"strings"

	"kamworkbench/internal/audience"
	"kamworkbench/internal/glossary"
	"kamworkbench/internal/kam"
)

// sheets returns the workbook's sheets for the view: the action plan, the
// scores by question and, when the view holds people, the stakeholders
// (for the customer: the org chart); internally also competitors and
// opportunities. What the view left out stays out.
func (b *book) sheets() []sheet {
	v := &b.in.View
	out := []sheet{b.actions(), b.scores()}
	if v.Has(audience.Stakeholders) || v.Has(audience.OrgChart) {
		out = append(out, b.stakeholders())
	}
	if v.Audience == audience.Internal {
		if v.Has(audience.Competitors) {
			out = append(out, b.competitors())
		}
		if v.Has(audience.Opportunities) {
			out = append(out, b.opportunities())
		}
	}
	return out
}

// word is a sheet name or column title in the workbook's language.
func (b *book) word(key string) string {
	if b.lang == "en" {
		return words["en"][key]
	}
	return words["de"][key]
}

func (b *book) internal() bool { return b.in.View.Audience == audience.Internal }

// questions maps a question id to its number and text in the language.
func (b *book) question(id string) (number, text string) {
	q, ok := b.in.Catalog.Question(id)
	if !ok {
		return "", ""
	}
	return q.Number, q.Text.In(b.lang)
}

// label is the glossary's label of a value.
func (b *book) label(k glossary.Kind, value string) string { return glossary.Label(b.lang, k, value) }

func (b *book) actions() sheet {
	s := sheet{name: b.word("sheet.actions"), columns: []column{
		{b.word("col.action"), longText},
		{b.word("col.owner"), text},
		{b.word("col.due"), date},
		{glossary.Name(b.lang, "priority"), text},
		{glossary.Name(b.lang, "status"), text},
		{b.word("col.question"), longText},
	}}
	if b.internal() {
		s.columns = append(s.columns, column{b.word("col.probability"), percent}, column{b.word("col.internal"), text})
	}
	for _, a := range b.in.View.Workshop.Actions {
		q := ""
		if a.QuestionID != "" {
			n, t := b.question(a.QuestionID)
			q = strings.TrimSpace(n + " " + t)
		}
		row := []any{a.Title, a.Owner, orNil(a.Due), b.label("priority", string(a.Priority)), b.label("status", string(a.Status)), q}
		if b.internal() {
			row = append(row, a.Probability, yes(b, a.Internal))
		}
		s.rows = append(s.rows, row)
	}
	return s
}

func (b *book) scores() sheet {
	v := &b.in.View
	s := sheet{name: b.word("sheet.scores"), columns: []column{
		{b.word("col.area"), text},
		{b.word("col.number"), text},
		{b.word("col.question"), longText},
		{glossary.Name(b.lang, "rating"), text},
		{b.word("col.value"), decimal},
		{b.word("col.finding"), longText},
		{b.word("col.votes"), number},
		{glossary.Word(b.lang, glossary.Spread), number},
		{glossary.Label(b.lang, glossary.Perspective, kam.SideCustomer), decimal},
		{glossary.Label(b.lang, glossary.Perspective, kam.SideOurs), decimal},
	}}
	var people []kam.Participant
	if b.internal() {
		s.columns = append(s.columns, column{b.word("col.notes"), longText})
		people = v.Workshop.Participants
		for _, p := range people {
			s.columns = append(s.columns, column{p.Name, text})
		}
	}
	answers := map[string]kam.Answer{}
	for _, a := range v.Workshop.Answers {
		answers[a.QuestionID] = a
	}
	votes := map[[2]string]kam.Vote{}
	for _, x := range v.Workshop.Votes {
		votes[[2]string{x.ParticipantID, x.QuestionID}] = x
	}
	scored := map[string]kam.QuestionScore{}
	for _, q := range v.Score.Questions {
		scored[q.ID] = q
	}
	for _, area := range b.in.Catalog.Areas {
		for _, q := range area.Questions {
			a, qs := answers[q.ID], scored[q.ID]
			row := []any{area.Title.In(b.lang), q.Number, q.Text.In(b.lang), b.rating(a), orNilF(qs.Value), orNil(a.Finding),
				votesOrNil(qs.Votes), orNilI(qs.Spread), orNilF(qs.Customer), orNilF(qs.Ours)}
			if b.internal() {
				row = append(row, orNil(a.Notes))
				for _, p := range people {
					x, ok := votes[[2]string{p.ID, q.ID}]
					switch {
					case !ok:
						row = append(row, nil)
					case x.NA:
						row = append(row, b.label("rating", "na"))
					default:
						row = append(row, glossary.LabelInt(b.lang, "rating", *x.Rating))
					}
				}
			}
			s.rows = append(s.rows, row)
		}
	}
	return s
}

// rating is the agreed rating as the glossary words it, or nothing.
func (b *book) rating(a kam.Answer) any {
	switch {
	case a.NA:
		return b.label("rating", "na")
	case a.Rating != nil:
		return glossary.LabelInt(b.lang, "rating", *a.Rating)
	}
	return nil
}

func (b *book) stakeholders() sheet {
	v := &b.in.View
	names := map[string]string{}
	for _, p := range v.Account.Stakeholders {
		names[p.ID] = p.Name
	}
	reports := map[string]string{}
	for _, r := range v.Account.Relations {
		if r.Kind == "reports_to" {
			reports[r.From] = names[r.To]
		}
	}
	name := b.word("sheet.stakeholders")
	if !b.internal() {
		name = b.word("sheet.orgchart")
	}
	s := sheet{name: name, columns: []column{
		{b.word("col.name"), text},
		{b.word("col.title"), text},
		{glossary.Name(b.lang, "department"), text},
		{b.word("col.manager"), text},
	}}
	if b.internal() {
		s.columns = append(s.columns,
			column{glossary.Name(b.lang, "buying_role"), text},
			column{glossary.Name(b.lang, "attitude"), text},
			column{glossary.Name(b.lang, "influence"), text},
			column{glossary.Name(b.lang, "relationship"), text},
			column{b.word("col.relationship_owner"), text},
			column{b.word("col.last_contact"), date},
			column{b.word("col.email"), text},
			column{b.word("col.phone"), text},
			column{b.word("col.notes"), longText},
		)
	}
	for _, p := range v.Account.Stakeholders {
		row := []any{p.Name, orNil(p.Title), b.label("department", string(p.Department)), orNil(reports[p.ID])}
		if b.internal() {
			row = append(row, b.label("buying_role", string(p.BuyingRole)),
				glossary.LabelInt(b.lang, "attitude", p.Attitude),
				glossary.LabelInt(b.lang, "influence", p.Influence),
				glossary.LabelInt(b.lang, "relationship", p.Relationship),
				orNil(p.Owner), orNil(p.LastContact), orNil(p.Email), orNil(p.Phone), orNil(p.Notes))
		}
		s.rows = append(s.rows, row)
	}
	return s
}

func (b *book) competitors() sheet {
	s := sheet{name: b.word("sheet.competitors"), columns: []column{
		{b.word("col.name"), text},
		{b.word("col.location"), text},
		{glossary.Name(b.lang, "threat"), number},
		{b.word("col.strengths"), longText},
		{b.word("col.weaknesses"), longText},
		{b.word("col.partners"), longText},
		{b.word("col.counter"), longText},
	}}
	for _, c := range b.in.View.Account.Competitors {
		s.rows = append(s.rows, []any{c.Name, orNil(c.Location), c.Threat, orNil(c.Strengths), orNil(c.Weaknesses),
			orNil(c.Partners), orNil(c.Counter)})
	}
	return s
}

func (b *book) opportunities() sheet {
	s := sheet{name: b.word("sheet.opportunities"), columns: []column{
		{b.word("col.opportunity"), longText},
		{b.word("col.amount"), money},
		{glossary.Name(b.lang, "stage"), text},
		{b.word("col.probability"), percent},
		{b.word("col.weighted"), money},
		{b.word("col.expected_close"), date},
		{b.word("col.next_step"), longText},
	}}
	for _, o := range b.in.View.Account.Opportunities {
		s.rows = append(s.rows, []any{o.Title, o.Value, b.label("stage", string(o.Stage)), o.Probability,
			o.Value * float64(o.Probability) / 100, orNil(o.ExpectedClose), orNil(o.NextStep)})
	}
	return s
}

func yes(b *book, v bool) any {
	if v {
		return b.word("yes")
	}
	return nil
}

func orNil(s string) any {
	if s == "" {
		return nil
	}
	return s
}

func orNilF(p *float64) any {
	if p == nil {
		return nil
	}
	return *p
}

func orNilI(p *int) any {
	if p == nil {
		return nil
	}
	return *p
}

func votesOrNil(n int) any {
	if n == 0 {
		return nil
	}
	return n
}
