package sqlite_test

import (
	"context"
	"strings"
	"testing"

	"kamworkbench/internal/catalog"
	"kamworkbench/internal/demo"
	"kamworkbench/internal/kam"
	"kamworkbench/internal/sqlite"
)

// TestDiskFull fills the workspace (max_page_count stands in for a full
// disk): a save fails with disk_full and a plain message, nothing saved
// before is lost, a multi-row import leaves no trace, and once there is room
// again the very same save succeeds.
func TestDiskFull(t *testing.T) {
	ctx := context.Background()
	db := MustOpen(t)
	c, w := seed(t, db)
	three := 3
	saved := kam.Answer{WorkshopID: w.ID, QuestionID: "org.crm_exists", Rating: &three, Notes: "vor dem Vollaufen gespeichert"}
	if _, err := db.SaveAnswer(ctx, saved); err != nil {
		t.Fatal(err)
	}
	pages, err := sqlite.PageCount(ctx, db)
	if err != nil {
		t.Fatal(err)
	}
	if err := sqlite.SetMaxPageCount(ctx, db, pages); err != nil {
		t.Fatal(err)
	}

	edit := c
	edit.Notes = strings.Repeat("Gesprächsnotiz mit Umlauten. ", 4000) // about 30 pages
	_, err = db.SaveClient(ctx, edit)
	if got := kam.ErrorCode(err); got != kam.EDiskFull {
		t.Fatalf("save on a full disk: got %v (code %q), want code %q", err, got, kam.EDiskFull)
	}
	if msg := kam.ErrorMessage(err); !strings.Contains(msg, "disk is full") || !strings.Contains(msg, "not saved") {
		t.Fatalf("message %q does not say plainly that the disk is full and the change was not saved", msg)
	}
	err = db.PutAccount(ctx, demo.Account(catalog.MustLoad()), false)
	if got := kam.ErrorCode(err); got != kam.EDiskFull {
		t.Fatalf("import on a full disk: got %v (code %q), want code %q", err, got, kam.EDiskFull)
	}

	// Nothing saved before is lost, and nothing half-written stayed.
	if got, err := db.Client(ctx, c.ID); err != nil || got.Notes != c.Notes || got.Name != c.Name {
		t.Fatalf("client after the failed save: got %+v %v, want it as saved before", got, err)
	}
	if got, err := db.Answers(ctx, w.ID); err != nil || len(got) != 1 || got[0].Notes != saved.Notes {
		t.Fatalf("answers after the failed save: got %+v %v, want the one saved before", got, err)
	}
	if cs, err := db.Clients(ctx); err != nil || len(cs) != 1 {
		t.Fatalf("clients after the failed import: got %d (%v), want 1", len(cs), err)
	}
	if err := db.Check(ctx); err != nil {
		t.Fatalf("check after disk full: %v", err)
	}

	// Space is back: the edit the UI kept is saved as it was.
	if err := sqlite.SetMaxPageCount(ctx, db, 1<<30); err != nil {
		t.Fatal(err)
	}
	if _, err := db.SaveClient(ctx, edit); err != nil {
		t.Fatalf("the same save with room again: %v", err)
	}
	if got, err := db.Client(ctx, c.ID); err != nil || got.Notes != edit.Notes {
		t.Fatalf("after the retry: got %d characters of notes (%v), want %d", len(got.Notes), err, len(edit.Notes))
	}
}
