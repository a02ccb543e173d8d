package app

import (
	"context"
	"testing"
	"time"

	"kamworkbench/internal/kam"
)

// TestCreateRoundDetails: a new round keeps the details it was created
// with, its participants get ids of their own (even when they came from the
// earlier round) and a stakeholder link, and an empty date means today.
func TestCreateRoundDetails(t *testing.T) {
	db, acc := sampleWorkspace(t)
	s := &Workshops{db: db, now: func() time.Time { return time.Date(2027, 3, 4, 9, 0, 0, 0, time.UTC) }}
	prev := acc.Workshops[1]
	maier := acc.Stakeholders[2]
	w := kam.Workshop{ClientID: acc.Client.ID, Title: "Runde 3", Date: "2027-05-12", Location: "Öhringen, Werk 2",
		Facilitator: "Dr. Katrin Albers",
		Participants: []kam.Participant{
			prev.Participants[0],
			{Name: maier.Name, Role: maier.Title, Side: kam.SideCustomer, StakeholderID: maier.ID},
			{Name: "Ohne Seite"},
		}}
	got, err := s.CreateRound(w, prev.ID)
	if err != nil {
		t.Fatal(err)
	}
	stored, err := s.Get(got.ID)
	if err != nil {
		t.Fatal(err)
	}
	if stored.Date != "2027-05-12" || stored.Location != "Öhringen, Werk 2" || stored.Facilitator != "Dr. Katrin Albers" {
		t.Fatalf("got %+v, want the details it was created with", stored)
	}
	if len(stored.Participants) != 3 {
		t.Fatalf("got %d participants, want 3", len(stored.Participants))
	}
	for i, p := range stored.Participants {
		if p.ID == "" || p.ID == prev.Participants[0].ID {
			t.Errorf("participant %d has id %q, want a new one", i, p.ID)
		}
	}
	if p := stored.Participants[1]; p.StakeholderID != maier.ID || p.Side != kam.SideCustomer || p.Role != maier.Title {
		t.Errorf("got %+v, want Maier linked to his stakeholder", p)
	}
	if p := stored.Participants[2]; p.Side != kam.SideCustomer {
		t.Errorf("got side %q for a participant without one, want customer", p.Side)
	}
	// The earlier round keeps its own participants.
	again, err := s.Get(prev.ID)
	if err != nil || again.Participants[0].ID != prev.Participants[0].ID {
		t.Fatalf("earlier round's participants changed: %+v (%v)", again.Participants, err)
	}
	answers, err := db.Answers(context.Background(), got.ID)
	if err != nil || len(answers) == 0 {
		t.Fatalf("got %d answers (%v), want the earlier round's", len(answers), err)
	}

	undated, err := s.CreateRound(kam.Workshop{ClientID: acc.Client.ID, Title: "Ohne Datum"}, "")
	if err != nil || undated.Date != "2027-03-04" {
		t.Fatalf("got date %q (%v), want today", undated.Date, err)
	}
	if _, err := s.CreateRound(kam.Workshop{ClientID: acc.Client.ID, Title: "Fremd", Participants: []kam.Participant{{Name: "X", StakeholderID: "00000000-0000-4000-8000-000000000000"}}}, ""); kam.ErrorCode(err) != kam.EInvalid {
		t.Fatalf("got %v for a stakeholder of no one, want invalid", err)
	}
}
