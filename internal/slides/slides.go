// Package slides decides what a workshop's slide deck says: the slides,
// their titles, texts, tables, the radar and the map, worded in the
// report's language and drawn from an audience.View alone, so the
// customer's deck holds only what the customer may read. The window lays
// the deck out as a .pptx (pptxgenjs); nothing here knows that format.
package slides

import (
	"cmp"
	"math"
	"slices"
	"strconv"

	"kamworkbench/internal/audience"
	"kamworkbench/internal/catalog"
	"kamworkbench/internal/glossary"
	"kamworkbench/internal/kam"
)

// Deck is a whole slide deck.
type Deck struct {
	Lang   string  `json:"lang"`
	Title  string  `json:"title"` // the deck's title, for its properties
	Slides []Slide `json:"slides"`
}

// Kind is what a slide shows, and so which of its fields are set.
type Kind string

// Kinds of slides.
const (
	KindTitle  Kind = "title"  // Title, Subtitle, Lines (details and participants)
	KindScores Kind = "scores" // Title, Scores, Radar
	KindTable  Kind = "table"  // Title, Table
	KindMap    Kind = "map"    // Title, Map
)

// Kinds lists every kind of slide.
var Kinds = []Kind{KindTitle, KindScores, KindTable, KindMap}

// Slide is one slide. Only the fields of its Kind are set.
type Slide struct {
	Kind     Kind     `json:"kind"`
	Title    string   `json:"title"`
	Subtitle string   `json:"subtitle"`
	Lines    []string `json:"lines" ts_type:"string[] | null"`
	Scores   []Score  `json:"scores" ts_type:"Score[] | null"`
	Radar    *Radar   `json:"radar" ts_type:"Radar | null"`
	Table    *Table   `json:"table" ts_type:"Table | null"`
	Map      *Map     `json:"map" ts_type:"Map | null"`
}

// Score is one line of a score table: a label, the score as shown (a
// whole number or a dash) and its band ("low", "mid", "high", "" for none).
type Score struct {
	Label string   `json:"label"`
	Value string   `json:"value"`
	Band  kam.Band `json:"band" ts_type:"kam.Band | ''"`
}

// Radar is a radar chart: one axis per area, one polygon per series, the
// values 0–100 (nil: no score).
type Radar struct {
	Axes   []string `json:"axes"`
	Series []Series `json:"series"`
}

// Series is one polygon of a radar.
type Series struct {
	Name   string     `json:"name"`
	Values []*float64 `json:"values" ts_type:"(number | null)[]"`
}

// Table is a table with a header row; Widths are relative column widths.
type Table struct {
	Columns []string   `json:"columns"`
	Widths  []float64  `json:"widths"`
	Rows    [][]string `json:"rows"`
}

// Map is the stakeholder map or org chart: people where they stand on the
// map, and the lines between them.
type Map struct {
	People []Person `json:"people" ts_type:"Person[] | null"`
	Lines  []Line   `json:"lines" ts_type:"Line[] | null"`
}

// Person is one card on the map; Detail is the second line of the card.
type Person struct {
	ID     string  `json:"id"`
	Name   string  `json:"name"`
	Detail string  `json:"detail"`
	X      float64 `json:"x"`
	Y      float64 `json:"y"`
}

// Line joins two people; Kind is a relation kind.
type Line struct {
	From string           `json:"from"`
	To   string           `json:"to"`
	Kind kam.RelationKind `json:"kind"`
}

// Input is what a deck is drawn from.
type Input struct {
	View    audience.View
	Catalog *catalog.Catalog
	Lang    string
}

// rowsPerSlide is how many rows of a table fit one 16:9 slide legibly.
const rowsPerSlide = 8

// Build returns the deck of in.
func Build(in Input) Deck {
	b := builder{in: in, v: &in.View, lang: in.Lang}
	d := Deck{Lang: in.Lang, Title: in.View.Account.Client.Name + " – " + in.View.Workshop.Title}
	d.Slides = append(d.Slides, b.title())
	if b.v.Has(audience.Summary) || b.v.Has(audience.Assessment) {
		d.Slides = append(d.Slides, b.scores())
		if s, ok := b.perspectives(); ok {
			d.Slides = append(d.Slides, s)
		}
		d.Slides = append(d.Slides, b.split(b.gaps())...)
	}
	if b.v.Has(audience.Stakeholders) || b.v.Has(audience.OrgChart) {
		d.Slides = append(d.Slides, b.people())
	}
	if b.v.Audience == audience.Internal {
		if b.v.Has(audience.Competitors) && len(b.v.Account.Competitors) > 0 {
			d.Slides = append(d.Slides, b.split(b.competitors())...)
		}
		if b.v.Has(audience.Opportunities) && len(b.v.Account.Opportunities) > 0 {
			d.Slides = append(d.Slides, b.split(b.funnel())...)
		}
	}
	if b.v.Has(audience.Summary) || b.v.Has(audience.Actions) {
		d.Slides = append(d.Slides, b.split(b.actions())...)
	}
	return d
}

type builder struct {
	in   Input
	v    *audience.View
	lang string
}

func (b *builder) word(key string) string {
	if b.lang == "en" {
		return words["en"][key]
	}
	return words["de"][key]
}

func (b *builder) internal() bool { return b.v.Audience == audience.Internal }

// split turns a table slide into as many slides as its rows need, each with
// the header; the title of a continuation says so.
func (b *builder) split(s Slide) []Slide {
	if s.Table == nil || len(s.Table.Rows) <= rowsPerSlide {
		return []Slide{s}
	}
	var out []Slide
	for i := 0; i < len(s.Table.Rows); i += rowsPerSlide {
		part := s
		t := *s.Table
		t.Rows = s.Table.Rows[i:min(i+rowsPerSlide, len(s.Table.Rows))]
		part.Table = &t
		if i > 0 {
			part.Title = s.Title + " (" + b.word("continued") + ")"
		}
		out = append(out, part)
	}
	return out
}

func (b *builder) title() Slide {
	w := b.v.Workshop
	s := Slide{Kind: KindTitle, Title: b.v.Account.Client.Name, Subtitle: w.Title}
	var details []string
	if w.Date != "" {
		details = append(details, b.date(w.Date))
	}
	if w.Location != "" {
		details = append(details, w.Location)
	}
	if len(details) > 0 {
		s.Lines = append(s.Lines, join(details, " · "))
	}
	if w.Facilitator != "" {
		s.Lines = append(s.Lines, b.word("facilitator")+": "+w.Facilitator)
	}
	for _, side := range kam.Sides {
		var names []string
		for _, p := range w.Participants {
			if p.Side != side {
				continue
			}
			n := p.Name
			if p.Role != "" {
				n += " (" + p.Role + ")"
			}
			names = append(names, n)
		}
		if len(names) > 0 {
			s.Lines = append(s.Lines, glossary.Label(b.lang, glossary.Side, side)+": "+join(names, ", "))
		}
	}
	return s
}

func (b *builder) areaTitles() []string {
	var out []string
	for _, a := range b.in.Catalog.Areas {
		out = append(out, a.Title.In(b.lang))
	}
	return out
}

func (b *builder) scores() Slide {
	r := b.v.Score
	s := Slide{Kind: KindScores, Title: b.word("scores")}
	s.Scores = append(s.Scores, score(b.word("overall"), r.Overall))
	titles := b.areaTitles()
	agreed := Series{Name: glossary.Label(b.lang, glossary.Perspective, glossary.Agreed)}
	for i, a := range r.Areas {
		s.Scores = append(s.Scores, score(titles[i], a.Score))
		agreed.Values = append(agreed.Values, a.Score)
	}
	s.Radar = &Radar{Axes: titles, Series: []Series{agreed}}
	if p := b.v.PrevScore; p != nil {
		prev := Series{Name: b.word("previous") + " (" + b.date(b.v.Previous.Date) + ")"}
		for _, a := range p.Areas {
			prev.Values = append(prev.Values, a.Score)
		}
		s.Radar.Series = append(s.Radar.Series, prev)
	}
	return s
}

// perspectives is the customer's view beside ours, when the room voted.
func (b *builder) perspectives() (Slide, bool) {
	r := b.v.Score
	if r.Perspectives.Customer.Overall == nil && r.Perspectives.Ours.Overall == nil {
		return Slide{}, false
	}
	titles := b.areaTitles()
	customer := Series{Name: glossary.Label(b.lang, glossary.Perspective, kam.SideCustomer)}
	ours := Series{Name: glossary.Label(b.lang, glossary.Perspective, kam.SideOurs)}
	t := &Table{Columns: []string{b.word("area"), customer.Name, ours.Name}, Widths: []float64{3, 1, 1}}
	t.Rows = append(t.Rows, []string{b.word("overall"), shown(r.Perspectives.Customer.Overall), shown(r.Perspectives.Ours.Overall)})
	for i := range r.Areas {
		c, o := r.Perspectives.Customer.Areas[i].Score, r.Perspectives.Ours.Areas[i].Score
		customer.Values = append(customer.Values, c)
		ours.Values = append(ours.Values, o)
		t.Rows = append(t.Rows, []string{titles[i], shown(c), shown(o)})
	}
	return Slide{Kind: KindScores, Title: b.word("perspectives"), Table: t,
		Radar: &Radar{Axes: titles, Series: []Series{customer, ours}}}, true
}

func (b *builder) gaps() Slide {
	t := &Table{Columns: []string{b.word("number"), b.word("question"), b.word("value"), b.word("finding")}, Widths: []float64{0.6, 4, 0.8, 3}}
	findings := map[string]string{}
	for _, a := range b.v.Workshop.Answers {
		findings[a.QuestionID] = a.Finding
	}
	for _, g := range b.v.Score.Gaps() {
		q, _ := b.in.Catalog.Question(g.ID)
		t.Rows = append(t.Rows, []string{q.Number, q.Text.In(b.lang), value(*g.Value), findings[g.ID]})
	}
	if len(t.Rows) == 0 {
		t.Rows = append(t.Rows, []string{"", b.word("nogaps"), "", ""})
	}
	return Slide{Kind: KindTable, Title: b.word("gaps"), Table: t}
}

func (b *builder) people() Slide {
	m := &Map{}
	for _, p := range b.v.Account.Stakeholders {
		detail := p.Title
		if dept := glossary.Label(b.lang, glossary.Department, p.Department); dept != "" {
			detail = join(nonEmpty(p.Title, dept), " · ")
		}
		if b.internal() {
			detail += " · " + glossary.LabelInt(b.lang, glossary.Attitude, p.Attitude)
		}
		m.People = append(m.People, Person{ID: p.ID, Name: p.Name, Detail: detail, X: p.X, Y: p.Y})
	}
	for _, r := range b.v.Account.Relations {
		m.Lines = append(m.Lines, Line{From: r.From, To: r.To, Kind: r.Kind})
	}
	title := b.word("orgchart")
	if b.internal() {
		title = b.word("stakeholders")
	} else {
		// The customer's version carries no places on our map: the org
		// chart is laid out as a tree of its reporting lines.
		tree(m)
	}
	return Slide{Kind: KindMap, Title: title, Map: m}
}

// tree places the people as a tree of reporting lines: those who report to
// nobody on top, everyone one row below the person they report to, each row
// in the order of the row above.
func tree(m *Map) {
	boss := map[string]string{}
	for _, l := range m.Lines {
		if l.Kind == "reports_to" {
			boss[l.From] = l.To
		}
	}
	level := map[string]int{}
	var depth func(id string, seen int) int
	depth = func(id string, seen int) int {
		if d, ok := level[id]; ok {
			return d
		}
		b, ok := boss[id]
		if !ok || seen > len(m.People) { // no boss, or a loop of reporting lines
			return 0
		}
		return depth(b, seen+1) + 1
	}
	rows := map[int][]*Person{}
	order := map[string]int{}
	for i := range m.People {
		p := &m.People[i]
		level[p.ID] = depth(p.ID, 0)
	}
	for d := 0; d <= len(m.People); d++ {
		for i := range m.People {
			p := &m.People[i]
			if level[p.ID] == d {
				rows[d] = append(rows[d], p)
			}
		}
		slices.SortStableFunc(rows[d], func(a, b *Person) int { return cmp.Compare(order[boss[a.ID]], order[boss[b.ID]]) })
		for i, p := range rows[d] {
			order[p.ID] = i
			p.X, p.Y = float64(i)*260, float64(d)*150
		}
	}
}

func (b *builder) competitors() Slide {
	t := &Table{Columns: []string{b.word("competitor"), glossary.Name(b.lang, glossary.Threat), b.word("strengths"), b.word("counter")},
		Widths: []float64{1.4, 0.6, 2.5, 2.5}}
	for _, c := range b.v.Account.Competitors {
		t.Rows = append(t.Rows, []string{c.Name, strconv.Itoa(c.Threat) + "/5", c.Strengths, c.Counter})
	}
	return Slide{Kind: KindTable, Title: b.word("competitors"), Table: t}
}

func (b *builder) funnel() Slide {
	t := &Table{Columns: []string{b.word("opportunity"), glossary.Name(b.lang, glossary.Stage), b.word("amount"), b.word("probability"), b.word("close")},
		Widths: []float64{3, 1.2, 1.2, 0.9, 1.1}}
	for _, o := range b.v.Account.Opportunities {
		t.Rows = append(t.Rows, []string{o.Title, glossary.Label(b.lang, glossary.Stage, o.Stage), b.money(o.Value),
			strconv.Itoa(o.Probability) + " %", b.date(o.ExpectedClose)})
	}
	return Slide{Kind: KindTable, Title: b.word("opportunities"), Table: t}
}

func (b *builder) actions() Slide {
	cols := []string{b.word("action"), b.word("owner"), b.word("due"), glossary.Name(b.lang, glossary.Priority), glossary.Name(b.lang, glossary.Status)}
	widths := []float64{3.5, 1.3, 1, 0.9, 1}
	if b.internal() {
		cols = append(cols, b.word("probability"))
		widths = append(widths, 0.8)
	}
	t := &Table{Columns: cols, Widths: widths}
	for _, a := range b.v.Workshop.Actions {
		row := []string{a.Title, a.Owner, b.date(a.Due), glossary.Label(b.lang, glossary.Priority, a.Priority),
			glossary.Label(b.lang, glossary.Status, a.Status)}
		if b.internal() {
			row = append(row, strconv.Itoa(a.Probability)+" %")
		}
		t.Rows = append(t.Rows, row)
	}
	if len(t.Rows) == 0 {
		t.Rows = append(t.Rows, make([]string, len(cols)))
		t.Rows[0][0] = b.word("noactions")
	}
	return Slide{Kind: KindTable, Title: b.word("actions"), Table: t}
}

// score is one score line: whole numbers, half away from zero (DESIGN.md).
func score(label string, v *float64) Score {
	if v == nil {
		return Score{Label: label, Value: "–"}
	}
	return Score{Label: label, Value: shown(v), Band: kam.BandOf(v)}
}

func shown(v *float64) string {
	if v == nil {
		return "–"
	}
	return strconv.Itoa(int(math.Round(*v)))
}

// value is a question's value with one decimal.
func value(v float64) string { return strconv.FormatFloat(math.Round(v*10)/10, 'f', 1, 64) }

func (b *builder) date(s string) string {
	if len(s) != 10 {
		return s
	}
	if b.lang == "en" {
		return s[8:10] + "/" + s[5:7] + "/" + s[:4]
	}
	return s[8:10] + "." + s[5:7] + "." + s[:4]
}

func (b *builder) money(v float64) string {
	whole := strconv.FormatFloat(math.Round(v), 'f', 0, 64)
	sep := "."
	if b.lang == "en" {
		sep = ","
	}
	var out []byte
	for i := range whole {
		if i > 0 && (len(whole)-i)%3 == 0 {
			out = append(out, sep...)
		}
		out = append(out, whole[i])
	}
	return string(out) + " €"
}

func join(list []string, sep string) string {
	out := ""
	for i, s := range list {
		if i > 0 {
			out += sep
		}
		out += s
	}
	return out
}

func nonEmpty(list ...string) []string {
	var out []string
	for _, s := range list {
		if s != "" {
			out = append(out, s)
		}
	}
	return out
}
