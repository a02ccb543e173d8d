package sqlite_test

import (
	"context"
	"testing"

	"kamworkbench/internal/kam"
	"kamworkbench/internal/sqlite"
)

func TestParticipantsKeepTheirVotes(t *testing.T) {
	ctx := context.Background()
	db := MustOpen(t)
	c, w := seed(t, db)
	if len(w.Participants) != 1 || w.Participants[0].ID == "" || w.Participants[0].Side != kam.SideCustomer {
		t.Fatalf("new participant: got %+v, want an id and the customer's side", w.Participants)
	}
	w.Participants = append(w.Participants, kam.Participant{Name: "Jörg", Role: "Vertrieb", Side: kam.SideOurs})
	w, err := db.SaveWorkshop(ctx, w)
	if err != nil {
		t.Fatal(err)
	}
	ayse, jorg := w.Participants[0], w.Participants[1]
	for _, v := range []kam.Vote{
		{ParticipantID: ayse.ID, QuestionID: "q1", Rating: ptr(1)},
		{ParticipantID: jorg.ID, QuestionID: "q1", Rating: ptr(4)},
		{ParticipantID: jorg.ID, QuestionID: "q2", NA: true},
	} {
		if err := db.SaveVote(ctx, w.ID, v); err != nil {
			t.Fatal(err)
		}
	}
	// A changed vote replaces the one before.
	if err := db.SaveVote(ctx, w.ID, kam.Vote{ParticipantID: ayse.ID, QuestionID: "q1", Rating: ptr(2)}); err != nil {
		t.Fatal(err)
	}
	// Saving the workshop again (a new title, the list reordered) keeps
	// every participant's votes.
	w.Title = "Runde 1 (Nachtrag)"
	w.Participants = []kam.Participant{jorg, ayse}
	if w, err = db.SaveWorkshop(ctx, w); err != nil {
		t.Fatal(err)
	}
	wd, err := db.WorkshopData(ctx, w.ID)
	if err != nil {
		t.Fatal(err)
	}
	if len(wd.Votes) != 3 || wd.Votes[0].ParticipantID != jorg.ID || *wd.Votes[1].Rating != 2 || !wd.Votes[2].NA {
		t.Fatalf("votes after saving the workshop: got %+v", wd.Votes)
	}
	if wd.Participants[0].ID != jorg.ID || wd.Participants[1].ID != ayse.ID {
		t.Errorf("order: got %+v", wd.Participants)
	}

	// Taking a vote back, then a participant leaving, removes theirs.
	if err := db.DeleteVote(ctx, w.ID, jorg.ID, "q2"); err != nil {
		t.Fatal(err)
	}
	w.Participants = []kam.Participant{ayse}
	if w, err = db.SaveWorkshop(ctx, w); err != nil {
		t.Fatal(err)
	}
	votes, err := db.Votes(ctx, w.ID)
	if err != nil || len(votes) != 1 || votes[0].ParticipantID != ayse.ID {
		t.Fatalf("votes after Jörg left: got %+v %v, want Ayşe's alone", votes, err)
	}

	// Another workshop's participants and the ids of strangers are refused.
	other, err := db.SaveWorkshop(ctx, kam.Workshop{ClientID: c.ID, Title: "Runde 2", Participants: []kam.Participant{{Name: "Eve"}}})
	if err != nil {
		t.Fatal(err)
	}
	if err := db.SaveVote(ctx, w.ID, kam.Vote{ParticipantID: other.Participants[0].ID, QuestionID: "q1", Rating: ptr(1)}); code(err) != kam.ENotFound {
		t.Errorf("vote of another workshop's participant: got %v, want not found", err)
	}
	w.Participants = []kam.Participant{ayse, other.Participants[0]}
	if _, err := db.SaveWorkshop(ctx, w); code(err) != kam.ENotFound {
		t.Errorf("taking over another workshop's participant: got %v, want not found", err)
	}
	w.Participants = []kam.Participant{ayse, ayse}
	if _, err := db.SaveWorkshop(ctx, w); code(err) != kam.EInvalid {
		t.Errorf("one participant twice: got %v, want invalid", err)
	}
	for _, bad := range []kam.Vote{
		{ParticipantID: ayse.ID, QuestionID: "q1"},
		{ParticipantID: ayse.ID, QuestionID: "q1", Rating: ptr(5)},
		{ParticipantID: ayse.ID, QuestionID: "q1", Rating: ptr(2), NA: true},
		{ParticipantID: ayse.ID, QuestionID: "", Rating: ptr(2)},
	} {
		if err := db.SaveVote(ctx, w.ID, bad); code(err) != kam.EInvalid {
			t.Errorf("vote %+v: got %v, want invalid", bad, err)
		}
	}
}

func TestParticipantAsStakeholder(t *testing.T) {
	ctx := context.Background()
	db := MustOpen(t)
	c, w := seed(t, db)
	s, err := db.SaveStakeholder(ctx, kam.Stakeholder{ClientID: c.ID, Name: "Ayşe Yılmaz", Department: "purchasing", BuyingRole: "user", Influence: 3})
	if err != nil {
		t.Fatal(err)
	}
	w.Participants[0].StakeholderID = s.ID
	if w, err = db.SaveWorkshop(ctx, w); err != nil || w.Participants[0].StakeholderID != s.ID {
		t.Fatalf("got %+v %v", w.Participants, err)
	}
	// A person of another client's map is not this workshop's to link.
	c2, _ := db.SaveClient(ctx, kam.Client{Name: "Andere GmbH"})
	s2, err := db.SaveStakeholder(ctx, kam.Stakeholder{ClientID: c2.ID, Name: "Fremd", Department: "it", BuyingRole: "user", Influence: 3})
	if err != nil {
		t.Fatal(err)
	}
	w.Participants[0].StakeholderID = s2.ID
	if _, err := db.SaveWorkshop(ctx, w); code(err) != kam.EInvalid {
		t.Errorf("stakeholder of another client: got %v, want invalid", err)
	}
	// Deleting the stakeholder keeps the participant, unlinked.
	if err := db.DeleteStakeholder(ctx, s.ID); err != nil {
		t.Fatal(err)
	}
	got, err := db.Workshop(ctx, w.ID)
	if err != nil || len(got.Participants) != 1 || got.Participants[0].StakeholderID != "" {
		t.Fatalf("after the stakeholder was deleted: got %+v %v", got.Participants, err)
	}
}

// Schema 2 gives the participants of a schema 1 workspace ids of their own
// and the customer's side, and keeps notes as internal notes.
func TestMigrationGivesParticipantsIDs(t *testing.T) {
	ctx := context.Background()
	db, err := sqlite.Open(ctx, copyFixture(t, "workspace-v1.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	clients, err := db.Clients(ctx)
	if err != nil {
		t.Fatal(err)
	}
	acc, err := db.Account(ctx, clients[0].ID)
	if err != nil {
		t.Fatal(err)
	}
	seen := map[string]bool{}
	notes := 0
	for _, w := range acc.Workshops {
		for _, p := range w.Participants {
			if len(p.ID) != 36 || seen[p.ID] || p.Side != kam.SideCustomer || p.StakeholderID != "" {
				t.Errorf("participant %+v: want an id of its own and side customer", p)
			}
			seen[p.ID] = true
		}
		for _, a := range w.Answers {
			if a.Finding != "" {
				t.Errorf("answer %s: got finding %q, want none", a.QuestionID, a.Finding)
			}
			if a.Notes != "" {
				notes++
			}
		}
		for _, a := range w.Actions {
			if a.Internal {
				t.Errorf("action %q came out internal", a.Title)
			}
		}
	}
	if len(seen) != 6 || notes == 0 {
		t.Errorf("got %d participants and %d notes, want the fixture's 6 and its notes", len(seen), notes)
	}
}
