package pdf

import (
	"encoding/json"
	"os"
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

// scoreFormat is testdata/score-format.json, the table of how scores look
// that the window's formatting (frontend/src/features/assessment/
// scoreFormat.test.ts) is checked against too.
type scoreFormat struct {
	Scores []struct {
		Value  *float64 `json:"value"`
		DE, EN string
		Band   string `json:"band"`
	} `json:"scores"`
	Values []struct {
		Value  *float64 `json:"value"`
		DE, EN string
	} `json:"values"`
	Changes []struct {
		Now, Before *float64
		DE, EN      string
	} `json:"changes"`
}

// TestScoreFormat checks whole-number scores, one-decimal values, changes and
// bands against the table the window uses.
func TestScoreFormat(t *testing.T) {
	data, err := os.ReadFile("testdata/score-format.json")
	if err != nil {
		t.Fatal(err)
	}
	var table scoreFormat
	if err := json.Unmarshal(data, &table); err != nil {
		t.Fatal(err)
	}
	if len(table.Scores) < 5 || len(table.Values) < 5 || len(table.Changes) < 3 {
		t.Fatalf("the table has too few cases: %+v", table)
	}
	bands := map[string]rgb{"low": bandLow, "mid": bandMid, "high": bandHigh}
	for _, c := range table.Scores {
		if c.Value == nil {
			continue // the window's dash; the PDF writes "–" itself where a score is missing
		}
		if got := german.score(*c.Value); got != c.DE {
			t.Errorf("score(%v) de: got %q, want %q", *c.Value, got, c.DE)
		}
		if got := english.score(*c.Value); got != c.EN {
			t.Errorf("score(%v) en: got %q, want %q", *c.Value, got, c.EN)
		}
		if got := band(*c.Value); got != bands[c.Band] {
			t.Errorf("band(%v): got %v, want %s", *c.Value, got, c.Band)
		}
	}
	for _, c := range table.Values {
		if c.Value == nil {
			continue
		}
		if got := german.value(*c.Value); got != c.DE {
			t.Errorf("value(%v) de: got %q, want %q", *c.Value, got, c.DE)
		}
		if got := english.value(*c.Value); got != c.EN {
			t.Errorf("value(%v) en: got %q, want %q", *c.Value, got, c.EN)
		}
	}
	for _, c := range table.Changes {
		if c.Now == nil || c.Before == nil {
			continue
		}
		if got := german.change(*c.Now, *c.Before); got != c.DE {
			t.Errorf("change(%v, %v) de: got %q, want %q", *c.Now, *c.Before, got, c.DE)
		}
		if got := english.change(*c.Now, *c.Before); got != c.EN {
			t.Errorf("change(%v, %v) en: got %q, want %q", *c.Now, *c.Before, got, c.EN)
		}
	}
}

// TestWords checks that every fixed text has both languages and that every
// enum value of the domain has a label, which comes from the glossary.
func TestWords(t *testing.T) {
	for k, w := range words {
		if w[0] == "" || w[1] == "" {
			t.Errorf("%s: got %q, want a German and an English text", k, w)
		}
	}
	enums := map[string][]string{
		"dept.": kam.Departments, "role.": kam.BuyingRoles, "stage.": kam.Stages,
		"prio.": kam.Priorities, "status.": kam.Statuses, "kind.": kam.RelationKinds,
		"att.": {"-2", "-1", "0", "1", "2"}, "rel.": {"0", "1", "2", "3"}, "rating.": {"0", "1", "2", "3", "4"},
	}
	for _, g := range kam.GapKinds {
		enums["gap."] = append(enums["gap."], string(g))
	}
	for prefix, values := range enums {
		for _, v := range values {
			for _, l := range []lang{german, english} {
				if got := l.word(prefix + v); got == prefix+v || got == "" {
					t.Errorf("%v: no label for %s%s", l.code(), prefix, v)
				}
				if _, ok := words[prefix+v]; ok {
					t.Errorf("%s%s is labelled in the report's own words; it is the glossary's", prefix, v)
				}
			}
		}
	}
	for _, key := range []string{"role.", "na", "won", "lost", "edge.reports", "edge.influ", "edge.conflict", "attitude", "role"} {
		if got := english.word(key); got == key || got == "" {
			t.Errorf("en: no word for %s", key)
		}
	}
}
