package sqlite_test

import (
	"context"
	"testing"
	"time"

	"kamworkbench/internal/kam"
	"kamworkbench/internal/sqlite"
)

// An account is read in one read transaction: a save that comes in the
// middle of the read (an autosave while a PDF or bundle is written) waits
// for it, and the account is the state before it, whole.
func TestAccountIsOneState(t *testing.T) {
	ctx := context.Background()
	db := MustOpen(t)
	c, w := seed(t, db)
	landed := make(chan error, 1)
	sqlite.SetMidRead(func() {
		sqlite.SetMidRead(nil)
		go func() {
			c.Name = "Umbenannt"
			_, err := db.CreateRound(ctx, kam.Workshop{ClientID: c.ID, Title: "Runde 2"}, w.ID)
			if err == nil {
				_, err = db.SaveClient(ctx, c)
			}
			landed <- err
		}()
		// Give the save every chance to land in the middle of the read; in
		// one read transaction it cannot.
		select {
		case err := <-landed:
			landed <- err
		case <-time.After(300 * time.Millisecond):
		}
	})
	defer sqlite.SetMidRead(nil)
	acc, err := db.Account(ctx, c.ID)
	if err != nil {
		t.Fatal(err)
	}
	if acc.Client.Name != "Müller & Söhne" || len(acc.Workshops) != 1 {
		t.Fatalf("read %q with %d workshops, want the state before the save: the client as it was, one workshop", acc.Client.Name, len(acc.Workshops))
	}
	if err := <-landed; err != nil {
		t.Fatalf("the save after the read: %v", err)
	}
	if after, err := db.Account(ctx, c.ID); err != nil || after.Client.Name != "Umbenannt" || len(after.Workshops) != 2 {
		t.Fatalf("after the save: %q, %d workshops (%v)", after.Client.Name, len(after.Workshops), err)
	}
}
