package pdf_test

import (
	"strconv"
	"strings"
	"testing"

	"kamworkbench/internal/audience"
	"kamworkbench/internal/catalog"
	"kamworkbench/internal/kam"
	"kamworkbench/internal/pdf"
)

// summaryText renders only the summary of a workshop with the given ratings
// (question id → rating) and returns its text, squashed.
func summaryText(t *testing.T, cat *catalog.Catalog, ratings map[string]int, lang string) string {
	t.Helper()
	ws := kam.WorkshopData{Workshop: kam.Workshop{ID: "w", Title: "Runde"}}
	for id, r := range ratings {
		ws.Answers = append(ws.Answers, kam.Answer{QuestionID: id, Rating: ptr(r), Checked: []string{}})
	}
	acc := kam.Account{Client: kam.Client{ID: "c", Name: "Kunde"}, Workshops: []kam.WorkshopData{ws}}
	in := pdf.Input{Account: acc, WorkshopID: "w", Catalog: cat, Lang: lang, Sections: []pdf.Section{audience.Summary}, Now: now}
	return squash(pdfText(t, render(t, in)))
}

// between returns the part of s after from and before to.
func between(t *testing.T, s, from, to string) string {
	t.Helper()
	i := strings.Index(s, squash(from))
	j := strings.Index(s, squash(to))
	if i < 0 || j < i {
		t.Fatalf("no %q before %q in %q", from, to, s)
	}
	return s[i:j]
}

func TestLargestGapsAreBelowTwoAndAHalf(t *testing.T) {
	cat := catalog.MustLoad()
	q := cat.Areas[0].Questions
	text := func(i int) string { return expected(q[i].Text.In("de")) }

	t.Run("only 0–2, lowest first", func(t *testing.T) {
		got := between(t, summaryText(t, cat, map[string]int{q[0].ID: 3, q[1].ID: 4, q[2].ID: 2, q[3].ID: 1}, "de"),
			"Die fünf größten Lücken", "Wichtigste Maßnahmen")
		for _, i := range []int{0, 1} {
			if strings.Contains(got, text(i)) {
				t.Errorf("question rated %d is listed as a gap: %q", []int{3, 4}[i], got)
			}
		}
		one, two := strings.Index(got, text(3)), strings.Index(got, text(2))
		if one < 0 || two < 0 || one > two {
			t.Errorf("got %q, want the question rated 1, then the one rated 2", got)
		}
	})
	t.Run("only 3 and 4: no gap", func(t *testing.T) {
		for lang, want := range map[string]string{"de": "Keine Frage liegt unter 2,5.", "en": "No question is below 2.5."} {
			got := summaryText(t, cat, map[string]int{q[0].ID: 3, q[1].ID: 4}, lang)
			if !strings.Contains(got, squash(want)) {
				t.Errorf("%s: got %q, want %q", lang, got, want)
			}
			if strings.Contains(got, expected(q[0].Text.In(lang))) {
				t.Errorf("%s: a question rated 3 is listed as a gap", lang)
			}
		}
	})
}

func TestLargestGapsFromVotes(t *testing.T) {
	cat := catalog.MustLoad()
	q := cat.Areas[0].Questions
	ws := kam.WorkshopData{Workshop: kam.Workshop{ID: "w", Title: "Runde"}}
	for i, name := range []string{"Anna", "Ben", "Cem"} {
		ws.Participants = append(ws.Participants, kam.Participant{ID: "00000000-0000-4000-8000-00000000000" + strconv.Itoa(i+1), Name: name, Side: kam.SideCustomer})
	}
	vote := func(question string, ratings ...int) {
		for i, r := range ratings {
			ws.Votes = append(ws.Votes, kam.Vote{ParticipantID: ws.Participants[i].ID, QuestionID: question, Rating: ptr(r)})
		}
	}
	vote(q[0].ID, 2, 2, 3) // 2.33: a gap
	vote(q[1].ID, 3, 3, 2) // 2.67: none
	acc := kam.Account{Client: kam.Client{ID: "c", Name: "Kunde"}, Workshops: []kam.WorkshopData{ws}}
	in := pdf.Input{Account: acc, WorkshopID: "w", Catalog: cat, Sections: []pdf.Section{audience.Summary}, Now: now}
	got := between(t, squash(pdfText(t, render(t, in))), "Die fünf größten Lücken", "Wichtigste Maßnahmen")
	if !strings.Contains(got, expected(q[0].Text.In("de"))) || !strings.Contains(got, "2,3teilweise") {
		t.Errorf("got %q, want the question voted 2.33 with its value 2,3", got)
	}
	if strings.Contains(got, expected(q[1].Text.In("de"))) {
		t.Errorf("got %q: a question voted 2.67 is no gap", got)
	}
}

func TestSummaryScoresAreWholeNumbers(t *testing.T) {
	cat := catalog.MustLoad()
	q := cat.Areas[0].Questions
	// (3 + 2) / 2 × 25 = 62.5: shown as 63, never 62,5.
	got := summaryText(t, cat, map[string]int{q[0].ID: 3, q[1].ID: 2}, "de")
	if strings.Contains(got, "62,5") || strings.Contains(got, "62.5") {
		t.Errorf("got a score with decimals in %q", got)
	}
	if !strings.Contains(got, "63") {
		t.Errorf("got no 63 in %q", got)
	}
}
