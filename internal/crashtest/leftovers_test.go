package crashtest_test

import (
	"context"
	"fmt"
	"io"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"kamworkbench/internal/catalog"
	"kamworkbench/internal/sqlite"
)

// childRestore restores the backup at backup over the workspace at path,
// as the restore command does, and reports how long it took.
func childRestore(path, backup string, out io.Writer) error {
	fmt.Fprintln(out, "ready")
	start := time.Now()
	if _, err := sqlite.Restore(context.Background(), path, backup); err != nil {
		return err
	}
	fmt.Fprintf(out, "T %d\n", time.Since(start).Milliseconds())
	select {} // wait for the kill
}

// leftovers lists what a restore in progress keeps beside the workspace at
// path: the backup prepared for restoring and backups being written.
func leftovers(t *testing.T, path string) []string {
	t.Helper()
	var out []string
	for _, suffix := range []string{"", "-wal", "-shm", "-journal"} {
		if _, err := os.Stat(path + ".restore.tmp" + suffix); err == nil {
			out = append(out, filepath.Base(path+".restore.tmp"+suffix))
		}
	}
	entries, _ := os.ReadDir(sqlite.BackupDir(path))
	for _, e := range entries {
		if strings.Contains(e.Name(), ".db.tmp") {
			out = append(out, "backups/"+e.Name())
		}
	}
	return out
}

// TestCrashRestoreLeftovers kills a child in the middle of restoring a
// large backup: whatever half-written files the kill leaves beside the
// workspace are gone after the next start, which opens a sound workspace.
func TestCrashRestoreLeftovers(t *testing.T) {
	n := runs(12, 120)
	ctx := context.Background()
	dir := t.TempDir()
	path := filepath.Join(dir, "Rücksicherung", "workspace.db")
	backup := filepath.Join(dir, "gross.db")
	db, err := sqlite.Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	if err := db.PutAccount(ctx, largeAccount(catalog.MustLoad(), importClient, 1), false); err != nil {
		t.Fatal(err)
	}
	if err := db.BackupTo(ctx, backup); err != nil {
		t.Fatal(err)
	}
	db.Close()
	r := rand.New(rand.NewPCG(13, uint64(time.Now().UnixNano())))
	env := []string{envMode + "=restore", envDB + "=" + path, envBase + "=" + backup}
	first := startAndKill(t, env, r, false, 0)
	span := max(first.took, 20*time.Millisecond)
	left := 0
	for run := 1; run <= n; run++ {
		startAndKill(t, env, r, false, span)
		if len(leftovers(t, path)) > 0 {
			left++
		}
		db, err := sqlite.Open(ctx, path)
		if err != nil {
			t.Fatalf("run %d: the workspace does not open after the kill: %v", run, err)
		}
		if err := db.Check(ctx); err != nil {
			t.Fatalf("run %d: check after the kill: %v", run, err)
		}
		db.Close()
		if got := leftovers(t, path); len(got) > 0 {
			t.Fatalf("run %d: after the next start %q are still there", run, got)
		}
	}
	t.Logf("%d kills during restores of %v each: %d left half-written files, all removed at the next start", n, first.took, left)
	if left == 0 {
		t.Fatal("no kill landed in the middle of a restore")
	}
}
