package xlsx_test

import (
	"bytes"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"kamworkbench/internal/audience"
	"kamworkbench/internal/catalog"
	"kamworkbench/internal/demo"
	"kamworkbench/internal/kam"
	"kamworkbench/internal/xlsx"
)

var cat = catalog.MustLoad()

// workbook renders the view of acc's latest workshop for a, in lang, and
// opens the result again.
func workbook(t *testing.T, acc kam.Account, a audience.Audience, lang string, sections ...audience.Section) *excelize.File {
	t.Helper()
	w := acc.Workshops[len(acc.Workshops)-1]
	v, err := audience.For(audience.Request{Account: acc, WorkshopID: w.ID, Areas: cat.AreaQuestions(), Audience: a, Sections: sections})
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := xlsx.Write(&buf, xlsx.Input{View: v, Catalog: cat, Lang: lang}); err != nil {
		t.Fatal(err)
	}
	f, err := excelize.OpenReader(&buf)
	if err != nil {
		t.Fatalf("the workbook does not open again: %v", err)
	}
	t.Cleanup(func() { f.Close() })
	return f
}

// text is every cell of every sheet, with the sheet names.
func text(t *testing.T, f *excelize.File) string {
	t.Helper()
	var b strings.Builder
	for _, name := range f.GetSheetList() {
		b.WriteString(name + "\n")
		rows, err := f.GetRows(name)
		if err != nil {
			t.Fatal(err)
		}
		for _, r := range rows {
			b.WriteString(strings.Join(r, "\t") + "\n")
		}
	}
	return b.String()
}

// headers is the names and header rows of every sheet.
func headers(t *testing.T, f *excelize.File) string {
	t.Helper()
	var b strings.Builder
	for _, name := range f.GetSheetList() {
		rows, err := f.GetRows(name)
		if err != nil || len(rows) == 0 {
			t.Fatalf("%s: %v, %d rows", name, err, len(rows))
		}
		b.WriteString(name + ": " + strings.Join(rows[0], "|") + "\n")
	}
	return b.String()
}

// marked is the sample with internal and customer-readable text that can
// be searched for, in German, with umlauts and CJK.
func marked() kam.Account {
	acc := demo.Account(cat)
	w := &acc.Workshops[len(acc.Workshops)-1]
	w.Answers[0].Finding = "BEFUND-Größe 顧客の声"
	w.Answers[0].Notes = "GEHEIM-Notiz-1"
	w.Actions[0].Title = "Öffentliche Maßnahme 行動"
	w.Actions[0].Due = "2027-02-28"
	w.Actions[0].Probability = 37
	w.Actions[1].Title = "GEHEIM-Maßnahme-intern"
	w.Actions[1].Internal = true
	w.Participants = append(w.Participants, kam.Participant{ID: "3f1c2a9e-0000-4000-8000-000000000001", Name: "GEHEIM-Wähler", Side: kam.SideCustomer})
	w.Votes = append(w.Votes, kam.Vote{ParticipantID: "3f1c2a9e-0000-4000-8000-000000000001", QuestionID: w.Answers[1].QuestionID, Rating: ptr(1)},
		kam.Vote{ParticipantID: w.Participants[0].ID, QuestionID: w.Answers[1].QuestionID, Rating: ptr(4)})
	acc.Client.Notes = "GEHEIM-Kundennotiz"
	acc.Client.SWOT.Threats = "GEHEIM-SWOT"
	acc.Stakeholders[0].Notes = "GEHEIM-Personennotiz"
	acc.Stakeholders[0].Owner = "GEHEIM-Beziehungspfleger"
	acc.Stakeholders[0].Email = "geheim@example.invalid"
	acc.Competitors[0].Name = "GEHEIM-Wettbewerber"
	acc.Opportunities[0].Title = "GEHEIM-Opportunity"
	acc.Arguments[0].Feature = "GEHEIM-Argument"
	return acc
}

func ptr(i int) *int { return &i }

func TestCustomerWorkbookHoldsNothingInternal(t *testing.T) {
	acc := marked()
	for _, sections := range [][]audience.Section{nil, audience.Allowed(audience.Customer)} {
		all := text(t, workbook(t, acc, audience.Customer, "de", sections...))
		if strings.Contains(all, "GEHEIM") || strings.Contains(all, "geheim@") {
			t.Errorf("the customer workbook (sections %v) holds internal text:\n%s", sections, all)
		}
		// The questionnaire speaks of competitors and probabilities; the
		// sheets and their columns must not.
		heads := headers(t, workbook(t, acc, audience.Customer, "de", sections...))
		for _, word := range []string{"Erfolgswahrscheinlichkeit", "Notizen", "Intern", "Wettbewerber", "Opportunit", "Beziehung", "Einstellung", "Einfluss", "Rolle", "E-Mail"} {
			if strings.Contains(heads, word) {
				t.Errorf("the customer workbook (sections %v) has a sheet or column %q: %s", sections, word, heads)
			}
		}
		for _, want := range []string{"BEFUND-Größe 顧客の声", "Öffentliche Maßnahme 行動", acc.Client.Name} {
			if want == acc.Client.Name {
				continue // the client's name is on the cover, not in the sheets
			}
			if !strings.Contains(all, want) {
				t.Errorf("the customer workbook lacks %q", want)
			}
		}
	}
	// The org chart goes in only when chosen: names, titles, departments.
	with := workbook(t, acc, audience.Customer, "de", audience.Cover, audience.Summary, audience.Assessment, audience.OrgChart, audience.Actions)
	if idx, _ := with.GetSheetIndex("Organigramm"); idx < 0 {
		t.Fatalf("org chart chosen, sheets %v", with.GetSheetList())
	}
	without := workbook(t, acc, audience.Customer, "de")
	if idx, _ := without.GetSheetIndex("Organigramm"); idx >= 0 {
		t.Errorf("org chart not chosen but in the workbook: %v", without.GetSheetList())
	}
}

func TestInternalWorkbook(t *testing.T) {
	acc := marked()
	f := workbook(t, acc, audience.Internal, "de")
	want := []string{"Maßnahmen", "Bewertung", "Stakeholder", "Wettbewerber", "Opportunities"}
	if got := f.GetSheetList(); strings.Join(got, ",") != strings.Join(want, ",") {
		t.Fatalf("sheets: got %v, want %v", got, want)
	}
	all := text(t, f)
	for _, marker := range []string{"GEHEIM-Notiz-1", "GEHEIM-Maßnahme-intern", "GEHEIM-Wähler", "GEHEIM-Wettbewerber", "GEHEIM-Opportunity", "GEHEIM-Personennotiz"} {
		if !strings.Contains(all, marker) {
			t.Errorf("the internal workbook lacks %q", marker)
		}
	}

	// Typed cells: a due date is a date, a probability a percentage, a value
	// in euros a number, umlauts and CJK as they were.
	if v, _ := f.GetCellValue("Maßnahmen", "A2"); v != "Öffentliche Maßnahme 行動" {
		t.Errorf("A2 = %q", v)
	}
	if typ, _ := f.GetCellType("Maßnahmen", "C2"); typ != excelize.CellTypeNumber && typ != excelize.CellTypeUnset {
		t.Errorf("due date cell type %v, want a number (a date)", typ)
	}
	raw, _ := f.GetCellValue("Maßnahmen", "C2", excelize.Options{RawCellValue: true})
	if raw != "46446" { // 2027-02-28 as an Excel serial day
		t.Errorf("due date raw %q, want 46446", raw)
	}
	if shown, _ := f.GetCellValue("Maßnahmen", "C2"); shown != "28.02.2027" {
		t.Errorf("due date shown %q, want 28.02.2027", shown)
	}
	if raw, _ := f.GetCellValue("Maßnahmen", "G2", excelize.Options{RawCellValue: true}); raw != "0.37" {
		t.Errorf("probability raw %q, want 0.37", raw)
	}
	if shown, _ := f.GetCellValue("Maßnahmen", "G2"); shown != "37%" {
		t.Errorf("probability shown %q, want 37%%", shown)
	}
	o := acc.Opportunities[0]
	if raw, _ := f.GetCellValue("Opportunities", "B2", excelize.Options{RawCellValue: true}); raw == "" || raw[0] < '0' || raw[0] > '9' {
		t.Errorf("opportunity value raw %q, want the number %v", raw, o.Value)
	}

	// The header row is frozen and filtered on every sheet.
	for _, name := range f.GetSheetList() {
		panes, err := f.GetPanes(name)
		if err != nil || !panes.Freeze || panes.YSplit != 1 {
			t.Errorf("%s: panes %+v %v, want the header frozen", name, panes, err)
		}
		if head, _ := f.GetCellStyle(name, "A1"); head == 0 {
			t.Errorf("%s: the header has no style", name)
		}
	}
	// Both sides' votes by name, internally.
	rows, _ := f.GetRows("Bewertung")
	header := strings.Join(rows[0], "|")
	for _, name := range []string{"GEHEIM-Wähler", acc.Workshops[1].Participants[0].Name} {
		if !strings.Contains(header, name) {
			t.Errorf("scores header %q lacks the participant %q", header, name)
		}
	}
}

func TestEnglishWorkbook(t *testing.T) {
	f := workbook(t, marked(), audience.Customer, "en")
	if got := f.GetSheetList(); strings.Join(got, ",") != "Actions,Assessment" {
		t.Errorf("sheets: got %v", got)
	}
	if v, _ := f.GetCellValue("Actions", "B1"); v != "Owner" {
		t.Errorf("B1 = %q, want Owner", v)
	}
}
