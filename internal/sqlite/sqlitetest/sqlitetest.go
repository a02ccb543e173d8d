// Package sqlitetest builds workspaces in states that real life leaves
// behind, for the tests of everything that opens one.
package sqlitetest

import (
	"context"
	"crypto/md5"
	"database/sql"
	"os"
	"testing"

	"kamworkbench/internal/catalog"
	"kamworkbench/internal/demo"
	"kamworkbench/internal/sqlite"
)

// StaleWAL makes a workspace at path with a write-ahead log beside it that
// belongs to an older state of the file, as when a copy or a sync tool
// moved the two apart: the log is taken while a connection holds it, then
// the workspace grows by several clients and is closed cleanly. SQLite
// would replay that log into the file and destroy it.
func StaleWAL(tb testing.TB, path string) {
	tb.Helper()
	ctx := context.Background()
	cat := catalog.MustLoad()
	db, err := sqlite.Open(ctx, path)
	if err != nil {
		tb.Fatal(err)
	}
	if _, err := demo.Add(ctx, db, cat); err != nil {
		tb.Fatal(err)
	}
	db.Close()

	old := KeptWAL(tb, path, "UPDATE clients SET notes = 'aus dem alten Protokoll'", "UPDATE stakeholders SET notes = 'alt'", "UPDATE answers SET notes = 'alt'")

	db, err = sqlite.Open(ctx, path)
	if err != nil {
		tb.Fatal(err)
	}
	for range 8 {
		if _, err := demo.Add(ctx, db, cat); err != nil {
			tb.Fatal(err)
		}
	}
	db.Close()
	if _, err := os.Stat(path + "-wal"); err == nil {
		tb.Fatal("a clean close left a write-ahead log")
	}
	if err := os.WriteFile(path+"-wal", old, 0o600); err != nil {
		tb.Fatal(err)
	}
}

// KeptWAL runs statements on the closed workspace at path with automatic
// checkpoints off and returns its write-ahead log as it was before the
// connection closed: what a process killed at that moment leaves beside
// the file, which the close then checkpoints.
func KeptWAL(tb testing.TB, path string, statements ...string) []byte {
	tb.Helper()
	raw, err := sql.Open("sqlite", path+"?_pragma=journal_mode(WAL)&_pragma=wal_autocheckpoint(0)")
	if err != nil {
		tb.Fatal(err)
	}
	defer raw.Close()
	raw.SetMaxOpenConns(1)
	for _, q := range statements {
		if _, err := raw.Exec(q); err != nil {
			tb.Fatal(err)
		}
	}
	wal, err := os.ReadFile(path + "-wal")
	if err != nil || len(wal) == 0 {
		tb.Fatalf("no write-ahead log to keep (%d bytes, %v)", len(wal), err)
	}
	return wal
}

// MD5 returns the MD5 sum of the file at path.
func MD5(tb testing.TB, path string) [16]byte {
	tb.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		tb.Fatal(err)
	}
	return md5.Sum(b)
}
