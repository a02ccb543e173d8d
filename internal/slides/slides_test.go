package slides_test

import (
	"encoding/json"
	"fmt"
	"strings"
	"testing"

	"kamworkbench/internal/audience"
	"kamworkbench/internal/catalog"
	"kamworkbench/internal/demo"
	"kamworkbench/internal/kam"
	"kamworkbench/internal/slides"
)

var cat = catalog.MustLoad()

func deck(t *testing.T, acc kam.Account, a audience.Audience, sections ...audience.Section) (slides.Deck, string) {
	t.Helper()
	v, err := audience.For(audience.Request{Account: acc, WorkshopID: acc.Workshops[1].ID, Areas: cat.AreaQuestions(), Audience: a, Sections: sections})
	if err != nil {
		t.Fatal(err)
	}
	d := slides.Build(slides.Input{View: v, Catalog: cat, Lang: "de"})
	b, _ := json.Marshal(d)
	return d, string(b)
}

func TestCustomerDeck(t *testing.T) {
	acc := demo.Account(cat)
	w := &acc.Workshops[1]
	for i := range 20 { // more actions than one slide holds
		w.Actions = append(w.Actions, kam.Action{ID: fmt.Sprintf("00000000-0000-4000-8000-%012d", i), Title: fmt.Sprintf("Maßnahme %d", i),
			Priority: "low", Status: "open", Probability: 42})
	}
	w.Actions[0].Internal = true
	internalTitle := w.Actions[0].Title
	d, all := deck(t, acc, audience.Customer, audience.Allowed(audience.Customer)...)
	for _, leak := range []string{acc.Competitors[0].Name, acc.Opportunities[0].Title, internalTitle, "42 %", "skeptisch", "ablehnend", acc.Stakeholders[0].Notes} {
		if strings.Contains(all, leak) {
			t.Errorf("the customer's deck holds %q", leak)
		}
	}
	var actions, org int
	for _, s := range d.Slides {
		if strings.HasPrefix(s.Title, "Maßnahmenplan") {
			actions++
			if len(s.Table.Rows) > 8 {
				t.Errorf("%s: %d rows on one slide", s.Title, len(s.Table.Rows))
			}
		}
		if s.Kind == slides.KindMap {
			org++
			seen := map[[2]float64]string{}
			for _, p := range s.Map.People {
				if other, ok := seen[[2]float64{p.X, p.Y}]; ok {
					t.Errorf("%s and %s share one place on the org chart", p.Name, other)
				}
				seen[[2]float64{p.X, p.Y}] = p.Name
			}
			for _, l := range s.Map.Lines {
				if l.Kind != "reports_to" {
					t.Errorf("the org chart shows a %s line", l.Kind)
				}
			}
		}
	}
	if actions < 3 || org != 1 {
		t.Errorf("got %d action slides and %d org charts, want the plan over several slides and the chosen org chart", actions, org)
	}
	if d.Slides[0].Kind != slides.KindTitle || d.Slides[0].Title != acc.Client.Name {
		t.Errorf("first slide %+v, want the title slide", d.Slides[0])
	}
}

func TestInternalDeck(t *testing.T) {
	acc := demo.Account(cat)
	_, all := deck(t, acc, audience.Internal)
	for _, want := range []string{acc.Competitors[0].Name, acc.Opportunities[0].Title, "Wettbewerber", "Stakeholder-Landkarte"} {
		if !strings.Contains(all, want) {
			t.Errorf("the internal deck lacks %q", want)
		}
	}
}
