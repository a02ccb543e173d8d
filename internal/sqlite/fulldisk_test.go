package sqlite_test

import (
	"context"
	"strings"
	"sync/atomic"
	"testing"

	"kamworkbench/internal/kam"
)

// TestSimulateFullDisk: while the seam says the disk is full, a save that
// needs room fails with disk_full and stores nothing; once it says there is
// room again, the same save succeeds.
func TestSimulateFullDisk(t *testing.T) {
	ctx := context.Background()
	db := MustOpen(t)
	c, _ := seed(t, db)
	var full atomic.Bool
	db.SimulateFullDisk(full.Load)

	edit := c
	edit.Notes = strings.Repeat("Notiz auf vollem Datenträger. ", 3000)
	edit, err := db.SaveClient(ctx, edit)
	if err != nil {
		t.Fatalf("save with room: %v", err)
	}
	full.Store(true)
	edit.Notes += strings.Repeat("Noch mehr. ", 3000)
	_, err = db.SaveClient(ctx, edit)
	if got := kam.ErrorCode(err); got != kam.EDiskFull {
		t.Fatalf("save on the full disk: got %v (code %q), want %q", err, got, kam.EDiskFull)
	}
	if got, err := db.Client(ctx, c.ID); err != nil || len(got.Notes) >= len(edit.Notes) {
		t.Fatalf("after the failed save: %d characters stored (%v), want the earlier %d", len(got.Notes), err, len(edit.Notes)-len(strings.Repeat("Noch mehr. ", 3000)))
	}
	full.Store(false)
	if _, err := db.SaveClient(ctx, edit); err != nil {
		t.Fatalf("save with room again: %v", err)
	}
	if got, err := db.Client(ctx, c.ID); err != nil || got.Notes != edit.Notes {
		t.Fatalf("after the retry: %d characters (%v), want %d", len(got.Notes), err, len(edit.Notes))
	}
}
