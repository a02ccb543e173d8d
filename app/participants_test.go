package app

import (
	"context"
	"fmt"
	"path/filepath"
	"sync"
	"testing"

	"kamworkbench/internal/catalog"
	"kamworkbench/internal/kam"
)

// TestDetailsSaveKeepsParticipantsAddedMeanwhile: the details dialog saves
// from the workshop it loaded; a phone in the room adds a participant who
// votes meanwhile. Neither the details save (with the stale list) nor the
// dialog's own participant edits may drop that participant or their vote.
func TestDetailsSaveKeepsParticipantsAddedMeanwhile(t *testing.T) {
	ctx := context.Background()
	db := openWindowWorkspace(t, filepath.Join(t.TempDir(), "workspace.db"))
	defer db.Close()
	svc := NewServices(db, catalog.MustLoad(), "test")
	q := catalog.MustLoad().QuestionIDs()[0]
	c, err := svc.Clients.Save(kam.Client{Name: "Hofmann"})
	if err != nil {
		t.Fatal(err)
	}
	loaded, err := svc.Workshops.CreateRound(kam.Workshop{ClientID: c.ID, Title: "Runde 1",
		Participants: []kam.Participant{{Name: "Anna Berg", Side: kam.SideCustomer}}}, "")
	if err != nil {
		t.Fatal(err)
	}
	// The phone joins as it does in the room (sqlite.AddParticipant) and votes.
	phone, err := db.AddParticipant(ctx, loaded.ID, kam.Participant{Name: "Anonym 1"})
	if err != nil {
		t.Fatal(err)
	}
	if err := svc.Assessment.SaveVote(loaded.ID, kam.Vote{ParticipantID: phone.ID, QuestionID: q, Rating: new(3)}); err != nil {
		t.Fatal(err)
	}

	// The dialog, still on the list it loaded: the place, then Anna's function.
	stale := loaded
	stale.Location = "Öhringen"
	saved, err := svc.Workshops.Save(stale)
	if err != nil {
		t.Fatal(err)
	}
	if saved.Location != "Öhringen" || len(saved.Participants) != 2 || saved.Participants[1].ID != phone.ID {
		t.Fatalf("got %q with %+v, want the new place and both participants", saved.Location, saved.Participants)
	}
	anna := loaded.Participants[0]
	anna.Role = "Einkauf"
	if _, err := svc.Workshops.UpdateParticipant(loaded.ID, anna); err != nil {
		t.Fatal(err)
	}
	added, err := svc.Workshops.AddParticipant(loaded.ID, kam.Participant{Name: "Jörg Müller", Side: kam.SideOurs})
	if err != nil {
		t.Fatal(err)
	}

	got, err := svc.Workshops.Get(loaded.ID)
	if err != nil {
		t.Fatal(err)
	}
	want := []kam.Participant{anna, phone, added}
	want[1].Side = kam.SideCustomer
	if fmt.Sprint(got.Participants) != fmt.Sprint(want) {
		t.Fatalf("got participants %+v, want %+v", got.Participants, want)
	}
	votes, err := svc.Assessment.Votes(loaded.ID)
	if err != nil || len(votes) != 1 || votes[0].ParticipantID != phone.ID {
		t.Fatalf("got votes %+v (%v), want the phone's", votes, err)
	}

	// Removing is by id too: Anna goes, the phone's participant stays.
	if err := svc.Workshops.RemoveParticipant(loaded.ID, anna.ID); err != nil {
		t.Fatal(err)
	}
	if err := svc.Workshops.RemoveParticipant(loaded.ID, anna.ID); kam.ErrorCode(err) != kam.ENotFound {
		t.Fatalf("removing twice: got %v, want not_found", err)
	}
	if _, err := svc.Workshops.UpdateParticipant(loaded.ID, anna); kam.ErrorCode(err) != kam.ENotFound {
		t.Fatalf("updating a removed participant: got %v, want not_found", err)
	}
	other, err := svc.Workshops.CreateRound(kam.Workshop{ClientID: c.ID, Title: "Runde 2"}, "")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := svc.Workshops.UpdateParticipant(other.ID, phone); kam.ErrorCode(err) != kam.ENotFound {
		t.Fatalf("updating another workshop's participant: got %v, want not_found", err)
	}
	if err := svc.Workshops.RemoveParticipant(other.ID, phone.ID); kam.ErrorCode(err) != kam.ENotFound {
		t.Fatalf("removing another workshop's participant: got %v, want not_found", err)
	}
	if got, _ := svc.Workshops.Get(loaded.ID); len(got.Participants) != 2 || got.Participants[0].ID != phone.ID {
		t.Fatalf("got %+v, want the phone's participant and Jörg", got.Participants)
	}
}

// TestDetailsSavesRacePhones: phones join while the window saves the
// details and edits its own participants as fast as it can; every phone's
// participant and vote is there at the end, and no save of the window was
// refused as stale because a phone joined.
func TestDetailsSavesRacePhones(t *testing.T) {
	db := openWindowWorkspace(t, filepath.Join(t.TempDir(), "workspace.db"))
	defer db.Close()
	svc := NewServices(db, catalog.MustLoad(), "test")
	q := catalog.MustLoad().QuestionIDs()[0]
	c, err := svc.Clients.Save(kam.Client{Name: "Hofmann"})
	if err != nil {
		t.Fatal(err)
	}
	w, err := svc.Workshops.CreateRound(kam.Workshop{ClientID: c.ID, Title: "Runde 1",
		Participants: []kam.Participant{{Name: "Anna Berg", Side: kam.SideCustomer}}}, "")
	if err != nil {
		t.Fatal(err)
	}
	const phones = 20
	var wg sync.WaitGroup
	errs := make(chan error, phones+1)
	for i := range phones {
		wg.Go(func() {
			p, err := db.AddParticipant(context.Background(), w.ID, kam.Participant{Name: fmt.Sprintf("Anonym %d", i+1)})
			if err == nil {
				err = svc.Assessment.SaveVote(w.ID, kam.Vote{ParticipantID: p.ID, QuestionID: q, NA: true})
			}
			errs <- err
		})
	}
	wg.Go(func() {
		anna := w.Participants[0]
		version := w.UpdatedAt
		for i := range 40 {
			stale := w // the list the dialog loaded, before any phone joined
			stale.Location = fmt.Sprintf("Raum %d", i)
			stale.UpdatedAt = version // the details' version the window stored last: a phone joining is no new version
			saved, err := svc.Workshops.Save(stale)
			if err != nil {
				errs <- err
				return
			}
			version = saved.UpdatedAt
			anna.Role = fmt.Sprintf("Funktion %d", i)
			if _, err := svc.Workshops.UpdateParticipant(w.ID, anna); err != nil {
				errs <- err
				return
			}
		}
		errs <- nil
	})
	wg.Wait()
	close(errs)
	for err := range errs {
		if err != nil {
			t.Fatal(err)
		}
	}
	got, err := svc.Workshops.Get(w.ID)
	if err != nil {
		t.Fatal(err)
	}
	votes, err := svc.Assessment.Votes(w.ID)
	if err != nil {
		t.Fatal(err)
	}
	if len(got.Participants) != phones+1 || len(votes) != phones {
		t.Fatalf("got %d participants and %d votes, want %d and %d", len(got.Participants), len(votes), phones+1, phones)
	}
	if got.Location != "Raum 39" || got.Participants[0].Role != "Funktion 39" {
		t.Fatalf("got %q and %q, want the window's last edits", got.Location, got.Participants[0].Role)
	}
}
