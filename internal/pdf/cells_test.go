package pdf_test

import (
	"strconv"
	"strings"
	"testing"

	"kamworkbench/internal/audience"
	"kamworkbench/internal/catalog"
	"kamworkbench/internal/demo"
	"kamworkbench/internal/kam"
	"kamworkbench/internal/pdf"
)

// TestShortValuesStayWhole checks that the narrow columns hold their
// values on one line: a date broken into "18.12.202" and "6" reads wrong.
// pdftotext puts each line of a cell on a line of its own, so a value that
// is found whole was drawn whole.
func TestShortValuesStayWhole(t *testing.T) {
	cat := catalog.MustLoad()
	acc := demo.Account(cat)
	ws := acc.Workshops[1]
	for _, lang := range []string{"de", "en"} {
		for _, who := range audience.Audiences {
			text := pdfText(t, render(t, pdf.Input{Account: acc, WorkshopID: ws.ID, Catalog: cat, Lang: lang, Audience: who,
				Sections: audience.Allowed(who), Now: now}))
			var dates []string
			words := []string{"prio.high", "prio.low"}
			for _, a := range ws.Actions {
				if who == audience.Internal || !a.Internal {
					dates = append(dates, a.Due)
					words = append(words, "status."+string(a.Status))
				}
			}
			if who == audience.Internal {
				for _, s := range acc.Stakeholders {
					words = append(words, "role."+string(s.BuyingRole), "dept."+string(s.Department), "att."+strconv.Itoa(s.Attitude),
						"rel."+strconv.Itoa(s.Relationship))
				}
				for _, a := range acc.Arguments {
					words = append(words, "role."+string(a.BuyingRole))
				}
				for _, o := range acc.Opportunities {
					words = append(words, "stage."+string(o.Stage))
					dates = append(dates, o.ExpectedClose)
				}
				for _, s := range acc.Stakeholders {
					dates = append(dates, s.LastContact)
				}
			}
			for _, d := range dates {
				if d == "" {
					continue
				}
				if want := pdf.FormatDate(lang, d); !strings.Contains(text, want) {
					t.Errorf("%s/%s: the date %q is not on one line", lang, who, want)
				}
			}
			for _, k := range words {
				if w := pdf.Word(lang, k); !strings.Contains(text, w) {
					t.Errorf("%s/%s: %q is not on one line", lang, who, w)
				}
			}
		}
	}
}

// TestEveryLabelStaysWhole gives every department, buying role, attitude,
// relationship strength and stage its turn in the tables that show it and
// checks that each label is drawn on one line.
func TestEveryLabelStaysWhole(t *testing.T) {
	cat := catalog.MustLoad()
	acc := kam.Account{Client: kam.Client{ID: "c", Name: "Kunde"},
		Workshops: []kam.WorkshopData{{Workshop: kam.Workshop{ID: "w", Title: "Runde", Date: "2026-11-26"}}}}
	var words []string
	for i, role := range kam.BuyingRoles {
		dept := kam.Departments[i%len(kam.Departments)]
		acc.Stakeholders = append(acc.Stakeholders, kam.Stakeholder{ID: strconv.Itoa(i), Name: "Person " + strconv.Itoa(i),
			Department: dept, BuyingRole: role, Attitude: i%5 - 2, Relationship: i % 4, Influence: 3})
		acc.Arguments = append(acc.Arguments, kam.Argument{ID: strconv.Itoa(i), Feature: "Merkmal", BuyingRole: kam.ArgumentRole(role), Position: i})
		words = append(words, "role."+string(role), "att."+strconv.Itoa(i%5-2), "rel."+strconv.Itoa(i%4))
	}
	for i, dept := range kam.Departments {
		acc.Stakeholders = append(acc.Stakeholders, kam.Stakeholder{ID: "d" + strconv.Itoa(i), Name: "Abteilung " + strconv.Itoa(i),
			Department: dept, BuyingRole: "user", Influence: 1})
		words = append(words, "dept."+string(dept))
	}
	for i, stage := range kam.Stages {
		acc.Opportunities = append(acc.Opportunities, kam.Opportunity{ID: strconv.Itoa(i), Title: "Chance", Stage: stage, Value: 1000})
		words = append(words, "stage."+string(stage))
	}
	for _, lang := range []string{"de", "en"} {
		text := pdfText(t, render(t, pdf.Input{Account: acc, WorkshopID: "w", Catalog: cat, Lang: lang, Now: now,
			Sections: []audience.Section{audience.Stakeholders, audience.Opportunities, audience.Arguments}}))
		// A label may wrap between its words, never inside one: no line
		// ends with the start of a word whose rest begins the next.
		lines := strings.Split(text, "\n")
		for _, k := range words {
			for _, word := range strings.Fields(pdf.Word(lang, k)) {
				if !strings.Contains(text, word) {
					t.Errorf("%s: %q (%s) is not in the report", lang, word, k)
				}
				for i := 1; i < len(lines); i++ {
					a, b := strings.Fields(lines[i-1]), strings.Fields(lines[i])
					if len(a) > 0 && len(b) > 0 && a[len(a)-1]+b[0] == word {
						t.Errorf("%s: %q (%s) is broken into %q and %q", lang, word, k, a[len(a)-1], b[0])
					}
				}
			}
		}
	}
}
