package actioncsv_test

import (
	"bytes"
	"encoding/csv"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"kamworkbench/internal/actioncsv"
	"kamworkbench/internal/kam"
)

func sample() []kam.Action {
	return []kam.Action{
		{ID: "1", Title: "CRM einführen", Owner: "Jörg Müller", Due: "2026-12-31", Priority: "medium", Probability: 60, Status: "open", QuestionID: "org.crm_exists"},
		{ID: "2", Title: `Angebot "Premium"; mit Rabatt`, Owner: "", Due: "", Priority: "high", Probability: 0, Status: "in_progress"},
		{ID: "3", Title: "Preisliste\nneu", Owner: "Anna Weiß", Due: "2026-03-05", Priority: "low", Probability: 100, Status: "done"},
		{ID: "4", Title: "=HYPERLINK(\"http://x\")", Owner: "@boss", Due: "2026-12-31", Priority: "high", Probability: 50, Status: "open"},
	}
}

func write(t *testing.T, actions []kam.Action, opt actioncsv.Options) string {
	t.Helper()
	var b bytes.Buffer
	if err := actioncsv.Write(&b, actions, opt); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

func TestWriteGerman(t *testing.T) {
	label := func(id string) string {
		if id == "org.crm_exists" {
			return "1.1 Existiert ein CRM?"
		}
		return ""
	}
	got := write(t, sample(), actioncsv.Options{Lang: "de", Question: label})
	want := "\uFEFF" +
		`"Titel";"Verantwortlich";"Fällig am";"Priorität";"Erfolgswahrscheinlichkeit (%)";"Status";"Frage"` + "\r\n" +
		`"Preisliste` + "\n" + `neu";"Anna Weiß";"05.03.2026";"Niedrig";"100";"Erledigt";""` + "\r\n" +
		`"'=HYPERLINK(""http://x"")";"'@boss";"31.12.2026";"Hoch";"50";"Offen";""` + "\r\n" +
		`"CRM einführen";"Jörg Müller";"31.12.2026";"Mittel";"60";"Offen";"1.1 Existiert ein CRM?"` + "\r\n" +
		`"Angebot ""Premium""; mit Rabatt";"";"";"Hoch";"0";"In Arbeit";""` + "\r\n"
	if got != want {
		t.Errorf("got\n%q\nwant\n%q", got, want)
	}
}

func TestWriteEnglish(t *testing.T) {
	got := write(t, sample()[:1], actioncsv.Options{Lang: "en"})
	want := "\uFEFF" +
		`"Title";"Owner";"Due";"Priority";"Success probability (%)";"Status";"Question"` + "\r\n" +
		`"CRM einführen";"Jörg Müller";"2026-12-31";"Medium";"60";"Open";"org.crm_exists"` + "\r\n"
	if got != want {
		t.Errorf("got\n%q\nwant\n%q", got, want)
	}
}

// A standard CSV reader (as Excel does) gets every field back unchanged,
// separators, quotes and line breaks included.
func TestWriteReadsBack(t *testing.T) {
	out := write(t, sample(), actioncsv.Options{Lang: "de"})
	if !strings.HasPrefix(out, actioncsv.BOM) {
		t.Fatal("no byte-order mark")
	}
	r := csv.NewReader(strings.NewReader(strings.TrimPrefix(out, actioncsv.BOM)))
	r.Comma = ';'
	rows, err := r.ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) != 5 {
		t.Fatalf("got %d rows, want header + 4", len(rows))
	}
	if got := rows[4][0]; got != `Angebot "Premium"; mit Rabatt` {
		t.Errorf("got title %q", got)
	}
	if got := rows[1][0]; got != "Preisliste\nneu" {
		t.Errorf("got title %q", got)
	}
}

func TestWriteEmpty(t *testing.T) {
	got := write(t, nil, actioncsv.Options{Lang: "de"})
	if strings.Count(got, "\r\n") != 1 || !strings.HasPrefix(got, "\uFEFF\"Titel\"") {
		t.Errorf("got %q, want the header only", got)
	}
}

func TestFormulaGuard(t *testing.T) {
	for _, s := range []string{"=1+1", "+49 711", "-5 %", "@SUM(A1)", "\tx"} {
		out := write(t, []kam.Action{{Title: s, Priority: "low", Status: "open"}}, actioncsv.Options{})
		if !strings.Contains(out, `"'`+s) {
			t.Errorf("%q: not guarded in %q", s, out)
		}
	}
	out := write(t, []kam.Action{{Title: "Größe = 5", Priority: "low", Status: "open"}}, actioncsv.Options{})
	if !strings.Contains(out, `"Größe = 5"`) {
		t.Errorf("plain text changed: %q", out)
	}
}

func TestSortedLeavesInput(t *testing.T) {
	in := sample()
	got := actioncsv.Sorted(in)
	if in[0].ID != "1" {
		t.Error("Sorted changed its input")
	}
	var ids []string
	for _, a := range got {
		ids = append(ids, a.ID)
	}
	if strings.Join(ids, ",") != "3,4,1,2" {
		t.Errorf("got order %v, want 3,4,1,2", ids)
	}
}

func TestFileName(t *testing.T) {
	tests := []struct{ client, workshop, date, lang, want string }{
		{"Müller GmbH", "Herbst 2026", "2026-11-26", "de", "Müller GmbH – Herbst 2026 – Maßnahmen 2026-11-26.csv"},
		{"Müller GmbH", "Autumn", "2026-11-26", "en", "Müller GmbH – Autumn – Actions 2026-11-26.csv"},
		{"A/B", "", "", "de", "A-B – Maßnahmen.csv"},
	}
	for _, tt := range tests {
		if got := actioncsv.FileName(tt.client, tt.workshop, tt.date, tt.lang); got != tt.want {
			t.Errorf("got %q, want %q", got, tt.want)
		}
	}
}

func TestWriteFile(t *testing.T) {
	path := filepath.Join(t.TempDir(), "Maßnahmen.csv")
	if err := actioncsv.WriteFile(path, sample()[:1], actioncsv.Options{Lang: "de"}); err != nil {
		t.Fatal(err)
	}
	got, err := os.ReadFile(path)
	if err != nil || !strings.HasPrefix(string(got), "\uFEFF\"Titel\";") || !strings.HasSuffix(string(got), "\"Offen\";\"org.crm_exists\"\r\n") {
		t.Fatalf("got %q, %v", got, err)
	}
}
