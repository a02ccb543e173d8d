package app

import (
	"context"
	"path/filepath"
	"slices"
	"testing"
	"time"

	"kamworkbench/internal/kam"
	"kamworkbench/internal/sqlite"
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

// TestDetailsSurviveBundle: a workshop's date, place, facilitator and
// participants (side, link to the map, votes) come back from export →
// import, into a fresh workspace as they were and as a copy with the links
// and votes following the new ids.
func TestDetailsSurviveBundle(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	fd := &fileDialogs{saveDir: dir}
	b, acc := newBundles(t, fd)
	ws := &Workshops{db: b.db, now: time.Now}
	as := &Assessment{db: b.db, cat: b.cat}
	roth := acc.Stakeholders[9]
	created, err := ws.CreateRound(kam.Workshop{ClientID: acc.Client.ID, Title: "Runde Öhringen", Date: "2027-03-18",
		Location: "Öhringen, Werk 2 – Raum „Kocher“", Facilitator: "Dr. Katrin Albers",
		Participants: []kam.Participant{
			{Name: roth.Name, Role: roth.Title, Side: kam.SideCustomer, StakeholderID: roth.ID},
			{Name: "Julia Kessler", Role: "Key Account Managerin", Side: kam.SideOurs},
		}}, "")
	if err != nil {
		t.Fatal(err)
	}
	q := b.cat.QuestionIDs()[0]
	for i, p := range created.Participants {
		rating := i + 2
		if err := as.SaveVote(created.ID, kam.Vote{ParticipantID: p.ID, QuestionID: q, Rating: &rating}); err != nil {
			t.Fatal(err)
		}
	}
	path, err := b.Export(acc.Client.ID)
	if err != nil {
		t.Fatal(err)
	}
	fd.openPath = path

	check := func(t *testing.T, db *sqlite.DB, clientID string, same bool) {
		t.Helper()
		back, err := db.Account(ctx, clientID)
		if err != nil {
			t.Fatal(err)
		}
		var got *kam.WorkshopData
		for i := range back.Workshops {
			if back.Workshops[i].Title == "Runde Öhringen" {
				got = &back.Workshops[i]
			}
		}
		if got == nil {
			t.Fatal("the workshop did not come back")
		}
		if got.Date != "2027-03-18" || got.Location != "Öhringen, Werk 2 – Raum „Kocher“" || got.Facilitator != "Dr. Katrin Albers" {
			t.Errorf("details: got %q %q %q", got.Date, got.Location, got.Facilitator)
		}
		if len(got.Participants) != 2 {
			t.Fatalf("got %d participants, want 2", len(got.Participants))
		}
		for i, p := range got.Participants {
			want := created.Participants[i]
			if p.Name != want.Name || p.Role != want.Role || p.Side != want.Side || (p.ID == want.ID) != same {
				t.Errorf("participant %d: got %+v, want %+v (same ids: %v)", i, p, want, same)
			}
		}
		var linked *kam.Stakeholder
		for i := range back.Stakeholders {
			if back.Stakeholders[i].ID == got.Participants[0].StakeholderID {
				linked = &back.Stakeholders[i]
			}
		}
		if linked == nil || linked.Name != roth.Name || (linked.ID == roth.ID) != same {
			t.Errorf("the link to the map: got %+v, want %s", linked, roth.Name)
		}
		if len(got.Votes) != 2 {
			t.Fatalf("got %d votes, want 2", len(got.Votes))
		}
		for _, v := range got.Votes {
			i := slices.IndexFunc(got.Participants, func(p kam.Participant) bool { return p.ID == v.ParticipantID })
			if i < 0 || *v.Rating != i+2 {
				t.Errorf("vote %+v does not belong to the participant it was cast by", v)
			}
		}
	}

	t.Run("into a fresh workspace", func(t *testing.T) {
		fresh, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "fresh.db"))
		if err != nil {
			t.Fatal(err)
		}
		defer fresh.Close()
		b2 := &Bundles{db: fresh, cat: b.cat, dialogs: fd.dialogs(), now: exportDay}
		got, err := b2.Import("")
		if err != nil || got.Status != BundleImported {
			t.Fatalf("import: %+v %v", got, err)
		}
		check(t, fresh, acc.Client.ID, true)
	})
	t.Run("as a copy", func(t *testing.T) {
		got, err := b.Import("")
		if err != nil {
			t.Fatal(err)
		}
		copied, err := b.Resolve(got.Token, "copy")
		if err != nil {
			t.Fatal(err)
		}
		check(t, b.db, copied.ClientID, false)
	})
}
