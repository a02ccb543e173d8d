package app

import (
	"context"
	"encoding/json"
	"io"
	"path/filepath"
	"strings"
	"testing"

	"kamworkbench/internal/catalog"
	"kamworkbench/internal/kam"
	"kamworkbench/internal/sqlite"
	"kamworkbench/internal/sqlite/sqlitetest"
)

// TestDiskFullInWindow fills the disk that holds the workspace (a small
// tmpfs). A save in the open window fails with disk_full and says so;
// starting the window on a full disk, where SQLite cannot even create its
// index file (-shm) beside the workspace, explains it as a full disk and
// offers no backup (restoring one would not help and would fail too).
func TestDiskFullInWindow(t *testing.T) {
	ctx := context.Background()
	disk := filepath.Join(t.TempDir(), "disk")
	sqlitetest.SmallDisk(t, disk, 4<<20)
	path := filepath.Join(disk, "workspace.db")
	db := openWindowWorkspace(t, path)
	if _, err := db.Backup(ctx, "manual"); err != nil {
		t.Fatal(err)
	}
	free := sqlitetest.Fill(t, disk)

	clients := &Clients{db: db}
	_, err := clients.Save(kam.Client{Name: "Voll GmbH", Notes: strings.Repeat("Notiz ", 20000)})
	var ui UIError
	if jerr := json.Unmarshal([]byte(FormatError(sqlite.Explain(path, err)).(string)), &ui); jerr != nil {
		t.Fatal(jerr)
	}
	if ui.Code != kam.EDiskFull || !strings.Contains(ui.Message, "disk is full") {
		t.Fatalf("save on a full disk: got %+v, want disk_full and a plain message", ui)
	}
	free()
	db.Close()
	windowLock(t, path).Unlock()

	free = sqlitetest.Fill(t, disk)

	lk, err := LockWorkspace(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer lk.Unlock()
	db, p := OpenWorkspace(ctx, lk, catalog.MustLoad(), io.Discard)
	if db != nil {
		db.Close()
		t.Fatal("the workspace opened on the full disk")
	}
	if p.Kind != ProblemDiskFull || p.BackupName != "" || strings.Contains(p.Message, "internal") {
		t.Fatalf("start on a full disk: got %+v, want kind %q, no backup offered", p, ProblemDiskFull)
	}
	free()
}
