package usecase_test

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"kamworkbench/internal/kam"
	"kamworkbench/internal/usecase"
)

// A contact import as the window and the command line both run it: read
// (nothing written, the people already on the map left out), then added
// in one go below the map.
func TestContactImport(t *testing.T) {
	ctx := context.Background()
	db, _, acc := workspace(t)
	path := filepath.Join(t.TempDir(), "Kontakte.csv")
	csv := "Vorname;Nachname;Position;Abteilung\r\n" +
		"Ayşe;Demir;Leiterin Controlling;Finanzen\r\n" + // on the sample map already
		"Jürgen;Weiß;Einkäufer;Einkauf\r\n"
	if err := os.WriteFile(path, []byte(csv), 0o600); err != nil {
		t.Fatal(err)
	}
	if _, _, err := usecase.ReadContacts(ctx, db, "4f0c1b7e-0000-4000-8000-000000000000", path); kam.ErrorCode(err) != kam.ENotFound {
		t.Fatalf("unknown client: got %v, want not found", err)
	}
	client, res, err := usecase.ReadContacts(ctx, db, acc.Client.ID, path)
	if err != nil || client.ID != acc.Client.ID {
		t.Fatal(client.ID, err)
	}
	if len(res.People) != 1 || res.People[0].Name != "Jürgen Weiß" {
		t.Fatalf("would add %+v, want Jürgen Weiß alone", res.People)
	}
	before, err := db.Stakeholders(ctx, acc.Client.ID)
	if err != nil || len(before) != len(acc.Stakeholders) {
		t.Fatalf("reading wrote something: %d people, want %d (%v)", len(before), len(acc.Stakeholders), err)
	}
	added, err := usecase.AddContacts(ctx, db, acc.Client.ID, res.People)
	if err != nil || len(added) != 1 || added[0].ID == "" {
		t.Fatalf("added %+v (%v)", added, err)
	}
	for _, p := range before {
		if added[0].Y <= p.Y {
			t.Fatalf("placed at y=%v, not below %s at y=%v", added[0].Y, p.Name, p.Y)
		}
	}
}
