package sqlite_test

import (
	"context"
	"errors"
	"fmt"
	"testing"

	"kamworkbench/internal/kam"
)

func TestAddParticipant(t *testing.T) {
	ctx := context.Background()
	db := MustOpen(t)
	_, w := seed(t, db)
	ayse := w.Participants[0]
	if err := db.SaveVote(ctx, w.ID, kam.Vote{ParticipantID: ayse.ID, QuestionID: "q1", Rating: ptr(3)}); err != nil {
		t.Fatal(err)
	}
	p, err := db.AddParticipant(ctx, w.ID, kam.Participant{Name: "Anonym 1", Side: kam.SideOurs})
	if err != nil {
		t.Fatal(err)
	}
	if p.ID == "" || p.ID == ayse.ID {
		t.Fatalf("got id %q, want a new one", p.ID)
	}
	wd, err := db.WorkshopData(ctx, w.ID)
	if err != nil {
		t.Fatal(err)
	}
	if len(wd.Participants) != 2 || wd.Participants[0] != ayse || wd.Participants[1] != p || len(wd.Votes) != 1 {
		t.Fatalf("got participants %+v and votes %+v, want Ayşe with her vote, then the new one", wd.Participants, wd.Votes)
	}
	// The new participant votes like any other.
	if err := db.SaveVote(ctx, w.ID, kam.Vote{ParticipantID: p.ID, QuestionID: "q1", NA: true}); err != nil {
		t.Fatal(err)
	}
	// No side means the customer's.
	if q, err := db.AddParticipant(ctx, w.ID, kam.Participant{Name: "Anonym 2"}); err != nil || q.Side != kam.SideCustomer {
		t.Fatalf("got %+v, %v, want the customer's side", q, err)
	}

	for name, c := range map[string]struct {
		workshop string
		p        kam.Participant
		code     string
	}{
		"no name":          {w.ID, kam.Participant{Side: kam.SideOurs}, kam.EInvalid},
		"bad side":         {w.ID, kam.Participant{Name: "X", Side: "both"}, kam.EInvalid},
		"unknown workshop": {"00000000-0000-4000-8000-000000000000", kam.Participant{Name: "X"}, kam.ENotFound},
		"not an id":        {"x", kam.Participant{Name: "X"}, kam.ENotFound},
		"stranger":         {w.ID, kam.Participant{Name: "X", StakeholderID: "00000000-0000-4000-8000-000000000000"}, kam.EInvalid},
	} {
		t.Run(name, func(t *testing.T) {
			got, err := db.AddParticipant(ctx, c.workshop, c.p)
			var ke *kam.Error
			if !errors.As(err, &ke) || ke.Code != c.code || got.ID != "" {
				t.Fatalf("got %+v, %v, want a %s error and no id", got, err, c.code)
			}
		})
	}
}

func TestAddParticipantCapped(t *testing.T) {
	ctx := context.Background()
	db := MustOpen(t)
	_, w := seed(t, db)
	for i := len(w.Participants); i < kam.MaxParticipants; i++ {
		if _, err := db.AddParticipant(ctx, w.ID, kam.Participant{Name: fmt.Sprint("P", i)}); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := db.AddParticipant(ctx, w.ID, kam.Participant{Name: "one too many"}); err == nil {
		t.Fatalf("participant %d was added, want at most %d", kam.MaxParticipants+1, kam.MaxParticipants)
	}
	got, err := db.Workshop(ctx, w.ID)
	if err != nil || len(got.Participants) != kam.MaxParticipants {
		t.Fatalf("got %d participants (%v), want %d", len(got.Participants), err, kam.MaxParticipants)
	}
}

func TestSaveVotes(t *testing.T) {
	ctx := context.Background()
	db := MustOpen(t)
	_, w := seed(t, db)
	ayse := w.Participants[0].ID
	p, err := db.AddParticipant(ctx, w.ID, kam.Participant{Name: "Anonym 1"})
	if err != nil {
		t.Fatal(err)
	}
	if err := db.SaveVotes(ctx, w.ID, []kam.Vote{
		{ParticipantID: ayse, QuestionID: "q1", Rating: ptr(1)},
		{ParticipantID: p.ID, QuestionID: "q1", NA: true},
		{ParticipantID: ayse, QuestionID: "q1", Rating: ptr(2)}, // the later one wins
	}); err != nil {
		t.Fatal(err)
	}
	votes, err := db.Votes(ctx, w.ID)
	if err != nil || len(votes) != 2 || *votes[0].Rating != 2 || !votes[1].NA {
		t.Fatalf("got %+v, %v", votes, err)
	}
	// One bad vote and none is stored.
	for name, bad := range map[string]kam.Vote{
		"stranger": {ParticipantID: "00000000-0000-4000-8000-000000000000", QuestionID: "q2", Rating: ptr(1)},
		"invalid":  {ParticipantID: ayse, QuestionID: "q2", Rating: ptr(7)},
	} {
		err := db.SaveVotes(ctx, w.ID, []kam.Vote{{ParticipantID: p.ID, QuestionID: "q2", Rating: ptr(3)}, bad})
		if err == nil {
			t.Fatalf("%s: stored", name)
		}
		if votes, _ := db.Votes(ctx, w.ID); len(votes) != 2 {
			t.Fatalf("%s: a batch with a bad vote stored %+v", name, votes)
		}
	}
}
