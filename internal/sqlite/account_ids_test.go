package sqlite_test

import (
	"context"
	"path/filepath"
	"testing"

	"github.com/google/uuid"

	"kamworkbench/internal/bundle/bundletest"
	"kamworkbench/internal/kam"
	"kamworkbench/internal/sqlite"
)

func TestForeignID(t *testing.T) {
	ctx := context.Background()
	db, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "workspace.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	stored := bundletest.Hostile([]string{"org.crm_exists"})
	if err := db.PutAccount(ctx, stored, false); err != nil {
		t.Fatal(err)
	}
	other := func(edit func(acc *kam.Account)) kam.Account {
		acc := bundletest.Hostile([]string{"org.crm_exists"})
		edit(&acc)
		return acc
	}
	for _, tc := range []struct {
		name     string
		acc      kam.Account
		what, id string
	}{
		{"itself", stored, "", ""},
		{"a fresh account", other(func(*kam.Account) {}), "", ""},
		{"same ids, another client", func() kam.Account {
			acc := stored
			acc.Client.ID, acc.Workshops = uuid.NewString(), acc.Workshops[:1]
			return acc
		}(),
			"workshop", stored.Workshops[0].ID},
		{"one action", other(func(acc *kam.Account) { acc.Workshops[1].Actions[2].ID = stored.Workshops[0].Actions[1].ID }),
			"action", stored.Workshops[0].Actions[1].ID},
		{"one stakeholder", other(func(acc *kam.Account) { acc.Stakeholders[4].ID = stored.Stakeholders[7].ID }),
			"stakeholder", stored.Stakeholders[7].ID},
		{"one relation", other(func(acc *kam.Account) { acc.Relations[0].ID = stored.Relations[2].ID }),
			"relation", stored.Relations[2].ID},
		{"one competitor", other(func(acc *kam.Account) { acc.Competitors[0].ID = stored.Competitors[0].ID }),
			"competitor", stored.Competitors[0].ID},
		{"one opportunity", other(func(acc *kam.Account) { acc.Opportunities[1].ID = stored.Opportunities[0].ID }),
			"opportunity", stored.Opportunities[0].ID},
		{"one argument", other(func(acc *kam.Account) { acc.Arguments[3].ID = stored.Arguments[3].ID }),
			"argument", stored.Arguments[3].ID},
	} {
		t.Run(tc.name, func(t *testing.T) {
			what, id, err := db.ForeignID(ctx, tc.acc)
			if err != nil {
				t.Fatal(err)
			}
			if what != tc.what || id != tc.id {
				t.Errorf("got %q %q, want %q %q", what, id, tc.what, tc.id)
			}
		})
	}
}
