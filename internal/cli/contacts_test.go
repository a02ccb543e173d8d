package cli_test

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/text/encoding/charmap"

	"kamworkbench/internal/demo"
	"kamworkbench/internal/kam"
	"kamworkbench/internal/sqlite"
)

// excelCSV is a contact list as German Excel saves it: Windows-1252, ";",
// CRLF, a quoted note with a ";" and a line break, and a row without a name
// on line 5. Petra Lindner (line 4) is on the sample client's map already;
// its Jörg Schäfer has another e-mail address, so is another person; Karl
// Weiß is in the file twice (lines 6 and 7).
const excelCSV = "Vorname;Nachname;Position;Abteilung;E-Mail;Bemerkung\r\n" +
	"Jörg;Schäfer;Leiter Einkauf;Einkauf;j.schaefer@example.de;\"Verhandelt hart;\r\nJahresgespräch im Dezember\"\r\n" +
	"Petra;Lindner;Leiterin IT;IT;;\r\n" +
	";;Assistenz;Einkauf;;\r\n" +
	"Karl;Weiß;Vorsitzender;Betriebsrat;;\r\n" +
	"Karl; Weiß ;Vorsitzender;Betriebsrat;;\r\n"

// skipped is what every run over excelCSV reports as not added.
var skipped = []string{
	"line 4: Petra Lindner is already on the map",
	"line 5: no name",
	"line 7: Karl Weiß is already in the file (line 6)",
}

// contactsWorkspace returns a fresh workspace with the sample client, its
// id, and a German Excel contact file.
func contactsWorkspace(t *testing.T) (db, clientID, csvPath string) {
	t.Helper()
	dir := t.TempDir()
	db = filepath.Join(dir, "workspace.db")
	ctx := context.Background()
	s, err := sqlite.Open(ctx, db)
	if err != nil {
		t.Fatal(err)
	}
	acc, err := demo.Add(ctx, s, cat)
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	data, err := charmap.Windows1252.NewEncoder().Bytes([]byte(excelCSV))
	if err != nil {
		t.Fatal(err)
	}
	csvPath = filepath.Join(dir, "Kontakte Hofmann.csv")
	if err := os.WriteFile(csvPath, data, 0o600); err != nil {
		t.Fatal(err)
	}
	return db, acc.Client.ID, csvPath
}

func stakeholdersOf(t *testing.T, db, clientID string) []kam.Stakeholder {
	t.Helper()
	ctx := context.Background()
	s, err := sqlite.Open(ctx, db)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	list, err := s.Stakeholders(ctx, clientID)
	if err != nil {
		t.Fatal(err)
	}
	return list
}

func TestImportContacts(t *testing.T) {
	db, clientID, csvPath := contactsWorkspace(t)
	before := stakeholdersOf(t, db, clientID)

	code, out, errOut := runCLI(t, db, "import-contacts", "--client", clientID, csvPath, "--dry-run")
	if code != 0 {
		t.Fatalf("dry run: got exit %d, stderr %q, want 0", code, errOut)
	}
	for _, want := range append([]string{
		"CSV, windows-1252, separated by “;”", "Would add 2 people to",
		"Jörg Schäfer", "Leiter Einkauf", "purchasing", "Karl Weiß", "works_council",
		"Not added (3):", "Dry run: nothing was written.",
	}, skipped...) {
		if !strings.Contains(out, want) {
			t.Errorf("dry run: got output\n%s\nwant it to contain %q", out, want)
		}
	}
	if got := stakeholdersOf(t, db, clientID); len(got) != len(before) {
		t.Fatalf("dry run: got %d stakeholders, want %d as before", len(got), len(before))
	}

	code, out, errOut = runCLI(t, db, "import-contacts", "--client", clientID, csvPath)
	if code != 0 {
		t.Fatalf("import: got exit %d, stderr %q, want 0", code, errOut)
	}
	for _, want := range append([]string{"Added 2 people to"}, skipped...) {
		if !strings.Contains(out, want) {
			t.Errorf("import: got output\n%s\nwant it to contain %q", out, want)
		}
	}
	after := stakeholdersOf(t, db, clientID)
	if len(after) != len(before)+2 {
		t.Fatalf("import: got %d stakeholders, want %d", len(after), len(before)+2)
	}
	old := map[string]bool{}
	maxY := before[0].Y
	for _, s := range before {
		old[s.ID] = true
		maxY = max(maxY, s.Y)
	}
	spots := map[[2]float64]string{}
	for _, s := range before {
		spots[[2]float64{s.X, s.Y}] = s.Name
	}
	added := map[string]kam.Stakeholder{}
	for _, s := range after {
		if old[s.ID] {
			continue
		}
		added[s.Name] = s
		at := [2]float64{s.X, s.Y}
		if other, taken := spots[at]; taken {
			t.Errorf("%s: got position %v, the same as %s", s.Name, at, other)
		}
		spots[at] = s.Name
		if s.Y <= maxY {
			t.Errorf("%s: got y %v, want below the existing people (y > %v)", s.Name, s.Y, maxY)
		}
	}
	js := added["Jörg Schäfer"]
	if js.Title != "Leiter Einkauf" || js.Department != "purchasing" || js.Email != "j.schaefer@example.de" ||
		js.Notes != "Verhandelt hart;\nJahresgespräch im Dezember" || js.BuyingRole != "other" || js.Influence != 3 {
		t.Errorf("got %+v, want Jörg Schäfer as in the file with the import's defaults", js)
	}
	if kw := added["Karl Weiß"]; kw.Department != "works_council" {
		t.Errorf("Karl Weiß: got department %q, want works_council", kw.Department)
	}

	// The same file again, with and without --dry-run, adds nobody.
	for _, args := range [][]string{{"--dry-run"}, nil} {
		code, out, errOut = runCLI(t, db, append([]string{"import-contacts", "--client", clientID, csvPath}, args...)...)
		if code != 0 {
			t.Fatalf("again %v: got exit %d, stderr %q, want 0", args, code, errOut)
		}
		for _, want := range []string{
			"Not added (5):", "line 2: Jörg Schäfer is already on the map", "line 6: Karl Weiß is already on the map",
			"line 7: Karl Weiß is already on the map", "Nothing to add: everyone in the file is already on the map of Hofmann Antriebstechnik GmbH.",
		} {
			if !strings.Contains(out, want) {
				t.Errorf("again %v: got output\n%s\nwant it to contain %q", args, out, want)
			}
		}
		if got := stakeholdersOf(t, db, clientID); len(got) != len(after) {
			t.Fatalf("again %v: got %d stakeholders, want %d as before", args, len(got), len(after))
		}
	}
}

func TestImportContactsRefuses(t *testing.T) {
	db, clientID, csvPath := contactsWorkspace(t)
	dir := filepath.Dir(csvPath)
	pdf := filepath.Join(dir, "Angebot.pdf")
	if err := os.WriteFile(pdf, []byte("%PDF-1.7\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	nameless := filepath.Join(dir, "leer.csv")
	if err := os.WriteFile(nameless, []byte("Name;Position\n;Assistenz\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	before := len(stakeholdersOf(t, db, clientID))
	for _, tc := range []struct {
		name string
		args []string
		code int
		want string
	}{
		{"unknown client", []string{"--client", "00000000-0000-0000-0000-000000000000", csvPath}, 1, "there is no client with id"},
		{"missing file", []string{"--client", clientID, filepath.Join(dir, "fehlt.csv")}, 1, "fehlt.csv” does not exist"},
		{"a folder", []string{"--client", clientID, dir}, 1, "is a folder"},
		{"not a contact list", []string{"--client", clientID, pdf}, 1, "is a PDF document"},
		{"no usable row", []string{"--client", clientID, nameless}, 1, "nothing to add"},
		{"no client flag", []string{csvPath}, 2, "--client ID is required"},
		{"no file", []string{"--client", clientID}, 2, "expected 1 file argument"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			code, _, errOut := runCLI(t, db, append([]string{"import-contacts"}, tc.args...)...)
			if code != tc.code || !strings.Contains(errOut, tc.want) {
				t.Errorf("got exit %d, stderr %q; want exit %d with %q", code, errOut, tc.code, tc.want)
			}
			if tc.code == 1 && strings.Count(strings.TrimSpace(errOut), "\n") != 0 {
				t.Errorf("got stderr %q, want one line", errOut)
			}
			if got := len(stakeholdersOf(t, db, clientID)); got != before {
				t.Errorf("got %d stakeholders, want %d: nothing added", got, before)
			}
		})
	}
}
