package app

import (
	"context"
	"path/filepath"
	"testing"
)

// TestWelcomeOpensTheSampleOnce: the first start of a new workspace opens
// the sample client's latest round, once; a reopened workspace and one that
// had clients before open on the client list.
func TestWelcomeOpensTheSampleOnce(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "workspace.db")
	db := openWindowWorkspace(t, path)
	s := &Settings{db: db}
	got, err := s.TakeWelcome()
	if err != nil {
		t.Fatal(err)
	}
	list, err := db.Clients(ctx)
	if err != nil || len(list) != 1 {
		t.Fatalf("clients %v, %v; want the sample", list, err)
	}
	acc, err := db.Account(ctx, list[0].ID)
	if err != nil {
		t.Fatal(err)
	}
	if got.ClientID != list[0].ID {
		t.Errorf("welcome to client %q, want the sample %q", got.ClientID, list[0].ID)
	}
	// The sample's later round.
	for _, w := range acc.Workshops {
		if (w.Workshop.ID == got.WorkshopID) != (w.Workshop.Title == "KAM-Workshop Herbst 2026") {
			t.Errorf("welcome to workshop %q; %q is %q", got.WorkshopID, w.Workshop.ID, w.Workshop.Title)
		}
	}
	if again, _ := s.TakeWelcome(); again != (Welcome{}) {
		t.Errorf("second welcome %+v, want none", again)
	}
	db.Close()

	db = openWindowWorkspace(t, path)
	defer db.Close()
	if w, _ := (&Settings{db: db}).TakeWelcome(); w != (Welcome{}) {
		t.Errorf("welcome after reopening %+v, want none", w)
	}
}
