package sqlite_test

import (
	"context"
	"database/sql"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"

	"kamworkbench/internal/catalog"
	"kamworkbench/internal/demo"
	"kamworkbench/internal/kam"
	"kamworkbench/internal/sqlite"
)

func ptr(i int) *int { return &i }

// fixtures are workspaces as each schema version that ever shipped wrote
// them, made from the sample account of the time; their contents are facts
// fixed here, so a migration that loses or changes data fails.
var fixtures = []struct {
	file   string
	schema int
	rows   map[string]int
}{
	{"workspace-v1.db", 1, map[string]int{
		"clients": 1, "workshops": 2, "participants": 6, "answers": 75, "actions": 7, "stakeholders": 12,
		"relations": 13, "competitors": 3, "opportunities": 5, "arguments": 3, "settings": 0,
	}},
	{"workspace-v2.db", 2, map[string]int{
		"clients": 1, "workshops": 2, "participants": 6, "answers": 75, "actions": 7, "stakeholders": 12,
		"relations": 13, "competitors": 3, "opportunities": 5, "arguments": 3, "settings": 0, "votes": 5,
	}},
}

// TestRegenerateFixtures writes the fixture of the current schema version.
// Run it once when a migration ships (KAMW_REGEN_FIXTURES=1), commit the
// file, add it to fixtures, and never regenerate older ones.
func TestRegenerateFixtures(t *testing.T) {
	if os.Getenv("KAMW_REGEN_FIXTURES") != "1" {
		t.Skip("set KAMW_REGEN_FIXTURES=1 to write testdata/workspace-vN.db")
	}
	ctx := context.Background()
	db := MustOpen(t)
	cat := catalog.MustLoad()
	acc := demo.Account(cat)
	// What schema 2 added, so later migrations must keep it: votes of each
	// side, a finding, an internal action.
	w := &acc.Workshops[1]
	w.Participants[0].Side = kam.SideCustomer
	for i, p := range w.Participants {
		w.Votes = append(w.Votes, kam.Vote{ParticipantID: p.ID, QuestionID: cat.QuestionIDs()[i], Rating: ptr(i % 5)})
	}
	w.Votes = append(w.Votes, kam.Vote{ParticipantID: w.Participants[0].ID, QuestionID: cat.QuestionIDs()[5], NA: true})
	w.Answers[0].Finding = "Der Vertrieb kennt seine Stärken."
	w.Actions[0].Internal = true
	if err := db.PutAccount(ctx, acc, false); err != nil {
		t.Fatal(err)
	}
	dst, err := filepath.Abs(filepath.Join("testdata", fmt.Sprintf("workspace-v%d.db", sqlite.SchemaVersion())))
	if err != nil {
		t.Fatal(err)
	}
	os.MkdirAll(filepath.Dir(dst), 0o755)
	os.Remove(dst)
	if err := db.BackupTo(ctx, dst); err != nil {
		t.Fatal(err)
	}
	t.Logf("wrote %s", dst)
}

// copyFixture copies a fixture into a fresh folder and returns the copy.
func copyFixture(t *testing.T, name string) string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	dst := filepath.Join(t.TempDir(), "Migration #1 100%", "workspace.db")
	os.MkdirAll(filepath.Dir(dst), 0o700)
	if err := os.WriteFile(dst, b, 0o600); err != nil {
		t.Fatal(err)
	}
	return dst
}

// rowCounts counts the rows of every table of a closed workspace file.
func rowCounts(t *testing.T, path string) (map[string]int, int) {
	t.Helper()
	c, err := sql.Open("sqlite", path)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	var tables []string
	rows, err := c.Query("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
	if err != nil {
		t.Fatal(err)
	}
	for rows.Next() {
		var n string
		rows.Scan(&n)
		tables = append(tables, n)
	}
	rows.Close()
	out := map[string]int{}
	for _, tb := range tables {
		var n int
		if err := c.QueryRow("SELECT count(*) FROM " + tb).Scan(&n); err != nil {
			t.Fatal(err)
		}
		out[tb] = n
	}
	var version int
	c.QueryRow("PRAGMA user_version").Scan(&version)
	return out, version
}

func TestEveryShippedSchemaHasAFixture(t *testing.T) {
	for v := 1; v <= sqlite.SchemaVersion(); v++ {
		name := fmt.Sprintf("workspace-v%d.db", v)
		if _, err := os.Stat(filepath.Join("testdata", name)); err != nil {
			t.Errorf("no fixture for schema %d: run KAMW_REGEN_FIXTURES=1 go test ./internal/sqlite -run RegenerateFixtures (%v)", v, err)
		}
		found := false
		for _, f := range fixtures {
			found = found || f.file == name
		}
		if !found {
			t.Errorf("testdata/%s is not listed in fixtures with its row counts", name)
		}
	}
}

// TestMigrateFixtures opens a copy of every fixture: it ends at the newest
// schema with every row and the sample's contents intact, and a file that
// needed migrating was backed up first.
func TestMigrateFixtures(t *testing.T) {
	ctx := context.Background()
	for _, f := range fixtures {
		t.Run(f.file, func(t *testing.T) {
			path := copyFixture(t, f.file)
			if got, v := rowCounts(t, path); v != f.schema || !sameCounts(got, f.rows) {
				t.Fatalf("fixture itself: schema %d, rows %v; want schema %d, rows %v", v, got, f.schema, f.rows)
			}
			db, err := sqlite.Open(ctx, path)
			if err != nil {
				t.Fatal(err)
			}
			if err := db.Check(ctx); err != nil {
				t.Fatal(err)
			}
			checkSample(t, db)
			backups, _ := db.Backups()
			db.Close()
			got, v := rowCounts(t, path)
			if v != sqlite.SchemaVersion() {
				t.Fatalf("schema after open: got %d, want %d", v, sqlite.SchemaVersion())
			}
			for tb, n := range f.rows {
				if got[tb] != n {
					t.Errorf("%s after migration: got %d rows, want %d", tb, got[tb], n)
				}
			}
			wantBackups := 0
			if f.schema < sqlite.SchemaVersion() {
				wantBackups = 1
			}
			if len(backups) != wantBackups {
				t.Fatalf("got %d backups, want %d (one before a migration, none otherwise)", len(backups), wantBackups)
			}
		})
	}
}

func sameCounts(got, want map[string]int) bool {
	for tb, n := range want {
		if got[tb] != n {
			return false
		}
	}
	return true
}

// checkSample checks facts of the sample account that every fixture holds.
func checkSample(t *testing.T, db *sqlite.DB) {
	t.Helper()
	ctx := context.Background()
	cs, err := db.Clients(ctx)
	if err != nil || len(cs) != 1 || cs[0].Name != "Hofmann Antriebstechnik GmbH" || cs[0].Location != "Heilbronn" {
		t.Fatalf("clients: got %+v %v, want the sample client", cs, err)
	}
	acc, err := db.Account(ctx, cs[0].ID)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(acc.Client.SWOT.Threats, "Stahlwerk Kranich") {
		t.Errorf("SWOT threats: got %q", acc.Client.SWOT.Threats)
	}
	if len(acc.Workshops) != 2 || acc.Workshops[1].Title != "KAM-Workshop Herbst 2026" || len(acc.Workshops[1].Participants) != 4 ||
		acc.Workshops[1].Participants[3].Name != "Sabine Wolf" {
		t.Errorf("workshops: got %+v", acc.Workshops)
	}
	notes := 0
	for _, a := range acc.Workshops[1].Answers {
		if strings.HasPrefix(a.Notes, "CRM vorhanden (Salesforce)") {
			notes++
		}
	}
	if notes == 0 {
		t.Error("no answer of the current round carries the sample's CRM note")
	}
	var maier bool
	for _, s := range acc.Stakeholders {
		if s.Name == "Stefan Maier" {
			maier = s.Attitude == 2 && s.Influence == 4 && s.X == 160 && s.Y == 160 && s.KnowsPortfolio && s.BuyingRole == "technical_buyer"
		}
	}
	if !maier {
		t.Error("Stefan Maier is missing or changed")
	}
	var value float64
	for _, o := range acc.Opportunities {
		value += o.Value
	}
	if value != 889000 {
		t.Errorf("opportunities add up to %v, want 889000", value)
	}
	if acc.Arguments[0].Feature != "Servicetechniker in 24 h vor Ort" || acc.Competitors[0].Name != "Stahlwerk Kranich AG" || acc.Competitors[0].Threat != 5 {
		t.Errorf("arguments or competitors out of order: %q, %q", acc.Arguments[0].Feature, acc.Competitors[0].Name)
	}
}

// withExtraMigration makes the store know one migration more than shipped.
func withExtraMigration(t *testing.T, sqlText string) int {
	t.Helper()
	fsys := fstest.MapFS{}
	shipped := sqlite.ShippedMigrations()
	names, _ := fs.Glob(shipped, "migrations/*.sql")
	for _, n := range names {
		b, _ := fs.ReadFile(shipped, n)
		fsys[n] = &fstest.MapFile{Data: b}
	}
	next := len(names) + 1
	fsys[fmt.Sprintf("migrations/%04d_test.sql", next)] = &fstest.MapFile{Data: []byte(sqlText)}
	sqlite.SetMigrations(t, fsys)
	if sqlite.SchemaVersion() != next {
		t.Fatalf("schema version %d, want %d", sqlite.SchemaVersion(), next)
	}
	return next
}

// TestPendingMigration runs a real pending migration (one more than
// shipped) on the newest fixture: it is backed up first, applied in one
// transaction, and a failing one leaves the file as it was.
func TestPendingMigration(t *testing.T) {
	ctx := context.Background()
	last := fixtures[len(fixtures)-1]

	t.Run("applied", func(t *testing.T) {
		next := withExtraMigration(t, "ALTER TABLE clients ADD COLUMN tier TEXT NOT NULL DEFAULT ''; UPDATE clients SET tier = 'A';")
		path := copyFixture(t, last.file)
		db, err := sqlite.Open(ctx, path)
		if err != nil {
			t.Fatal(err)
		}
		checkSample(t, db)
		backups, _ := db.Backups()
		db.Close()
		if len(backups) != 1 || !strings.HasSuffix(backups[0].Name, fmt.Sprintf("-before-schema-%d.db", next)) {
			t.Fatalf("backups: got %+v, want one before-schema-%d", backups, next)
		}
		if got, v := rowCounts(t, backups[0].Path); v != last.schema || !sameCounts(got, last.rows) {
			t.Fatalf("backup: schema %d rows %v, want the fixture as it was", v, got)
		}
		got, v := rowCounts(t, path)
		if v != next || !sameCounts(got, last.rows) {
			t.Fatalf("migrated: schema %d rows %v, want schema %d and every row", v, got, next)
		}
		c, _ := sql.Open("sqlite", path)
		defer c.Close()
		var tier string
		if err := c.QueryRow("SELECT tier FROM clients").Scan(&tier); err != nil || tier != "A" {
			t.Fatalf("new column: got %q %v, want A", tier, err)
		}
	})

	t.Run("failing", func(t *testing.T) {
		withExtraMigration(t, "ALTER TABLE clients ADD COLUMN tier TEXT; UPDATE no_such_table SET x = 1;")
		path := copyFixture(t, last.file)
		if db, err := sqlite.Open(ctx, path); err == nil {
			db.Close()
			t.Fatal("a failing migration opened the workspace")
		}
		if got, v := rowCounts(t, path); v != last.schema || !sameCounts(got, last.rows) {
			t.Fatalf("after the failed migration: schema %d rows %v, want the fixture as it was", v, got)
		}
		c, _ := sql.Open("sqlite", path)
		_, err := c.Exec("SELECT tier FROM clients")
		c.Close()
		if err == nil {
			t.Fatal("the failed migration's first statement stayed applied")
		}
		if list, _ := sqlite.ListBackups(path); len(list) != 1 {
			t.Fatalf("got %d backups, want the one taken before migrating", len(list))
		}
	})
}
