package app

import (
	"context"
	"io"
	"path/filepath"
	"testing"

	"kamworkbench/internal/catalog"
	"kamworkbench/internal/sqlite/sqlitetest"
)

// TestStaleWALAtStart: the window starts on a workspace with a stale
// write-ahead log beside it; it reports the workspace damaged and leaves
// both files byte for byte as they were.
func TestStaleWALAtStart(t *testing.T) {
	path := filepath.Join(t.TempDir(), "workspace.db")
	sqlitetest.StaleWAL(t, path)
	file, wal := sqlitetest.MD5(t, path), sqlitetest.MD5(t, path+"-wal")
	db, p := OpenWorkspace(context.Background(), windowLock(t, path), catalog.MustLoad(), io.Discard)
	if db != nil || p == nil {
		t.Fatal("the workspace with a stale write-ahead log was opened")
	}
	if p.Kind != ProblemDamaged {
		t.Fatalf("kind: got %q, want %q (%s)", p.Kind, ProblemDamaged, p.Message)
	}
	if sqlitetest.MD5(t, path) != file || sqlitetest.MD5(t, path+"-wal") != wal {
		t.Fatal("the workspace or its write-ahead log was changed")
	}
}
