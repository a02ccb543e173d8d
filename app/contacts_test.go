package app

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"testing"
	"time"

	"github.com/wailsapp/wails/v2/pkg/runtime"
	"golang.org/x/text/encoding/charmap"

	"kamworkbench/internal/contacts"
	"kamworkbench/internal/kam"
	"kamworkbench/internal/sqlite"
)

// mustOpen opens a fresh workspace with one client and returns its id.
func mustOpen(tb testing.TB) (*sqlite.DB, string) {
	tb.Helper()
	ctx := context.Background()
	db, err := sqlite.Open(ctx, filepath.Join(tb.TempDir(), "kamw.db"))
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { db.Close() })
	c, err := db.SaveClient(ctx, kam.Client{Name: "Müller Maschinenbau"})
	if err != nil {
		tb.Fatal(err)
	}
	return db, c.ID
}

// pick is a dialog that answers with path ("" = cancelled) and counts calls.
func pick(path string, calls *int) *Dialogs {
	return &Dialogs{openFile: func(context.Context, runtime.OpenDialogOptions) (string, error) {
		*calls++
		return path, nil
	}}
}

func writeFile(tb testing.TB, name string, data []byte) string {
	tb.Helper()
	p := filepath.Join(tb.TempDir(), name)
	if err := os.WriteFile(p, data, 0o600); err != nil {
		tb.Fatal(err)
	}
	return p
}

// excelCSV is what German Excel writes: Windows-1252, ";", a quoted field
// holding ";" and one holding a line break (in the notes: a line break in
// a single-line field refuses the row).
func excelCSV(tb testing.TB) []byte {
	tb.Helper()
	text := "Vorname;Nachname;Funktion;Abteilung;E-Mail;Telefon;Notiz\r\n" +
		"Jürgen;Größ;Leiter Einkauf;Einkauf;j.groess@example.de;+49 711 1;\r\n" +
		";;Assistenz;Einkauf;;;\r\n" +
		"Anna;Weiß;\"Geschäftsführerin; Vertrieb und Technik\";Geschäftsführung;a.weiss@example.de;;\"Vertrieb\r\nund Technik\"\r\n"
	b, err := charmap.Windows1252.NewEncoder().Bytes([]byte(text))
	if err != nil {
		tb.Fatal(err)
	}
	return b
}

func countPeople(tb testing.TB, db *sqlite.DB, clientID string) int {
	tb.Helper()
	people, err := db.Stakeholders(context.Background(), clientID)
	if err != nil {
		tb.Fatal(err)
	}
	return len(people)
}

func TestContactsPreviewThenCommit(t *testing.T) {
	db, client := mustOpen(t)
	calls := 0
	c := NewContacts(db, pick(writeFile(t, "Kontakte.csv", excelCSV(t)), &calls))

	prev, err := c.Preview(client)
	if err != nil {
		t.Fatal(err)
	}
	if calls != 1 {
		t.Fatalf("dialog opened %d times, want 1", calls)
	}
	if prev.FileName != "Kontakte.csv" || prev.Token == "" || prev.Format != "csv" {
		t.Fatalf("got file %q token %q format %q", prev.FileName, prev.Token, prev.Format)
	}
	if len(prev.People) != 2 {
		t.Fatalf("got %d people, want 2: %+v", len(prev.People), prev.People)
	}
	if got := prev.People[0]; got.Name != "Jürgen Größ" || got.Department != "purchasing" {
		t.Errorf("got %q in %q, want Jürgen Größ in purchasing", got.Name, got.Department)
	}
	if got := prev.People[1]; got.Department != "management" || got.Title == "" {
		t.Errorf("got %+v, want the managing director with a title", got)
	}
	if len(prev.Problems) != 1 || prev.Problems[0].Line != 3 {
		t.Errorf("got problems %+v, want one on line 3 (no name)", prev.Problems)
	}
	if n := countPeople(t, db, client); n != 0 {
		t.Fatalf("the preview wrote %d people; it must write nothing", n)
	}

	added, err := c.Commit(prev.Token)
	if err != nil {
		t.Fatal(err)
	}
	if len(added) != 2 || added[0].ID == "" || added[0].ClientID != client {
		t.Fatalf("got %+v, want two stored people of the client", added)
	}
	if n := countPeople(t, db, client); n != 2 {
		t.Fatalf("got %d people stored, want 2", n)
	}
	if _, err := c.Commit(prev.Token); kam.ErrorCode(err) != kam.ENotFound {
		t.Fatalf("second commit: got %v, want not_found", err)
	}
	if n := countPeople(t, db, client); n != 2 {
		t.Fatalf("got %d people after a second commit, want still 2", n)
	}

	// The same file again: everyone is on the map already, nobody is added.
	again, err := c.Preview(client)
	if err != nil {
		t.Fatal(err)
	}
	if len(again.People) != 0 {
		t.Errorf("got %d people the second time, want none", len(again.People))
	}
	want := []contacts.Problem{
		{Line: 2, Reason: "Jürgen Größ is already on the map", Kind: "on_map", Skipped: "on_map", Name: "Jürgen Größ"},
		{Line: 3, Reason: "no name: “Vorname” and “Nachname” are empty", Kind: "no_name"},
		{Line: 4, Reason: "Anna Weiß is already on the map", Kind: "on_map", Skipped: "on_map", Name: "Anna Weiß"},
	}
	if !slices.Equal(again.Problems, want) {
		t.Errorf("got problems %+v, want %+v", again.Problems, want)
	}
	if _, err := c.Commit(again.Token); err != nil {
		t.Fatal(err)
	}
	if n := countPeople(t, db, client); n != 2 {
		t.Fatalf("got %d people after importing the file twice, want still 2", n)
	}
}

// TestContactsCommitPlaces: the window's import places the new people on
// the map in Go, below the people already there and apart from each other,
// as the command line does; the UI only shows them.
func TestContactsCommitPlaces(t *testing.T) {
	db, client := mustOpen(t)
	ctx := context.Background()
	for _, p := range []kam.Stakeholder{
		{Name: "Anna Berg", X: 100, Y: 40},
		{Name: "Ben Roth", X: 700, Y: 300},
	} {
		p.ClientID, p.Department, p.BuyingRole, p.Influence = client, "other", "other", 3
		if _, err := db.SaveStakeholder(ctx, p); err != nil {
			t.Fatal(err)
		}
	}
	calls := 0
	c := NewContacts(db, pick(writeFile(t, "k.csv", excelCSV(t)), &calls))
	prev, err := c.Preview(client)
	if err != nil {
		t.Fatal(err)
	}
	added, err := c.Commit(prev.Token)
	if err != nil {
		t.Fatal(err)
	}
	if len(added) != 2 {
		t.Fatalf("got %d people, want 2", len(added))
	}
	stored, err := db.Stakeholders(ctx, client)
	if err != nil {
		t.Fatal(err)
	}
	at := map[string][2]float64{}
	for _, s := range stored {
		at[s.ID] = [2]float64{s.X, s.Y}
	}
	for _, a := range added {
		if got := at[a.ID]; got != [2]float64{a.X, a.Y} {
			t.Errorf("%s: returned at %v, stored at %v", a.Name, [2]float64{a.X, a.Y}, got)
		}
		if a.Y <= 300 || a.X < 100 {
			t.Errorf("%s: got position (%v, %v), want below the people on the map (y > 300) from their left edge (x >= 100)", a.Name, a.X, a.Y)
		}
	}
	if added[0].X == added[1].X && added[0].Y == added[1].Y {
		t.Errorf("both placed at (%v, %v), want a spot each", added[0].X, added[0].Y)
	}
}

func TestContactsCancelAndDiscardWriteNothing(t *testing.T) {
	db, client := mustOpen(t)
	calls := 0
	c := NewContacts(db, pick("", &calls))
	prev, err := c.Preview(client)
	if err != nil || prev != nil {
		t.Fatalf("cancelled dialog: got %+v, %v; want nil, nil", prev, err)
	}

	c = NewContacts(db, pick(writeFile(t, "k.csv", excelCSV(t)), &calls))
	prev, err = c.Preview(client)
	if err != nil {
		t.Fatal(err)
	}
	if err := c.Discard(prev.Token); err != nil {
		t.Fatal(err)
	}
	if _, err := c.Commit(prev.Token); kam.ErrorCode(err) != kam.ENotFound {
		t.Fatalf("commit after discard: got %v, want not_found", err)
	}
	if n := countPeople(t, db, client); n != 0 {
		t.Fatalf("got %d people, want 0", n)
	}
}

func TestContactsBadInput(t *testing.T) {
	db, client := mustOpen(t)
	calls := 0
	big := make([]byte, 17<<20)
	for i := range big {
		big[i] = 'a'
	}
	for _, tc := range []struct {
		name   string
		client string
		path   string
		code   string
		kind   string // what the window is told (UIError.Kind)
	}{
		{"unknown client", "00000000-0000-0000-0000-000000000000", writeFile(t, "k.csv", excelCSV(t)), kam.ENotFound, ""},
		{"a PDF", client, writeFile(t, "k.csv", []byte("%PDF-1.7\n...")), kam.EInvalid, contacts.FilePDF},
		{"too large", client, writeFile(t, "big.csv", big), kam.EInvalid, contacts.FileTooLarge},
		{"gone", client, filepath.Join(t.TempDir(), "gone.csv"), kam.ENotFound, contacts.FileMissing},
		{"a folder", client, t.TempDir(), kam.EInvalid, contacts.FileFolder},
		{"no name column", client, writeFile(t, "firmen.csv", []byte("Firma;Ort\nHofmann;Heilbronn\n")), kam.EInvalid, contacts.FileNoNameColumn},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := NewContacts(db, pick(tc.path, &calls))
			prev, err := c.Preview(tc.client)
			if got := kam.ErrorCode(err); got != tc.code {
				t.Fatalf("got %v (%q), want code %q", err, got, tc.code)
			}
			var ui UIError
			if jerr := json.Unmarshal([]byte(FormatError(err).(string)), &ui); jerr != nil || ui.Kind != tc.kind {
				t.Errorf("got %+v for the window (%v), want kind %q", ui, jerr, tc.kind)
			}
			if prev != nil {
				t.Fatalf("got a preview %+v with the error", prev)
			}
			if n := countPeople(t, db, client); n != 0 {
				t.Fatalf("got %d people, want 0", n)
			}
		})
	}
}

func TestContactsKeepsFewPreviews(t *testing.T) {
	db, client := mustOpen(t)
	calls := 0
	c := NewContacts(db, pick(writeFile(t, "k.csv", excelCSV(t)), &calls))
	var tokens []string
	for range maxPending + 2 {
		prev, err := c.Preview(client)
		if err != nil {
			t.Fatal(err)
		}
		tokens = append(tokens, prev.Token)
	}
	if _, err := c.Commit(tokens[0]); kam.ErrorCode(err) != kam.ENotFound {
		t.Fatalf("oldest preview: got %v, want not_found", err)
	}
	if _, err := c.Commit(tokens[len(tokens)-1]); err != nil {
		t.Fatalf("newest preview: %v", err)
	}
}

func TestCoverageJudgedToday(t *testing.T) {
	db, client := mustOpen(t)
	ctx := context.Background()
	s := &Stakeholders{db: db, now: func() time.Time { return time.Date(2025, 6, 30, 15, 0, 0, 0, time.UTC) }}
	for _, p := range []kam.Stakeholder{
		{Name: "Einkauf", Department: "purchasing", BuyingRole: "economic_buyer", Attitude: -1, Influence: 4, Owner: "Kim", LastContact: "2025-06-01", KnowsPortfolio: true},
		{Name: "IT", Department: "it", BuyingRole: "user", Influence: 2, Owner: "Kim", LastContact: "2025-03-01", KnowsPortfolio: true},
	} {
		p.ClientID = client
		if _, err := db.SaveStakeholder(ctx, p); err != nil {
			t.Fatal(err)
		}
	}
	gaps, err := s.Coverage(client)
	if err != nil {
		t.Fatal(err)
	}
	var kinds []string
	for _, g := range gaps {
		kinds = append(kinds, string(g.Kind)+":"+string(g.Department)+g.Name)
	}
	want := []string{
		"department_uncovered:management", "department_uncovered:works_council", "department_uncovered:finance",
		"opposed_decider:Einkauf", "stale_contact:IT",
	}
	if len(kinds) != len(want) {
		t.Fatalf("got %v, want %v", kinds, want)
	}
	for i := range want {
		if kinds[i] != want[i] {
			t.Fatalf("got %v, want %v", kinds, want)
		}
	}
	if _, err := s.Coverage("00000000-0000-0000-0000-000000000000"); kam.ErrorCode(err) != kam.ENotFound {
		t.Fatalf("unknown client: got %v, want not_found", err)
	}
}
