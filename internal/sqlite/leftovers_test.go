package sqlite_test

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"kamworkbench/internal/filelock"
	"kamworkbench/internal/sqlite"
)

// TestLeftoversRemoved: what a process killed in the middle of a restore or
// a backup leaves beside the workspace goes at the next start, and only
// that: backups, the files set aside and anything only named alike stay.
func TestLeftoversRemoved(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	path := filepath.Join(dir, "ws.db")
	db, err := sqlite.Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	backup, err := db.Backup(ctx, "manual")
	if err != nil {
		t.Fatal(err)
	}
	db.Close()
	left := []string{
		"ws.db.restore.tmp", "ws.db.restore.tmp-wal", "ws.db.restore.tmp-shm", "ws.db.restore.tmp-journal",
		"backups/kam-workbench-20260101-120000-000-before-restore.db.tmp",
		"backups/kam-workbench-20260101-120000-000-before-restore.db.tmp-journal",
		"backups/kam-workbench-20260102-080000-000-auto.db.tmp",
	}
	stay := []string{
		"other.db.restore.tmp", "ws.db.restore.tmp.old", "notes.tmp",
		"backups/set-aside-20260101-120000-000-ws.db", "backups/meine.db.tmp", "backups/kam-workbench-notes.txt",
	}
	for _, n := range append(left, stay...) {
		if err := os.WriteFile(filepath.Join(dir, n), []byte("halb geschrieben"), 0o600); err != nil {
			t.Fatal(err)
		}
	}
	db, err = sqlite.Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	db.Close()
	for _, n := range left {
		if _, err := os.Stat(filepath.Join(dir, n)); !os.IsNotExist(err) {
			t.Errorf("the leftover %s is still there (%v)", n, err)
		}
	}
	for _, n := range append(stay, "backups/"+filepath.Base(backup)) {
		if _, err := os.Stat(filepath.Join(dir, n)); err != nil {
			t.Errorf("%s was removed: %v", n, err)
		}
	}
}

// TestStaleCopiesRemoved: the private copy a process killed while checking
// or reading a workspace left in the temporary folder goes at the next
// start; one a live process holds stays.
func TestStaleCopiesRemoved(t *testing.T) {
	tmp := t.TempDir()
	t.Setenv("TMPDIR", tmp)
	copyOf := func(name string) string {
		dir := filepath.Join(tmp, name)
		if err := os.Mkdir(dir, 0o700); err != nil {
			t.Fatal(err)
		}
		for _, n := range []string{"in-use.lock", "workspace.db", "workspace.db-wal"} {
			if err := os.WriteFile(filepath.Join(dir, n), []byte("Kopie"), 0o600); err != nil {
				t.Fatal(err)
			}
		}
		return dir
	}
	dead, alive := copyOf("kamw-copy-111"), copyOf("kamw-copy-222")
	other := filepath.Join(tmp, "kamw-copy-ohne-sperre")
	os.Mkdir(other, 0o700)
	f, err := os.OpenFile(filepath.Join(alive, "in-use.lock"), os.O_RDWR, 0)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if busy, err := filelock.TryLock(f); busy || err != nil {
		t.Fatal(busy, err)
	}

	db, err := sqlite.Open(context.Background(), filepath.Join(t.TempDir(), "ws.db"))
	if err != nil {
		t.Fatal(err)
	}
	db.Close()
	if _, err := os.Stat(dead); !os.IsNotExist(err) {
		t.Errorf("the copy of a dead process is still there (%v)", err)
	}
	for _, d := range []string{alive, other} {
		if _, err := os.Stat(d); err != nil {
			t.Errorf("%s was removed: %v", filepath.Base(d), err)
		}
	}
}
