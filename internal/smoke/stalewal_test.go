package smoke

import (
	"path/filepath"
	"strings"
	"testing"
	"time"

	"kamworkbench/internal/sqlite/sqlitetest"
)

// TestSmokeStaleWAL starts the built window on a workspace with a stale
// write-ahead log beside it: the window says the workspace is damaged and,
// after it has closed, the file and its log are byte for byte as before.
func TestSmokeStaleWAL(t *testing.T) {
	bin := binary(t)
	db := filepath.Join(t.TempDir(), "workspace.db")
	sqlitetest.StaleWAL(t, db)
	file, wal := sqlitetest.MD5(t, db), sqlitetest.MD5(t, db+"-wal")

	r := launch(t, bin, "--db", db)
	if _, err := paintedShot(r.env, r.win, filepath.Join(artefacts(t), "stale-wal.png")); err != nil {
		t.Fatal(err)
	}
	if _, err := quit(r.env, r.win); err != nil {
		t.Fatal(err)
	}
	select {
	case <-r.done:
	case <-time.After(30 * time.Second):
		t.Fatal("the window did not close within 30 s")
	}
	if msg := r.stderr.String(); !strings.Contains(msg, "damaged") {
		t.Fatalf("stderr %q does not say the workspace is damaged", msg)
	}
	if sqlitetest.MD5(t, db) != file || sqlitetest.MD5(t, db+"-wal") != wal {
		t.Fatal("the window changed the workspace or its write-ahead log")
	}
}
