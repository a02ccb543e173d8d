package pdf

import (
	"testing"

	"kamworkbench/internal/kam"
)

func TestFormat(t *testing.T) {
	tests := []struct {
		name   string
		fmtDE  func() string
		fmtEN  func() string
		de, en string
	}{
		{name: "money with cents", fmtDE: func() string { return german.money(1234.56) }, fmtEN: func() string { return english.money(1234.56) }, de: "1.234,56 €", en: "€1,234.56"},
		{name: "money whole", fmtDE: func() string { return german.money(480000) }, fmtEN: func() string { return english.money(480000) }, de: "480.000 €", en: "€480,000"},
		{name: "money millions", fmtDE: func() string { return german.money(1234567.891) }, fmtEN: func() string { return english.money(1234567.891) }, de: "1.234.567,89 €", en: "€1,234,567.89"},
		{name: "money zero", fmtDE: func() string { return german.money(0) }, fmtEN: func() string { return english.money(0) }, de: "0 €", en: "€0"},
		{name: "money negative", fmtDE: func() string { return german.money(-1500.5) }, fmtEN: func() string { return english.money(-1500.5) }, de: "-1.500,50 €", en: "-€1,500.50"},
		{name: "date", fmtDE: func() string { return german.date("2026-11-26") }, fmtEN: func() string { return english.date("2026-11-26") }, de: "26.11.2026", en: "26 Nov 2026"},
		{name: "date in January", fmtDE: func() string { return german.date("2027-01-05") }, fmtEN: func() string { return english.date("2027-01-05") }, de: "05.01.2027", en: "5 Jan 2027"},
		{name: "no date", fmtDE: func() string { return german.date("") }, fmtEN: func() string { return english.date("") }, de: "", en: ""},
		{name: "percent", fmtDE: func() string { return german.percent(50) }, fmtEN: func() string { return english.percent(50) }, de: "50 %", en: "50%"},
		{name: "score", fmtDE: func() string { return german.score(62.5) }, fmtEN: func() string { return english.score(62.5) }, de: "62,5", en: "62.5"},
		{name: "score two decimals", fmtDE: func() string { return german.score(58.33333) }, fmtEN: func() string { return english.score(58.33333) }, de: "58,33", en: "58.33"},
		{name: "score whole", fmtDE: func() string { return german.score(75) }, fmtEN: func() string { return english.score(75) }, de: "75", en: "75"},
		{name: "score 100", fmtDE: func() string { return german.score(100) }, fmtEN: func() string { return english.score(100) }, de: "100", en: "100"},
		{name: "change up", fmtDE: func() string { return german.signed(12.5) }, fmtEN: func() string { return english.signed(12.5) }, de: "+12,5", en: "+12.5"},
		{name: "change down", fmtDE: func() string { return german.signed(-3) }, fmtEN: func() string { return english.signed(-3) }, de: "−3", en: "−3"},
		{name: "no change", fmtDE: func() string { return german.signed(0.001) }, fmtEN: func() string { return english.signed(-0.001) }, de: "±0", en: "±0"},
		{name: "rating word", fmtDE: func() string { return german.word("rating.0") + "/" + german.word("rating.4") }, fmtEN: func() string { return english.word("rating.0") + "/" + english.word("rating.4") }, de: "nicht vorhanden/vorbildlich", en: "none/exemplary"},
		{name: "page", fmtDE: func() string { return german.wordf("page", 3, 12) }, fmtEN: func() string { return english.wordf("page", 3, 12) }, de: "Seite 3 von 12", en: "Page 3 of 12"},
	}
	for _, tt := range tests {
		if got := tt.fmtDE(); got != tt.de {
			t.Errorf("%s (de): got %q, want %q", tt.name, got, tt.de)
		}
		if got := tt.fmtEN(); got != tt.en {
			t.Errorf("%s (en): got %q, want %q", tt.name, got, tt.en)
		}
	}
}

// TestWords checks that every fixed text has both languages and that every
// enum value of the domain has a label.
func TestWords(t *testing.T) {
	for k, w := range words {
		if w[0] == "" || w[1] == "" {
			t.Errorf("%s: got %q, want a German and an English text", k, w)
		}
	}
	enums := map[string][]string{
		"dept.": kam.Departments, "role.": kam.BuyingRoles, "stage.": kam.Stages,
		"prio.": kam.Priorities, "status.": kam.Statuses,
		"att.": {"-2", "-1", "0", "1", "2"}, "rel.": {"0", "1", "2", "3"}, "rating.": {"0", "1", "2", "3", "4"},
	}
	for _, g := range kam.GapKinds {
		enums["gap."] = append(enums["gap."], string(g))
	}
	for prefix, values := range enums {
		for _, v := range values {
			if _, ok := words[prefix+v]; !ok {
				t.Errorf("no label for %s%s", prefix, v)
			}
		}
	}
}
