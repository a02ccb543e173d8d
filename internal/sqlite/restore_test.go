package sqlite_test

import (
	"context"
	"database/sql"
	"fmt"
	"math/rand/v2"
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
)

func clientNames(t *testing.T, db *sqlite.DB) []string {
	t.Helper()
	cs, err := db.Clients(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, c := range cs {
		out = append(out, c.Name)
	}
	return out
}

func namesOf(t *testing.T, path string) []string {
	t.Helper()
	db, err := sqlite.Open(context.Background(), path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	return clientNames(t, db)
}

// TestRestoreOpenWorkspace restores into the open workspace: the same
// handle then shows the backup's state, takes new edits, and the state
// before was backed up first.
func TestRestoreOpenWorkspace(t *testing.T) {
	ctx := context.Background()
	db := MustOpen(t)
	c, err := db.SaveClient(ctx, kam.Client{Name: "Stand eins"})
	if err != nil {
		t.Fatal(err)
	}
	backup, err := db.Backup(ctx, "manual")
	if err != nil {
		t.Fatal(err)
	}
	c.Name = "Stand zwei"
	if _, err := db.SaveClient(ctx, c); err != nil {
		t.Fatal(err)
	}
	if _, err := db.SaveClient(ctx, kam.Client{Name: "Nach der Sicherung"}); err != nil {
		t.Fatal(err)
	}

	// Edits keep arriving while the restore runs: none may fail, and each
	// lands either before it (in the backup of the state before) or after
	// it (in the restored workspace), never in both or neither.
	var wg sync.WaitGroup
	errs := make(chan error, 50)
	for i := range 50 {
		wg.Go(func() {
			if _, err := db.SaveClient(ctx, kam.Client{Name: fmt.Sprintf("Gleichzeitig %02d", i)}); err != nil {
				errs <- err
			}
		})
	}
	saved, err := db.Restore(ctx, backup)
	wg.Wait()
	close(errs)
	if err != nil {
		t.Fatal(err)
	}
	for err := range errs {
		t.Errorf("an edit during the restore failed: %v", err)
	}

	after := clientNames(t, db)
	before := namesOf(t, saved)
	seen := map[string]int{}
	for _, n := range append(slices.Clone(after), before...) {
		seen[n]++
	}
	for i := range 50 {
		if n := fmt.Sprintf("Gleichzeitig %02d", i); seen[n] != 1 {
			t.Errorf("%s is in %d of the two states, want exactly 1", n, seen[n])
		}
	}
	if !slices.Contains(after, "Stand eins") || slices.Contains(after, "Stand zwei") || slices.Contains(after, "Nach der Sicherung") {
		t.Fatalf("after restore: got %q, want Stand eins and no later edit", after)
	}
	if !slices.Contains(before, "Stand zwei") || !slices.Contains(before, "Nach der Sicherung") {
		t.Fatalf("the state before holds %q, want Stand zwei and Nach der Sicherung", before)
	}
	t.Logf("%d concurrent edits landed before the restore, %d after", len(before)-2, len(after)-1)
	if err := db.Check(ctx); err != nil {
		t.Fatal(err)
	}
	if _, err := db.SaveClient(ctx, kam.Client{Name: "Nach der Wiederherstellung"}); err != nil {
		t.Fatalf("save after restore: %v", err)
	}
	if !strings.HasSuffix(saved, "-before-restore.db") {
		t.Fatalf("state before saved as %q, want a before-restore backup", saved)
	}
	db.Close()
	if got := namesOf(t, db.Path()); len(got) != len(after)+1 {
		t.Fatalf("reopened after restore: got %q, want %d clients", got, len(after)+1)
	}
}

// TestRestoreRefuses refuses every file that is not a sound backup of this
// or an older version, and leaves the workspace as it was.
func TestRestoreRefuses(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	db := MustOpen(t)
	if _, err := db.SaveClient(ctx, kam.Client{Name: "Bleibt"}); err != nil {
		t.Fatal(err)
	}
	text := filepath.Join(dir, "notes.db")
	os.WriteFile(text, []byte(strings.Repeat("kein SQLite ", 20)), 0o600)
	foreign := filepath.Join(dir, "foreign.db")
	f, _ := sql.Open("sqlite", foreign)
	if _, err := f.Exec("CREATE TABLE t (x); INSERT INTO t VALUES (1)"); err != nil {
		t.Fatal(err)
	}
	f.Close()
	newer := filepath.Join(dir, "newer.db")
	if err := db.BackupTo(ctx, newer); err != nil {
		t.Fatal(err)
	}
	n, _ := sql.Open("sqlite", newer)
	if _, err := n.Exec("PRAGMA user_version = 999"); err != nil {
		t.Fatal(err)
	}
	n.Close()
	damaged := filepath.Join(dir, "damaged.db")
	if err := db.BackupTo(ctx, damaged); err != nil {
		t.Fatal(err)
	}
	corrupt(t, damaged)

	tests := []struct{ name, path, want string }{
		{"the workspace itself", db.Path(), "from itself"},
		{"missing", filepath.Join(dir, "missing.db"), "cannot read"},
		{"a folder", dir, "not a backup file"},
		{"text", text, "not a KAM Workbench backup"},
		{"other program", foreign, "not a KAM Workbench backup"},
		{"newer version", newer, "newer KAM Workbench"},
		{"damaged", damaged, "damaged"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := db.Restore(ctx, tt.path)
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Fatalf("got %v, want an error containing %q", err, tt.want)
			}
			if got := clientNames(t, db); len(got) != 1 || got[0] != "Bleibt" {
				t.Fatalf("workspace after a refused restore: got %q", got)
			}
		})
	}
	if list, _ := db.Backups(); len(list) != 0 {
		t.Fatalf("refused restores left %d backups, want none", len(list))
	}
}

// corrupt overwrites the middle third of a database file with noise, as a
// failing disk or an interrupted copy would.
func corrupt(t *testing.T, path string) {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	const page = 4096
	pages := len(b) / page
	if pages < 3 {
		t.Fatalf("%s has %d pages, too few to damage the middle", path, pages)
	}
	r := rand.New(rand.NewPCG(1, 2))
	for i := pages / 3 * page; i < 2*pages/3*page+page; i++ {
		b[i] = byte(r.Uint32())
	}
	if err := os.WriteFile(path, b, 0o600); err != nil {
		t.Fatal(err)
	}
}

// TestDamagedWorkspace damages a workspace: opening it is refused and leaves
// it byte for byte as it was, the newest sound backup is found (a damaged
// newer one skipped), and restoring it keeps the damaged file aside.
func TestDamagedWorkspace(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "Kunden #1", "workspace.db")
	db, err := sqlite.Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	acc, err := demo.Add(ctx, db, catalog.MustLoad())
	if err != nil {
		t.Fatal(err)
	}
	sound, err := db.Backup(ctx, "auto")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := db.SaveClient(ctx, kam.Client{Name: "Nach der Sicherung"}); err != nil {
		t.Fatal(err)
	}
	db.Close()
	corrupt(t, path)
	before := hash(t, path)

	_, err = sqlite.Open(ctx, path)
	if err == nil || !strings.Contains(err.Error(), "damaged") || !strings.Contains(err.Error(), "left untouched") {
		t.Fatalf("open a damaged workspace: got %v, want it refused as damaged", err)
	}
	if hash(t, path) != before {
		t.Fatal("opening the damaged workspace changed it")
	}

	// A newer backup that is damaged itself must not be offered.
	bad := filepath.Join(sqlite.BackupDir(path), "kam-workbench-29991231-235959-000-auto.db")
	b, _ := os.ReadFile(path)
	if err := os.WriteFile(bad, b, 0o600); err != nil {
		t.Fatal(err)
	}
	got, ok := sqlite.NewestSoundBackup(ctx, path)
	if !ok || got.Path != sound {
		t.Fatalf("newest sound backup: got %q (%v), want %q", got.Path, ok, sound)
	}

	saved, err := sqlite.Restore(ctx, path, got.Path)
	if err != nil {
		t.Fatal(err)
	}
	if saved == "" || hash(t, saved) != before {
		t.Fatalf("the damaged workspace was not kept aside as it was (saved %q)", saved)
	}
	if list, _ := sqlite.ListBackups(path); len(list) != 2 {
		t.Fatalf("got %d backups listed, want the 2 made (the set-aside file is not a backup)", len(list))
	}
	db, err = sqlite.Open(ctx, path)
	if err != nil {
		t.Fatalf("open after restore: %v", err)
	}
	defer db.Close()
	if err := db.Check(ctx); err != nil {
		t.Fatal(err)
	}
	if names := clientNames(t, db); len(names) != 1 || names[0] != acc.Client.Name {
		t.Fatalf("after restore: got %q, want the sample client only", names)
	}
	if back, err := db.Account(ctx, acc.Client.ID); err != nil || len(back.Stakeholders) != len(acc.Stakeholders) {
		t.Fatalf("sample account after restore: %d stakeholders (%v), want %d", len(back.Stakeholders), err, len(acc.Stakeholders))
	}
}

// TestSubtleDamage damages one page that opening the workspace never
// reads (the answers table): only quick_check can find it, and it must.
func TestSubtleDamage(t *testing.T) {
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
	raw, _ := sql.Open("sqlite", path)
	var root, pageSize int
	if err := raw.QueryRow("SELECT rootpage FROM sqlite_schema WHERE name = 'answers'").Scan(&root); err != nil {
		t.Fatal(err)
	}
	raw.QueryRow("PRAGMA page_size").Scan(&pageSize)
	raw.Close()
	f, err := os.OpenFile(path, os.O_RDWR, 0)
	if err != nil {
		t.Fatal(err)
	}
	// An invalid b-tree page type in the header of the table's root page.
	if _, err := f.WriteAt([]byte{0x07}, int64((root-1)*pageSize)); err != nil {
		t.Fatal(err)
	}
	f.Close()
	before := hash(t, path)
	db, err = sqlite.Open(ctx, path)
	if err == nil {
		db.Close()
		t.Fatal("a workspace with a damaged answers table was opened")
	}
	if !strings.Contains(err.Error(), "damaged") || hash(t, path) != before {
		t.Fatalf("got %v, want it refused as damaged and left untouched", err)
	}
}

// TestRestoreClosedWorkspace restores with the workspace closed (the command
// line): a sound workspace is backed up first, a missing one is created.
func TestRestoreClosedWorkspace(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	path := filepath.Join(dir, "100% Prüfung", "ws.db")
	db, err := sqlite.Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	db.SaveClient(ctx, kam.Client{Name: "Alt"})
	backup := filepath.Join(dir, "sicherung.db")
	if err := db.BackupTo(ctx, backup); err != nil {
		t.Fatal(err)
	}
	db.SaveClient(ctx, kam.Client{Name: "Neu"})
	db.Close()

	saved, err := sqlite.Restore(ctx, path, backup)
	if err != nil {
		t.Fatal(err)
	}
	if got := namesOf(t, path); strings.Join(got, ",") != "Alt" {
		t.Fatalf("after restore: got %q, want [Alt]", got)
	}
	if got := namesOf(t, saved); strings.Join(got, ",") != "Alt,Neu" {
		t.Fatalf("state before (%s): got %q, want [Alt Neu]", saved, got)
	}

	fresh := filepath.Join(dir, "neu", "ws.db")
	if saved, err := sqlite.Restore(ctx, fresh, backup); err != nil || saved != "" {
		t.Fatalf("restore into a new workspace: got %q %v, want nothing saved and no error", saved, err)
	}
	if got := namesOf(t, fresh); strings.Join(got, ",") != "Alt" {
		t.Fatalf("new workspace: got %q, want [Alt]", got)
	}
}

func TestBackupKeep(t *testing.T) {
	ctx := context.Background()
	db := MustOpen(t)
	if got := db.BackupKeep(ctx); got != sqlite.DefaultBackupKeep {
		t.Fatalf("default: got %d, want %d", got, sqlite.DefaultBackupKeep)
	}
	for _, n := range []int{0, -1, sqlite.MaxBackupKeep + 1} {
		if err := db.SetBackupKeep(ctx, n); kam.ErrorCode(err) != kam.EInvalid {
			t.Fatalf("keep %d: got %v, want invalid", n, err)
		}
	}
	if err := db.SetBackupKeep(ctx, 3); err != nil {
		t.Fatal(err)
	}
	if got := db.BackupKeep(ctx); got != 3 {
		t.Fatalf("got %d, want 3", got)
	}
}
