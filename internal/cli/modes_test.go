//go:build unix

package cli_test

import (
	"context"
	"encoding/json"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"

	"kamworkbench/internal/kam"
	"kamworkbench/internal/sqlite"
)

// TestFileModes: every file with customer data the commands write (the
// workspace, its -wal and -shm, backups, the state before a restore,
// bundles, PDFs) is readable by its owner only, and every folder they
// create is the owner's alone, under the usual umask and a strict one; a
// workspace left readable by an earlier version is set right when opened.
func TestFileModes(t *testing.T) {
	for _, umask := range []int{0o022, 0o077, 0o002} {
		t.Run(fmt.Sprintf("umask %03o", umask), func(t *testing.T) {
			old := syscall.Umask(umask)
			defer syscall.Umask(old)
			root := t.TempDir()
			dir := filepath.Join(root, "neuer Ordner")
			path := filepath.Join(dir, "workspace.db")
			mode := func(p string, want fs.FileMode) {
				t.Helper()
				st, err := os.Stat(p)
				if err != nil {
					t.Fatal(err)
				}
				if got := st.Mode().Perm(); got != want {
					t.Errorf("%s: mode %v, want %v", strings.TrimPrefix(p, root), got, want)
				}
			}

			id := mustRun(t, path, "demo")[0]
			mode(dir, 0o700)
			mode(path, 0o600)
			mode(path+".lock", 0o600)

			db, err := sqlite.Open(context.Background(), path)
			if err != nil {
				t.Fatal(err)
			}
			if _, err := db.SaveClient(context.Background(), kam.Client{Name: "Offen"}); err != nil {
				t.Fatal(err)
			}
			mode(path+"-wal", 0o600)
			mode(path+"-shm", 0o600)
			db.Close()

			backup := filepath.Join(root, "Sicherungen", "sicherung.db")
			mustRun(t, path, "backup", "-o", backup)
			mode(filepath.Dir(backup), 0o700)
			mode(backup, 0o600)
			bundleFile := filepath.Join(root, "kunde.kamw")
			mustRun(t, path, "export", "--client", id, "-o", bundleFile)
			mode(bundleFile, 0o600)
			var listed ListJSON
			_, out, _ := runCLI(t, path, "list", "--json")
			if err := json.Unmarshal([]byte(out), &listed); err != nil {
				t.Fatal(err)
			}
			pdfFile := filepath.Join(root, "bericht.pdf")
			mustRun(t, path, "pdf", "--workshop", listed.Clients[0].Workshops[0].ID, "-o", pdfFile)
			mode(pdfFile, 0o600)

			_, out, _ = runCLI(t, path, "restore", backup)
			saved := strings.TrimSpace(out[strings.Index(out, "saved as ")+len("saved as "):])
			mode(filepath.Dir(saved), 0o700)
			mode(saved, 0o600)
			mode(path, 0o600)

			// A workspace an earlier version left readable by all.
			for _, p := range []string{path, filepath.Dir(saved)} {
				if err := os.Chmod(p, 0o755); err != nil {
					t.Fatal(err)
				}
			}
			if err := os.Chmod(path, 0o644); err != nil {
				t.Fatal(err)
			}
			mustRun(t, path, "backup", "-o", filepath.Join(root, "zweite.db"))
			mode(path, 0o600)
		})
	}
}

// ListJSON is the shape of list --json, as far as these tests read it.
type ListJSON struct {
	Clients []struct {
		ID        string `json:"id"`
		Workshops []struct {
			ID string `json:"id"`
		} `json:"workshops"`
	} `json:"clients"`
}
