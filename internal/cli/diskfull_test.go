package cli_test

import (
	"path/filepath"
	"strings"
	"testing"

	"kamworkbench/internal/sqlite/sqlitetest"
)

// TestDiskFullWhereWorkspaceLives fills the disk that holds the workspace
// (a small tmpfs): a writing command says the disk is full, in words of its
// own, never "internal error" and never a backup to restore; reading
// commands still work; nothing is lost; with room again, writing works.
func TestDiskFullWhereWorkspaceLives(t *testing.T) {
	disk := filepath.Join(t.TempDir(), "disk")
	sqlitetest.SmallDisk(t, disk, 4<<20)
	path := filepath.Join(disk, "workspace.db")
	mustRun(t, path, "demo")
	_, before, _ := runCLI(t, path, "list", "--json")
	free := sqlitetest.Fill(t, disk)

	for _, args := range [][]string{{"demo"}, {"demo"}} {
		code, _, errOut := runCLI(t, path, args...)
		switch {
		case code != 1:
			t.Fatalf("%v on a full disk: exit %d, want 1", args, code)
		case !strings.Contains(errOut, "disk") || !strings.Contains(errOut, "full"):
			t.Errorf("%v on a full disk: %q does not say the disk is full", args, errOut)
		case strings.Contains(errOut, "internal error") || strings.Contains(errOut, "restore") || strings.Contains(errOut, "backup"):
			t.Errorf("%v on a full disk: %q, want no internal error and no backup offered", args, errOut)
		}
	}
	for _, args := range [][]string{{"check"}, {"list", "--json"}} {
		if code, out, errOut := runCLI(t, path, args...); code != 0 {
			t.Errorf("%v on a full disk: exit %d, stderr %q; want it to work", args, code, errOut)
		} else if args[0] == "list" && out != before {
			t.Errorf("list on a full disk: got %s, want %s", out, before)
		}
	}

	free()
	mustRun(t, path, "demo")
	if got := strings.TrimSpace(mustRun(t, path, "check")[0]); got != "ok" {
		t.Fatalf("check with room again: %q", got)
	}
}
