package bundle_test

import (
	"strings"
	"testing"

	"kamworkbench/internal/kam"
)

// withVotes returns a bundle of the demo account whose current round has
// two votes of its first participant, changed by edit.
func withVotes(tb testing.TB, edit func(doc map[string]any)) []byte {
	tb.Helper()
	return withDoc(tb, func(doc map[string]any) {
		pid := value(doc, "workshops.1.participants.0.id")
		q0, q1 := cat.QuestionIDs()[0], cat.QuestionIDs()[1]
		set(doc, "workshops.1.votes", []any{
			map[string]any{"participant_id": pid, "question_id": q0, "rating": 3, "na": false},
			map[string]any{"participant_id": pid, "question_id": q1, "rating": nil, "na": true},
		})
		edit(doc)
	})
}

func TestReadV2Votes(t *testing.T) {
	acc, err := read(withVotes(t, func(map[string]any) {}))
	if err != nil {
		t.Fatal(err)
	}
	w := acc.Workshops[1]
	if len(w.Votes) != 2 || w.Votes[0].ParticipantID != w.Participants[0].ID || *w.Votes[0].Rating != 3 || !w.Votes[1].NA {
		t.Fatalf("votes: got %+v", w.Votes)
	}
	again, err := read(write(t, acc))
	if err != nil || len(again.Workshops[1].Votes) != 2 {
		t.Fatalf("votes lost on the way round: %v %+v", err, again.Workshops[1].Votes)
	}
}

// Every bad v2 case fails the import like any other bad value.
func TestReadV2Refuses(t *testing.T) {
	other := "7d0f4c1e-5b8a-4f6e-9c2d-3a1b0e9f8d7c"
	for _, tc := range []struct {
		name string
		edit func(doc map[string]any)
		want string
	}{
		{"vote of an unknown participant", func(d map[string]any) { set(d, "workshops.1.votes.0.participant_id", other) },
			"workshops[1].votes[0].participant_id: " + other + " is not a participant of this workshop"},
		{"vote of a participant of another workshop", func(d map[string]any) {
			set(d, "workshops.1.votes.0.participant_id", value(d, "workshops.0.participants.0.id"))
		}, "workshops[1].votes[0].participant_id: "},
		{"vote on an unknown question", func(d map[string]any) { set(d, "workshops.1.votes.1.question_id", "org.gibt_es_nicht") },
			`workshops[1].votes[1].question_id: "org.gibt_es_nicht" is not a question`},
		{"two votes of one person on one question", func(d map[string]any) {
			set(d, "workshops.1.votes.1.question_id", value(d, "workshops.1.votes.0.question_id"))
		}, "workshops[1].votes[1]: participant "},
		{"vote rating 5", func(d map[string]any) { set(d, "workshops.1.votes.0.rating", 5) }, "workshops[1].votes[0].rating: 5 is outside 0–4"},
		{"vote both rated and n.a.", func(d map[string]any) { set(d, "workshops.1.votes.0.na", true) }, "workshops[1].votes[0].rating: a vote is either"},
		{"vote neither rated nor n.a.", func(d map[string]any) { set(d, "workshops.1.votes.1.na", false) }, "workshops[1].votes[1].rating: a vote needs"},
		{"vote without participant", func(d map[string]any) { set(d, "workshops.1.votes.0.participant_id", "") }, "workshops[1].votes[0].participant_id: is missing"},
		{"side not customer or ours", func(d map[string]any) { set(d, "workshops.1.participants.1.side", "them") },
			`workshops[1].participants[1].side: "them" is not one of customer, ours`},
		{"side missing", func(d map[string]any) { delete(value(d, "workshops.1.participants.1").(map[string]any), "side") },
			`workshops[1].participants[1].side: "" is not one of`},
		{"participant without id", func(d map[string]any) { set(d, "workshops.1.participants.2.id", "") }, "workshops[1].participants[2].id: is missing"},
		{"participant id twice", func(d map[string]any) {
			set(d, "workshops.1.participants.2.id", value(d, "workshops.1.participants.1.id"))
		}, "workshops[1].participants[2].id: the id "},
		{"participant of an unknown stakeholder", func(d map[string]any) { set(d, "workshops.1.participants.0.stakeholder_id", other) },
			"workshops[1].participants[0].stakeholder_id: " + other + " is not a stakeholder of this bundle"},
		{"votes in a version 1 bundle", func(d map[string]any) {
			set(d, "version", 1)
			set(d, "workshops.0.votes", []any{})
		}, "workshops[1].votes: a version 1 bundle has no votes"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := read(withVotes(t, tc.edit))
			if err == nil {
				t.Fatalf("Read accepted the bundle; want an error containing %q", tc.want)
			}
			if msg := kam.ErrorMessage(err); !strings.Contains(msg, tc.want) {
				t.Errorf("got %q, want it to contain %q", msg, tc.want)
			}
		})
	}
}

// A version 1 bundle still imports: participants get new ids and the
// customer's side, notes stay internal notes (no finding), no action is
// internal, whatever fields a v1 writer may have added.
func TestReadV1(t *testing.T) {
	data := withDoc(t, func(d map[string]any) {
		set(d, "version", 1)
		set(d, "workshops.1.answers.0.notes", "Nur für uns")
		set(d, "workshops.1.answers.0.finding", "should not become a finding")
		set(d, "workshops.1.actions.0.internal", true)
		for _, w := range []string{"workshops.0", "workshops.1"} {
			for _, p := range value(d, w+".participants").([]any) {
				m := p.(map[string]any)
				delete(m, "id")
				delete(m, "side")
				delete(m, "stakeholder_id")
			}
			delete(value(d, w).(map[string]any), "votes")
		}
	})
	acc, err := read(data)
	if err != nil {
		t.Fatal(err)
	}
	w := acc.Workshops[1]
	seen := map[string]bool{}
	for _, p := range w.Participants {
		if p.ID == "" || seen[p.ID] || p.Side != kam.SideCustomer || p.StakeholderID != "" {
			t.Errorf("participant %+v: want a new id of its own and side customer", p)
		}
		seen[p.ID] = true
	}
	if a := w.Answers[0]; a.Notes != "Nur für uns" || a.Finding != "" {
		t.Errorf("answer: got notes %q finding %q, want the notes kept internal and no finding", a.Notes, a.Finding)
	}
	if w.Actions[0].Internal {
		t.Error("a v1 action came in internal")
	}
	if len(w.Votes) != 0 {
		t.Errorf("votes: got %d, want none", len(w.Votes))
	}
}
