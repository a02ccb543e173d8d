package cli_test

import (
	"path/filepath"
	"strings"
	"testing"

	"kamworkbench/internal/sqlite/sqlitetest"
)

// TestStaleWALCommands runs commands on a workspace with a stale
// write-ahead log beside it: each says it is damaged, exits 1, and leaves
// the file and its log byte for byte as they were.
func TestStaleWALCommands(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "workspace.db")
	sqlitetest.StaleWAL(t, path)
	file, wal := sqlitetest.MD5(t, path), sqlitetest.MD5(t, path+"-wal")
	for _, args := range [][]string{
		{"check"},
		{"list", "--json"},
		{"demo"},
		{"backup", "-o", filepath.Join(dir, "copy.db")},
		{"report", "--workshop", "00000000-0000-0000-0000-000000000000", "--json"},
	} {
		code, _, errOut := runCLI(t, path, args...)
		if code != 1 || !strings.Contains(errOut, "damaged") {
			t.Errorf("%v: exit %d, stderr %q; want 1 and the workspace called damaged", args, code, errOut)
		}
		if sqlitetest.MD5(t, path) != file || sqlitetest.MD5(t, path+"-wal") != wal {
			t.Fatalf("%v changed the workspace or its write-ahead log", args)
		}
	}
}
