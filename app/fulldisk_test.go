package app

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"kamworkbench/internal/kam"
	"kamworkbench/internal/sqlite"
)

// Under `wails dev` (go test -tags dev) KAMW_E2E_DISKFULL_FILE saying "full"
// makes saves fail with disk_full until it says otherwise; a release build
// must ignore the variable and save.
func TestFullDiskE2ESeam(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	flag := filepath.Join(dir, "diskfull")
	t.Setenv("KAMW_E2E_DISKFULL_FILE", flag)
	db, err := sqlite.Open(ctx, filepath.Join(dir, "workspace.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	simulateFullDisk(db)
	clients := &Clients{db: db}
	c, err := clients.Save(kam.Client{Name: "Voll GmbH"})
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(flag, []byte("full\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	c.Notes = strings.Repeat("Platz wird knapp. ", 4000)
	_, err = clients.Save(c)
	if !devBuild {
		if err != nil {
			t.Fatalf("release build: save failed with %v; the variable must be ignored", err)
		}
		return
	}
	if got := kam.ErrorCode(err); got != kam.EDiskFull {
		t.Fatalf("save while the file says full: got %v (code %q), want %q", err, got, kam.EDiskFull)
	}
	if err := os.Remove(flag); err != nil {
		t.Fatal(err)
	}
	if _, err := clients.Save(c); err != nil {
		t.Fatalf("save once the file is gone: %v", err)
	}
}
