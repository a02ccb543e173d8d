package cli_test

import (
	"database/sql"
	"path/filepath"
	"strings"
	"testing"
)

// TestLockedByAnotherProgram: another program (here a plain SQLite
// connection, as a backup or sync tool would hold one) keeps a write
// transaction open on the workspace. A writing command gives up after the
// busy timeout with a message of its own, not "internal error … database is
// locked"; reading still works.
func TestLockedByAnotherProgram(t *testing.T) {
	path := filepath.Join(t.TempDir(), "workspace.db")
	mustRun(t, path, "demo")
	other, err := sql.Open("sqlite", path)
	if err != nil {
		t.Fatal(err)
	}
	defer other.Close()
	other.SetMaxOpenConns(1)
	tx, err := other.Begin()
	if err != nil {
		t.Fatal(err)
	}
	defer tx.Rollback()
	if _, err := tx.Exec("UPDATE settings SET value = value"); err != nil {
		t.Fatal(err)
	}

	code, _, errOut := runCLI(t, path, "demo")
	if code != 1 || !strings.Contains(errOut, "locked by another program") || strings.Contains(errOut, "internal error") {
		t.Fatalf("demo beside a foreign lock: exit %d, stderr %q; want 1 and that another program holds it", code, errOut)
	}
	if code, _, errOut := runCLI(t, path, "list", "--json"); code != 0 {
		t.Fatalf("list beside a foreign lock: exit %d, stderr %q", code, errOut)
	}
}
