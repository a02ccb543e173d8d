package demo

import (
	"strings"
	"testing"

	"kamworkbench/internal/catalog"
	"kamworkbench/internal/kam"
)

// TestSampleNotesFitTheirQuestions: every note and finding of the sample is
// its own sentence, and each sits on the answer to the question it is about
// (the notes are keyed by question; a key the sample does not answer would
// be dropped without a word).
func TestSampleNotesFitTheirQuestions(t *testing.T) {
	cat := catalog.MustLoad()
	acc := Account(cat)
	seen := map[string]string{}
	texts := 0
	for _, w := range acc.Workshops {
		for _, a := range w.Answers {
			for kind, text := range map[string]string{"note": a.Notes, "finding": a.Finding} {
				if strings.TrimSpace(text) == "" {
					continue
				}
				texts++
				if prev, ok := seen[text]; ok {
					t.Errorf("%s of %s %s repeats the one of %s: %q", kind, w.Title, a.QuestionID, prev, text)
				}
				seen[text] = w.Title + " " + a.QuestionID
			}
		}
	}
	if texts < 30 {
		t.Errorf("the sample has %d notes and findings; want the current round's answers to carry most of them", texts)
	}
	for _, s := range acc.Stakeholders {
		if s.Notes == "" {
			continue
		}
		if prev, ok := seen[s.Notes]; ok {
			t.Errorf("%s's note repeats the one of %s", s.Name, prev)
		}
		seen[s.Notes] = s.Name
	}

	// Each keyed text reached its question.
	current := acc.Workshops[len(acc.Workshops)-1]
	for q, text := range notes {
		if _, ok := cat.Question(q); !ok {
			t.Errorf("note for %q: no such question", q)
		}
		if got := answerOf(current.Answers, q); got == nil || got.Notes != text {
			t.Errorf("note for %q did not reach its answer", q)
		}
	}
	for q, text := range findings {
		if got := answerOf(current.Answers, q); got == nil || got.Finding != text || got.NA {
			t.Errorf("finding for %q did not reach a rated answer", q)
		}
	}
}

func answerOf(answers []kam.Answer, questionID string) *kam.Answer {
	for i := range answers {
		if answers[i].QuestionID == questionID {
			return &answers[i]
		}
	}
	return nil
}
