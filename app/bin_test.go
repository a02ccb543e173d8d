package app

import (
	"context"
	"testing"
	"time"

	"kamworkbench/internal/catalog"
	"kamworkbench/internal/demo"
	"kamworkbench/internal/kam"
)

func TestDeleteThenPutBack(t *testing.T) {
	ctx := context.Background()
	db, _ := mustOpen(t)
	acc := demo.Account(catalog.MustLoad())
	if err := db.PutAccount(ctx, acc, false); err != nil {
		t.Fatal(err)
	}
	now := time.Date(2026, 12, 1, 9, 0, 0, 0, time.UTC)
	svc := NewServices(db, catalog.MustLoad(), "test")
	svc.Bin.now = func() time.Time { return now }

	// Every delete of the window goes through the bin and can be put back.
	w := acc.Workshops[len(acc.Workshops)-1]
	deletes := []struct {
		kind, id string
		del      func(string) (Deleted, error)
	}{
		{"competitor", acc.Competitors[0].ID, svc.Intelligence.DeleteCompetitor},
		{"opportunity", acc.Opportunities[0].ID, svc.Intelligence.DeleteOpportunity},
		{"argument", acc.Arguments[0].ID, svc.Intelligence.DeleteArgument},
		{"action", w.Actions[0].ID, svc.Actions.Delete},
		{"stakeholder", acc.Stakeholders[0].ID, svc.Stakeholders.Delete},
		{"workshop", w.ID, svc.Workshops.Delete},
		{"client", acc.Client.ID, svc.Clients.Delete},
	}
	for _, d := range deletes {
		got, err := d.del(d.id)
		if err != nil {
			t.Fatalf("delete %s: %v", d.kind, err)
		}
		if got.Kind != d.kind || got.ID != d.id || got.UndoID == "" || got.Name == "" {
			t.Errorf("delete %s: got %+v", d.kind, got)
		}
		back, err := svc.Bin.PutBack(got.UndoID)
		if err != nil {
			t.Fatalf("put back %s: %v", d.kind, err)
		}
		if back.Kind != d.kind || back.ID != d.id || back.ClientID != acc.Client.ID || back.Name != got.Name {
			t.Errorf("put back %s: got %+v", d.kind, back)
		}
		// Once put back, the undo is spent.
		if _, err := svc.Bin.PutBack(got.UndoID); kam.ErrorCode(err) != kam.ENotFound {
			t.Errorf("put back %s twice: got %v, want not found", d.kind, err)
		}
	}
	again, err := db.Account(ctx, acc.Client.ID)
	if err != nil {
		t.Fatal(err)
	}
	if len(again.Workshops) != len(acc.Workshops) || len(again.Stakeholders) != len(acc.Stakeholders) ||
		len(again.Competitors) != len(acc.Competitors) || len(again.Arguments) != len(acc.Arguments) {
		t.Errorf("got %d workshops, %d people, %d competitors, %d arguments back; want %d, %d, %d, %d",
			len(again.Workshops), len(again.Stakeholders), len(again.Competitors), len(again.Arguments),
			len(acc.Workshops), len(acc.Stakeholders), len(acc.Competitors), len(acc.Arguments))
	}

	// Too late: after the bin's time the undo is gone.
	late, err := svc.Intelligence.DeleteCompetitor(acc.Competitors[0].ID)
	if err != nil {
		t.Fatal(err)
	}
	now = now.Add(binKeep + time.Second)
	if _, err := svc.Bin.PutBack(late.UndoID); kam.ErrorCode(err) != kam.ENotFound {
		t.Errorf("too late: got %v, want not found", err)
	}
	for _, id := range []string{"", "nope", late.UndoID + "x"} {
		if _, err := svc.Bin.PutBack(id); kam.ErrorCode(err) != kam.ENotFound {
			t.Errorf("PutBack(%q): got %v, want not found", id, err)
		}
	}
}

func TestBinKeepsAtMostItsCap(t *testing.T) {
	db, _ := mustOpen(t)
	now := time.Date(2026, 12, 1, 9, 0, 0, 0, time.UTC)
	bin := NewBin(db, func() time.Time { return now })
	clients := &Clients{db: db, bin: bin}
	var first Deleted
	for i := range binCap + 1 {
		c, err := clients.Save(kam.Client{Name: "Kunde"})
		if err != nil {
			t.Fatal(err)
		}
		now = now.Add(time.Second)
		d, err := clients.Delete(c.ID)
		if err != nil {
			t.Fatal(err)
		}
		if i == 0 {
			first = d
		}
	}
	if n := len(bin.items); n != binCap {
		t.Errorf("got %d kept, want %d", n, binCap)
	}
	if _, err := bin.PutBack(first.UndoID); kam.ErrorCode(err) != kam.ENotFound {
		t.Errorf("the oldest beyond the cap: got %v, want not found", err)
	}
}
