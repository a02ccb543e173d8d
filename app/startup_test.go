package app

import (
	"context"
	"crypto/sha256"
	"database/sql"
	"io"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"kamworkbench/internal/catalog"
	"kamworkbench/internal/kam"
	"kamworkbench/internal/sqlite"
)

func fileHash(t *testing.T, path string) [32]byte {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return sha256.Sum256(b)
}

// damage overwrites the middle third of a database file with noise.
func damage(t *testing.T, path string) {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	pages := len(b) / 4096
	r := rand.New(rand.NewPCG(3, 4))
	for i := pages / 3 * 4096; i < (2*pages/3+1)*4096; i++ {
		b[i] = byte(r.Uint32())
	}
	if err := os.WriteFile(path, b, 0o600); err != nil {
		t.Fatal(err)
	}
}

// TestDamagedWorkspaceAtStart: the window path finds the damage, leaves the
// file untouched, offers the newest sound backup, restores it on request
// (keeping the damaged file aside) and asks for a restart that opens it.
func TestDamagedWorkspaceAtStart(t *testing.T) {
	ctx := context.Background()
	cat := catalog.MustLoad()
	path := filepath.Join(t.TempDir(), "Kunden #1", "workspace.db")
	db, p := OpenWorkspace(ctx, windowLock(t, path), cat, io.Discard)
	if p != nil {
		t.Fatalf("fresh workspace: got problem %v", p)
	}
	list, _ := db.Backups()
	if len(list) != 1 || !strings.HasSuffix(list[0].Name, "-auto.db") {
		t.Fatalf("fresh workspace: got backups %+v, want one automatic", list)
	}
	db.Close()
	damage(t, path)
	before := fileHash(t, path)

	db, p = OpenWorkspace(ctx, windowLock(t, path), cat, io.Discard)
	if db != nil || p == nil {
		t.Fatal("a damaged workspace was opened")
	}
	if p.Code != kam.EInvalid || !strings.Contains(p.Message, "damaged") || p.BackupName != list[0].Name {
		t.Fatalf("problem: got %+v, want damaged with backup %s", p, list[0].Name)
	}
	if line := p.String(); !strings.Contains(line, list[0].Path) || strings.Contains(line, "\n") {
		t.Fatalf("terminal line %q does not name the backup on one line", line)
	}
	if fileHash(t, path) != before {
		t.Fatal("the damaged workspace was changed")
	}

	svc := NewServices(nil, cat, "test")
	svc.workspaceProblem(path, windowLock(t, path), p)
	var relaunched, quit int
	svc.Startup.relaunch = func() error { relaunched++; return nil }
	svc.Startup.quit = func(context.Context) { quit++ }
	svc.Startup.startup(context.Background())

	got, err := svc.Startup.Problem()
	if err != nil || got.Message != p.Message || got.BackupName != p.BackupName {
		t.Fatalf("Startup.Problem: got %+v %v", got, err)
	}
	if err := svc.Startup.Restart(); err == nil {
		t.Fatal("restart before any restore: got no error")
	}
	if _, err := svc.Backups.Keep(); kam.ErrorCode(err) != kam.EConflict {
		t.Fatalf("Keep without a workspace: got %v, want conflict", err)
	}
	res, err := svc.Backups.Restore(p.BackupName)
	if err != nil || !res.Restart || !strings.HasPrefix(res.Saved, "set-aside-") {
		t.Fatalf("restore: got %+v %v, want a restart and the damaged file set aside", res, err)
	}
	if fileHash(t, filepath.Join(sqlite.BackupDir(path), res.Saved)) != before {
		t.Fatal("the file set aside is not the damaged workspace as it was")
	}
	if err := svc.Startup.Restart(); err != nil || relaunched != 1 || quit != 1 {
		t.Fatalf("restart: %v, relaunched %d, quit %d; want one each", err, relaunched, quit)
	}
	db, p = OpenWorkspace(ctx, windowLock(t, path), cat, io.Discard)
	if p != nil {
		t.Fatalf("after restore: got problem %v", p)
	}
	defer db.Close()
	if err := db.Check(ctx); err != nil {
		t.Fatal(err)
	}
}

// TestNewerWorkspaceAtStart: a workspace from a newer version is refused
// untouched, and no backup is offered in its place.
func TestNewerWorkspaceAtStart(t *testing.T) {
	ctx := context.Background()
	cat := catalog.MustLoad()
	path := filepath.Join(t.TempDir(), "workspace.db")
	openWindowWorkspace(t, path).Close()
	raw, _ := sql.Open("sqlite", path)
	if _, err := raw.Exec("PRAGMA user_version = 99"); err != nil {
		t.Fatal(err)
	}
	raw.Close()
	before := fileHash(t, path)
	db, p := OpenWorkspace(ctx, windowLock(t, path), cat, io.Discard)
	if db != nil || p == nil || p.Code != kam.EConflict || !strings.Contains(p.Message, "newer") || p.BackupName != "" {
		t.Fatalf("got %v %+v, want a conflict about a newer version and no backup offered", db, p)
	}
	if fileHash(t, path) != before {
		t.Fatal("the newer workspace was changed")
	}
}

// TestBackupsService: restore in place by name (the services see the
// restored data at once), names that are not listed are refused, and the
// kept count is the setting the start reads.
func TestBackupsService(t *testing.T) {
	cat := catalog.MustLoad()
	path := filepath.Join(t.TempDir(), "workspace.db")
	db := openWindowWorkspace(t, path)
	defer db.Close()
	svc := NewServices(db, cat, "test")
	if _, err := svc.Clients.Save(kam.Client{Name: "Nach der Sicherung"}); err != nil {
		t.Fatal(err)
	}
	list, err := svc.Backups.List()
	if err != nil || len(list) != 1 {
		t.Fatalf("List: got %+v %v, want the automatic backup", list, err)
	}
	for _, name := range []string{"", "..", "../workspace.db", path, list[0].Path, "kam-workbench-x.db", strings.Repeat("a", 300)} {
		if _, err := svc.Backups.Restore(name); kam.ErrorCode(err) != kam.ENotFound {
			t.Fatalf("Restore(%.40q): got %v, want not_found", name, err)
		}
	}
	res, err := svc.Backups.Restore(list[0].Name)
	if err != nil || res.Restart || !strings.HasSuffix(res.Saved, "-before-restore.db") {
		t.Fatalf("Restore: got %+v %v, want in place with the state before saved", res, err)
	}
	clients, err := svc.Clients.List()
	if err != nil || len(clients) != 1 || clients[0].Name != "Hofmann Antriebstechnik GmbH" {
		t.Fatalf("clients after restore: got %+v %v, want the sample client only", clients, err)
	}
	if b, err := svc.Backups.BackupNow(); err != nil || !strings.HasSuffix(b.Name, "-manual.db") || b.Size == 0 {
		t.Fatalf("BackupNow: got %+v %v", b, err)
	}

	if n, err := svc.Backups.Keep(); err != nil || n != sqlite.DefaultBackupKeep {
		t.Fatalf("Keep: got %d %v, want %d", n, err, sqlite.DefaultBackupKeep)
	}
	if err := svc.Backups.SetKeep(0); kam.ErrorCode(err) != kam.EInvalid {
		t.Fatalf("SetKeep(0): got %v, want invalid", err)
	}
	if err := svc.Backups.SetKeep(2); err != nil {
		t.Fatal(err)
	}
	db.Close()
	// Five automatic backups, all older than a day: the next start takes a
	// new one and keeps the newest two.
	old := time.Now().Add(-72 * time.Hour)
	for i := range 5 {
		f := filepath.Join(sqlite.BackupDir(path), "kam-workbench-2020010"+string(rune('1'+i))+"-120000-000-auto.db")
		os.WriteFile(f, []byte("x"), 0o600)
		os.Chtimes(f, old, old)
	}
	db2 := openWindowWorkspace(t, path)
	defer db2.Close()
	all, _ := db2.Backups()
	autos := 0
	for _, b := range all {
		if strings.HasSuffix(b.Name, "-auto.db") {
			autos++
		}
	}
	if autos != 2 {
		t.Fatalf("got %d automatic backups after a start with backup_keep 2, want 2", autos)
	}
}

// TestSampleOnce: a new workspace gets the sample client when the window
// first opens it; one made on the command line keeps its own clients; a
// sample the user deleted does not come back.
func TestSampleOnce(t *testing.T) {
	ctx := context.Background()
	count := func(path string) int {
		t.Helper()
		db := openWindowWorkspace(t, path)
		defer db.Close()
		cs, err := db.Clients(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if len(cs) == 1 {
			if err := db.DeleteClient(ctx, cs[0].ID); err != nil {
				t.Fatal(err)
			}
		}
		return len(cs)
	}
	fresh := filepath.Join(t.TempDir(), "neu", "workspace.db")
	if got := count(fresh); got != 1 {
		t.Fatalf("new workspace: got %d clients, want the sample", got)
	}
	if got := count(fresh); got != 0 {
		t.Fatalf("after deleting the sample: got %d clients, want it gone for good", got)
	}
	cliMade := filepath.Join(t.TempDir(), "cli", "workspace.db")
	db, err := sqlite.Open(ctx, cliMade)
	if err != nil {
		t.Fatal(err)
	}
	for _, n := range []string{"Eins", "Zwei"} {
		if _, err := db.SaveClient(ctx, kam.Client{Name: n}); err != nil {
			t.Fatal(err)
		}
	}
	db.Close()
	if got := count(cliMade); got != 2 {
		t.Fatalf("workspace made on the command line: got %d clients, want its own 2 and no sample", got)
	}
}

// openWindowWorkspace opens the workspace at path as the window does (a new
// one gets the sample client) and fails the test if it cannot.
func openWindowWorkspace(t *testing.T, path string) *sqlite.DB {
	t.Helper()
	db, p := OpenWorkspace(context.Background(), windowLock(t, path), catalog.MustLoad(), io.Discard)
	if p != nil {
		t.Fatal(p)
	}
	return db
}

// windowLocks are the locks tests hold as the window, one per test and
// workspace: a window holds its lock for as long as it runs.
var windowLocks sync.Map // windowKey → *sqlite.Lock

type windowKey struct {
	t    *testing.T
	path string
}

// windowLock returns the window's lock on the workspace at path, taken the
// first time a test asks and released when it ends.
func windowLock(t *testing.T, path string) *sqlite.Lock {
	t.Helper()
	key := windowKey{t, path}
	if lk, ok := windowLocks.Load(key); ok {
		return lk.(*sqlite.Lock)
	}
	lk, err := LockWorkspace(context.Background(), path)
	if err != nil {
		t.Fatal(err)
	}
	windowLocks.Store(key, lk)
	t.Cleanup(func() { windowLocks.Delete(key); lk.Unlock() })
	return lk
}
