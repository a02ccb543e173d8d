package sqlite_test

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"kamworkbench/internal/catalog"
	"kamworkbench/internal/demo"
	"kamworkbench/internal/sqlite"
	"kamworkbench/internal/sqlite/sqlitetest"
)

// TestStaleWAL opens a workspace with a stale write-ahead log beside it: the
// log does not fit the file, so the workspace is refused as damaged, and
// neither the file nor its log is changed by a single byte (SQLite would
// replay the log into the file on open and close).
func TestStaleWAL(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "Kunden #1", "workspace.db")
	sqlitetest.StaleWAL(t, path)
	file, wal := sqlitetest.MD5(t, path), sqlitetest.MD5(t, path+"-wal")

	db, err := sqlite.Open(ctx, path)
	if err == nil {
		db.Close()
		t.Fatal("a workspace with a stale write-ahead log was opened")
	}
	if msg := err.Error(); !strings.Contains(msg, " is damaged") || !strings.Contains(msg, "untouched") {
		t.Fatalf("got %q, want it refused as damaged and left untouched", msg)
	}
	if sqlitetest.MD5(t, path) != file {
		t.Fatal("the workspace file was changed")
	}
	if sqlitetest.MD5(t, path+"-wal") != wal {
		t.Fatal("the write-ahead log was changed")
	}
	if _, err := os.Stat(path + "-shm"); err == nil {
		t.Fatal("opening left a -shm file beside the workspace")
	}
}

// TestCrashWAL opens a workspace whose process died with a commit still in
// the write-ahead log: the log fits, so the workspace opens with it.
func TestCrashWAL(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "workspace.db")
	db, err := sqlite.Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := demo.Add(ctx, db, catalog.MustLoad()); err != nil {
		t.Fatal(err)
	}
	db.Close()
	before, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	wal := sqlitetest.KeptWAL(t, path, "UPDATE clients SET notes = 'nur im Protokoll'")
	// What a killed process leaves: the file before the checkpoint, and its log.
	killed := filepath.Join(t.TempDir(), "workspace.db")
	os.WriteFile(killed, before, 0o600)
	os.WriteFile(killed+"-wal", wal, 0o600)

	db, err = sqlite.Open(ctx, killed)
	if err != nil {
		t.Fatalf("open after a kill: %v", err)
	}
	defer db.Close()
	cs, err := db.Clients(ctx)
	if err != nil || len(cs) != 1 || cs[0].Notes != "nur im Protokoll" {
		t.Fatalf("got %+v %v, want the commit from the log", cs, err)
	}
}
