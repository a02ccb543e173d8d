package sqlite_test

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"

	"kamworkbench/internal/catalog"
	"kamworkbench/internal/demo"
	"kamworkbench/internal/kam"
	"kamworkbench/internal/sqlite"
	"kamworkbench/internal/sqlite/sqlitetest"
)

// windowOn takes the window's lock on the workspace at path and opens it,
// as the window does for as long as it runs.
func windowOn(t *testing.T, path string) (*sqlite.Lock, *sqlite.DB) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
		t.Fatal(err)
	}
	lk, err := sqlite.LockWorkspace(context.Background(), path, sqlite.HolderWindow)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(lk.Unlock)
	db, err := lk.Open(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return lk, db
}

// TestOneWindowPerWorkspace: while the window holds a workspace, a second
// window and every writer are refused with the same message, and the
// window's saves are never overwritten; readers see what it saved.
func TestOneWindowPerWorkspace(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "workspace.db")
	_, win := windowOn(t, path)
	c, err := win.SaveClient(ctx, kam.Client{Name: "Im Fenster gespeichert"})
	if err != nil {
		t.Fatal(err)
	}

	_, err = sqlite.LockWorkspace(ctx, path, sqlite.HolderWindow)
	var inUse *sqlite.InUseError
	if !errors.As(err, &inUse) {
		t.Fatalf("a second window: got %v, want an *InUseError", err)
	}
	const want = "the workspace is open in KAM Workbench; close it first"
	db, err := sqlite.Open(ctx, path)
	if err == nil {
		db.Close()
		t.Fatal("a writer opened the workspace beside the window")
	}
	if kam.ErrorMessage(err) != want || kam.ErrorCode(err) != kam.EConflict {
		t.Fatalf("writer beside the window: got %q (%s), want %q", kam.ErrorMessage(err), kam.ErrorCode(err), want)
	}
	if _, err := sqlite.Restore(ctx, path, path+".bak"); kam.ErrorMessage(err) != want {
		t.Fatalf("restore beside the window: got %v, want %q", err, want)
	}

	r, err := sqlite.OpenRead(ctx, path)
	if err != nil {
		t.Fatalf("a reader beside the window: %v", err)
	}
	defer r.Close()
	if got, err := r.Client(ctx, c.ID); err != nil || got.Name != c.Name {
		t.Fatalf("reader: got %+v %v, want the window's client", got, err)
	}
	if err := r.Check(ctx); err != nil {
		t.Fatalf("check beside the window: %v", err)
	}
	if _, err := r.SaveClient(ctx, kam.Client{Name: "vom Leser"}); err == nil {
		t.Fatal("a reader wrote beside the window")
	}
	// The window saves on while the reader looks.
	c.Notes = "danach gespeichert"
	if _, err := win.SaveClient(ctx, c); err != nil {
		t.Fatalf("the window's save beside a reader: %v", err)
	}
}

// TestCommandsWait: a writing command waits behind another one instead of
// failing, and goes on once it is done.
func TestCommandsWait(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "workspace.db")
	first, err := sqlite.Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	var mu sync.Mutex
	released := false
	done := make(chan error)
	go func() {
		db, err := sqlite.Open(ctx, path)
		if err == nil {
			mu.Lock()
			if !released {
				err = fmt.Errorf("the second command opened the workspace while the first had it")
			}
			mu.Unlock()
			db.Close()
		}
		done <- err
	}()
	if _, err := first.SaveClient(ctx, kam.Client{Name: "Erster"}); err != nil {
		t.Fatal(err)
	}
	mu.Lock()
	released = true
	first.Close()
	mu.Unlock()
	if err := <-done; err != nil {
		t.Fatal(err)
	}
}

// TestReadNeverCreates: the reading commands' open says there is no
// workspace instead of creating one.
func TestReadNeverCreates(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "neu")
	_, err := sqlite.OpenRead(context.Background(), filepath.Join(dir, "workspace.db"))
	if kam.ErrorCode(err) != kam.ENotFound || !strings.Contains(err.Error(), "no workspace") {
		t.Fatalf("got %v, want not_found: there is no workspace", err)
	}
	if _, err := os.Stat(dir); !errors.Is(err, os.ErrNotExist) {
		t.Fatalf("the folder was created (%v)", err)
	}
}

// TestReadOnlyFolder: a workspace in a folder nobody may write to is read
// from a private copy; nothing is written beside it.
func TestReadOnlyFolder(t *testing.T) {
	ctx := context.Background()
	dir := filepath.Join(t.TempDir(), "nur lesen")
	path := filepath.Join(dir, "workspace.db")
	db, err := sqlite.Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	acc, err := demo.Add(ctx, db, catalog.MustLoad())
	if err != nil {
		t.Fatal(err)
	}
	db.Close()
	os.Remove(path + ".lock")
	readOnly(t, dir)
	before := entriesOf(t, dir)

	r, err := sqlite.OpenRead(ctx, path)
	if err != nil {
		t.Fatalf("read a workspace in a read-only folder: %v", err)
	}
	if r.Path() != path {
		t.Fatalf("Path: got %q, want the workspace's %q", r.Path(), path)
	}
	if got, err := r.Client(ctx, acc.Client.ID); err != nil || got.Name != acc.Client.Name {
		t.Fatalf("got %+v %v, want the sample client", got, err)
	}
	if err := r.Check(ctx); err != nil {
		t.Fatal(err)
	}
	r.Close()
	if after := entriesOf(t, dir); !slices.Equal(after, before) {
		t.Fatalf("the folder held %q, now %q", before, after)
	}
}

// readOnly makes dir read-only for the test, also for root: a read-only
// bind mount where mount is allowed, the permission bits otherwise.
func readOnly(t *testing.T, dir string) {
	t.Helper()
	if err := os.Chmod(dir, 0o500); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { os.Chmod(dir, 0o700) })
	if os.Geteuid() != 0 {
		return
	}
	if err := sqlitetest.BindReadOnly(dir); err != nil {
		t.Skipf("root ignores permissions and a read-only bind mount is not allowed here: %v", err)
	}
	t.Cleanup(func() { sqlitetest.Unmount(dir) })
}

func entriesOf(t *testing.T, dir string) []string {
	t.Helper()
	es, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, e := range es {
		out = append(out, e.Name())
	}
	return out
}

// TestRestoreRacesWriter restores backups while another process writes:
// each commit the writer was told had succeeded is afterwards in the
// workspace or in the backup the restore took of the state before.
// Restore holds the workspace's lock from that backup to the end.
func TestRestoreRacesWriter(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	path := filepath.Join(dir, "workspace.db")
	db, err := sqlite.Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := demo.Add(ctx, db, catalog.MustLoad()); err != nil {
		t.Fatal(err)
	}
	backup := filepath.Join(dir, "vorher.db")
	if err := db.BackupTo(ctx, backup); err != nil {
		t.Fatal(err)
	}
	db.Close()

	stop := make(chan struct{})
	acked := make(chan []string)
	go func() {
		var names []string
		defer func() { acked <- names }()
		for i := 0; ; i++ {
			select {
			case <-stop:
				return
			default:
			}
			db, err := sqlite.Open(ctx, path)
			if err != nil {
				t.Error(err)
				return
			}
			for j := range 5 {
				name := fmt.Sprintf("Schreiber %d.%d", i, j)
				if _, err := db.SaveClient(ctx, kam.Client{Name: name}); err == nil {
					names = append(names, name)
				}
			}
			db.Close()
		}
	}()
	var saved []string
	for range 12 {
		s, err := sqlite.Restore(ctx, path, backup)
		if err != nil {
			t.Fatal(err)
		}
		saved = append(saved, s)
	}
	close(stop)
	names := <-acked

	kept := map[string]bool{}
	for _, p := range append(saved, path) {
		for _, n := range namesOf(t, p) {
			kept[n] = true
		}
	}
	for _, n := range names {
		if !kept[n] {
			t.Errorf("%q was saved, yet is neither in the workspace nor in a backup taken before a restore", n)
		}
	}
	if len(names) == 0 {
		t.Fatal("the writer saved nothing")
	}
}
