package sqlite_test

import (
	"context"
	"encoding/json"
	"testing"

	"kamworkbench/internal/catalog"
	"kamworkbench/internal/demo"
	"kamworkbench/internal/kam"
	"kamworkbench/internal/sqlite"
)

// sampleDB is a workspace holding the sample account.
func sampleDB(t *testing.T) (*sqlite.DB, kam.Account) {
	t.Helper()
	db := MustOpen(t)
	acc := demo.Account(catalog.MustLoad())
	if err := db.PutAccount(context.Background(), acc, false); err != nil {
		t.Fatal(err)
	}
	stored, err := db.Account(context.Background(), acc.Client.ID)
	if err != nil {
		t.Fatal(err)
	}
	return db, stored
}

// snapshot is an account as JSON without the time of its last change, so two
// loads of the same data compare equal.
func snapshot(t *testing.T, db *sqlite.DB, clientID string) string {
	t.Helper()
	acc, err := db.Account(context.Background(), clientID)
	if err != nil {
		t.Fatal(err)
	}
	acc.Client.UpdatedAt = ""
	b, err := json.Marshal(acc)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func TestRemoveAndPutBack(t *testing.T) {
	ctx := context.Background()
	last := func(a kam.Account) kam.WorkshopData { return a.Workshops[len(a.Workshops)-1] }
	tests := []struct {
		kind string
		// pick names the record to delete in the stored sample: its id and name.
		pick func(kam.Account) (id, name string)
		gone func(before, after kam.Account) bool
	}{
		{sqlite.KindWorkshop, func(a kam.Account) (string, string) { return last(a).ID, last(a).Title },
			func(b, a kam.Account) bool { return len(a.Workshops) == len(b.Workshops)-1 }},
		// A person with relations, which go with them and come back.
		{sqlite.KindStakeholder, func(a kam.Account) (string, string) { return a.Relations[0].From, "" },
			func(b, a kam.Account) bool {
				return len(a.Stakeholders) == len(b.Stakeholders)-1 && len(a.Relations) < len(b.Relations)
			}},
		{sqlite.KindCompetitor, func(a kam.Account) (string, string) { return a.Competitors[0].ID, a.Competitors[0].Name },
			func(b, a kam.Account) bool { return len(a.Competitors) == len(b.Competitors)-1 }},
		{sqlite.KindOpportunity, func(a kam.Account) (string, string) { return a.Opportunities[1].ID, a.Opportunities[1].Title },
			func(b, a kam.Account) bool { return len(a.Opportunities) == len(b.Opportunities)-1 }},
		// An argument from the middle goes back to its place.
		{sqlite.KindArgument, func(a kam.Account) (string, string) { return a.Arguments[1].ID, a.Arguments[1].Feature },
			func(b, a kam.Account) bool { return len(a.Arguments) == len(b.Arguments)-1 }},
		{sqlite.KindAction, func(a kam.Account) (string, string) { return last(a).Actions[0].ID, last(a).Actions[0].Title },
			func(b, a kam.Account) bool { return len(last(a).Actions) == len(last(b).Actions)-1 }},
	}
	for _, tt := range tests {
		t.Run(tt.kind, func(t *testing.T) {
			db, acc := sampleDB(t)
			id, name := tt.pick(acc)
			before := snapshot(t, db, acc.Client.ID)
			r, err := db.Remove(ctx, tt.kind, id)
			if err != nil {
				t.Fatal(err)
			}
			if r.ClientID != acc.Client.ID || (name != "" && r.Name != name) {
				t.Errorf("got client %q, name %q; want %q, %q", r.ClientID, r.Name, acc.Client.ID, name)
			}
			after, err := db.Account(ctx, acc.Client.ID)
			if err != nil {
				t.Fatal(err)
			}
			if !tt.gone(acc, after) {
				t.Fatalf("the %s is still there", tt.kind)
			}
			if err := db.PutBack(ctx, r); err != nil {
				t.Fatal(err)
			}
			if got := snapshot(t, db, acc.Client.ID); got != before {
				t.Errorf("put back differs:\n got %s\nwant %s", got, before)
			}
			if err := db.PutBack(ctx, r); kam.ErrorCode(err) != kam.EConflict {
				t.Errorf("put back twice: got %v, want a conflict", err)
			}
		})
	}
}

func TestRemoveAndPutBackClient(t *testing.T) {
	ctx := context.Background()
	db, acc := sampleDB(t)
	before := snapshot(t, db, acc.Client.ID)
	r, err := db.Remove(ctx, sqlite.KindClient, acc.Client.ID)
	if err != nil {
		t.Fatal(err)
	}
	if r.Name != acc.Client.Name || r.Account == nil || len(r.Account.Workshops) != len(acc.Workshops) {
		t.Fatalf("got %+v, want the whole account", r)
	}
	if ok, _ := db.ClientExists(ctx, acc.Client.ID); ok {
		t.Fatal("the client is still there")
	}
	if err := db.PutBack(ctx, r); err != nil {
		t.Fatal(err)
	}
	if got := snapshot(t, db, acc.Client.ID); got != before {
		t.Errorf("put back differs:\n got %s\nwant %s", got, before)
	}
}

func TestPutBackAfterTheOwnerWent(t *testing.T) {
	ctx := context.Background()
	db, acc := sampleDB(t)
	w := acc.Workshops[len(acc.Workshops)-1]
	action, err := db.Remove(ctx, sqlite.KindAction, w.Actions[0].ID)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := db.Remove(ctx, sqlite.KindWorkshop, w.ID); err != nil {
		t.Fatal(err)
	}
	if err := db.PutBack(ctx, action); kam.ErrorCode(err) != kam.ENotFound {
		t.Errorf("an action of a deleted workshop: got %v, want not found", err)
	}
	person, err := db.Remove(ctx, sqlite.KindStakeholder, acc.Stakeholders[0].ID)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := db.Remove(ctx, sqlite.KindClient, acc.Client.ID); err != nil {
		t.Fatal(err)
	}
	if err := db.PutBack(ctx, person); kam.ErrorCode(err) != kam.ENotFound {
		t.Errorf("a person of a deleted client: got %v, want not found", err)
	}
}

func TestPutBackPersonWithoutTheOtherEnd(t *testing.T) {
	ctx := context.Background()
	db, acc := sampleDB(t)
	rel := acc.Relations[0]
	first, err := db.Remove(ctx, sqlite.KindStakeholder, rel.From)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := db.Remove(ctx, sqlite.KindStakeholder, rel.To); err != nil {
		t.Fatal(err)
	}
	// The first comes back; the relation to the second, still deleted, does not.
	if err := db.PutBack(ctx, first); err != nil {
		t.Fatal(err)
	}
	got, err := db.Relations(ctx, acc.Client.ID)
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range got {
		if r.ID == rel.ID {
			t.Errorf("a relation to a deleted person came back: %+v", r)
		}
	}
}

func TestRemoveRefuses(t *testing.T) {
	ctx := context.Background()
	db, _ := sampleDB(t)
	for _, tt := range []struct{ kind, id, code string }{
		{"relation", "00000000-0000-4000-8000-000000000000", kam.EInvalid},
		{sqlite.KindClient, "nope", kam.ENotFound},
		{sqlite.KindCompetitor, "00000000-0000-4000-8000-000000000000", kam.ENotFound},
	} {
		if _, err := db.Remove(ctx, tt.kind, tt.id); kam.ErrorCode(err) != tt.code {
			t.Errorf("Remove(%q, %q): got %v, want %s", tt.kind, tt.id, err, tt.code)
		}
	}
	if err := db.PutBack(ctx, sqlite.Removed{Kind: sqlite.KindClient}); kam.ErrorCode(err) != kam.EInvalid {
		t.Errorf("an empty client: got %v, want invalid", err)
	}
}
