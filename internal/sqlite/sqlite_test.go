package sqlite_test

import (
	"context"
	"crypto/sha256"
	"database/sql"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"kamworkbench/internal/kam"
	"kamworkbench/internal/sqlite"
)

// MustOpen opens a fresh workspace in a temporary folder.
func MustOpen(tb testing.TB) *sqlite.DB {
	tb.Helper()
	db, err := sqlite.Open(context.Background(), filepath.Join(tb.TempDir(), "workspace.db"))
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { db.Close() })
	return db
}

func hash(t *testing.T, path string) [32]byte {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return sha256.Sum256(b)
}

func TestOpenPaths(t *testing.T) {
	for _, name := range []string{"plain", "with space", "Müller Ärger", "hash#tag", "100% sure", strings.Repeat("x", 200)} {
		t.Run(name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), name, "ws.db")
			db, err := sqlite.Open(context.Background(), path)
			if err != nil {
				t.Fatal(err)
			}
			if _, err := db.SaveClient(context.Background(), kam.Client{Name: "Prüfkunde"}); err != nil {
				t.Fatal(err)
			}
			db.Close()
			if _, err := os.Stat(path); err != nil {
				t.Fatalf("workspace not at %q: %v", path, err)
			}
			db, err = sqlite.Open(context.Background(), path)
			if err != nil {
				t.Fatal(err)
			}
			defer db.Close()
			cs, err := db.Clients(context.Background())
			if err != nil || len(cs) != 1 || cs[0].Name != "Prüfkunde" {
				t.Fatalf("got %v %v, want the one client back", cs, err)
			}
		})
	}
}

func TestOpenRefuses(t *testing.T) {
	dir := t.TempDir()
	notDB := filepath.Join(dir, "notes.txt")
	os.WriteFile(notDB, []byte("Das ist keine Datenbank, sondern ein Text mit mehr als hundert Zeichen, damit der Kopf gelesen werden kann ........."), 0o600)
	foreign := filepath.Join(dir, "foreign.db")
	f, _ := sql.Open("sqlite", foreign)
	if _, err := f.Exec("CREATE TABLE t (x); INSERT INTO t VALUES (1)"); err != nil {
		t.Fatal(err)
	}
	f.Close()
	newer := filepath.Join(dir, "newer.db")
	db, err := sqlite.Open(context.Background(), newer)
	if err != nil {
		t.Fatal(err)
	}
	db.Close()
	n, _ := sql.Open("sqlite", newer)
	if _, err := n.Exec("PRAGMA user_version = 999"); err != nil {
		t.Fatal(err)
	}
	n.Close()
	parentFile := filepath.Join(dir, "file")
	os.WriteFile(parentFile, []byte("x"), 0o600)

	tests := []struct {
		name, path, want string
	}{
		{"folder", dir, "is a folder"},
		{"text file", notDB, "not a KAM Workbench workspace"},
		{"other program's database", foreign, "another program"},
		{"newer schema", newer, "newer KAM Workbench"},
		{"parent is a file", filepath.Join(parentFile, "ws.db"), "not a folder"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var before [32]byte
			if st, err := os.Stat(tt.path); err == nil && !st.IsDir() {
				before = hash(t, tt.path)
			}
			db, err := sqlite.Open(context.Background(), tt.path)
			if err == nil {
				db.Close()
				t.Fatalf("got no error, want one containing %q", tt.want)
			}
			if !strings.Contains(err.Error(), tt.want) {
				t.Fatalf("got %q, want it to contain %q", err, tt.want)
			}
			if st, err := os.Stat(tt.path); err == nil && !st.IsDir() && hash(t, tt.path) != before {
				t.Fatal("the refused file was changed")
			}
		})
	}
}

func TestPragmasAndCheck(t *testing.T) {
	db := MustOpen(t)
	if err := db.Check(context.Background()); err != nil {
		t.Fatalf("got %v, want a sound new workspace", err)
	}
	if got, want := sqlite.SchemaVersion(), 1; got < want {
		t.Fatalf("schema version %d, want at least %d", got, want)
	}
}

func TestBackup(t *testing.T) {
	ctx := context.Background()
	db := MustOpen(t)
	c, err := db.SaveClient(ctx, kam.Client{Name: "Gesichert GmbH"})
	if err != nil {
		t.Fatal(err)
	}
	dst := filepath.Join(t.TempDir(), "copy #1.db")
	if err := db.BackupTo(ctx, dst); err != nil {
		t.Fatal(err)
	}
	if err := db.BackupTo(ctx, db.Path()); err == nil {
		t.Fatal("a backup onto the workspace itself must be refused")
	}
	copyDB, err := sqlite.Open(ctx, dst)
	if err != nil {
		t.Fatal(err)
	}
	defer copyDB.Close()
	got, err := copyDB.Client(ctx, c.ID)
	if err != nil || got.Name != c.Name {
		t.Fatalf("got %v %v, want the client in the backup", got, err)
	}
	if err := db.AutoBackup(ctx, 2); err != nil {
		t.Fatal(err)
	}
	if err := db.AutoBackup(ctx, 2); err != nil { // the newest is fresh: no second one
		t.Fatal(err)
	}
	list, err := db.Backups()
	if err != nil || len(list) != 1 {
		t.Fatalf("got %d backups (%v), want 1", len(list), err)
	}
}
