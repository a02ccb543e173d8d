package cli_test

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"kamworkbench/internal/kam"
	"kamworkbench/internal/sqlite"
)

// envWindow makes the re-executed test binary hold a workspace as the
// window does (TestHelperWindow).
const envWindow = "KAMW_TEST_WINDOW_DB"

// TestHelperWindow is not a test: run by TestCommandsBesideWindow in a
// process of its own, it takes the window's lock on a workspace, opens it,
// saves a client, prints its id, and holds on until stdin closes.
func TestHelperWindow(t *testing.T) {
	path := os.Getenv(envWindow)
	if path == "" {
		t.Skip("only run as the window of TestCommandsBesideWindow")
	}
	ctx := context.Background()
	lk, err := sqlite.LockWorkspace(ctx, path, sqlite.HolderWindow)
	if err != nil {
		fmt.Println("E", err)
		os.Exit(1)
	}
	db, err := lk.Open(ctx)
	if err != nil {
		fmt.Println("E", err)
		os.Exit(1)
	}
	c, err := db.SaveClient(ctx, kam.Client{Name: "Im Fenster gespeichert"})
	if err != nil {
		fmt.Println("E", err)
		os.Exit(1)
	}
	fmt.Println(c.ID)
	bufio.NewReader(os.Stdin).ReadString('\n')
	db.Close()
	os.Exit(0)
}

// TestCommandsBesideWindow runs the commands while another process holds
// the workspace as the window: every writing command exits 1 with the one
// message and changes nothing; the reading commands work and see what the
// window saved; once the window is gone, writing works again.
func TestCommandsBesideWindow(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "workspace.db")
	mustRun(t, path, "demo")
	bundleFile := filepath.Join(dir, "kunde.kamw")
	var listed struct {
		Clients []struct {
			ID string `json:"id"`
		} `json:"clients"`
	}
	_, out, _ := runCLI(t, path, "list", "--json")
	if err := json.Unmarshal([]byte(out), &listed); err != nil || len(listed.Clients) != 1 {
		t.Fatalf("list: %v %q", err, out)
	}
	sample := listed.Clients[0].ID
	mustRun(t, path, "export", "--client", sample, "-o", bundleFile)
	backup := filepath.Join(dir, "sicherung.db")
	mustRun(t, path, "backup", "-o", backup)

	cmd := exec.Command(os.Args[0], "-test.run=^TestHelperWindow$")
	cmd.Env = append(os.Environ(), envWindow+"="+path)
	stdin, err := cmd.StdinPipe()
	if err != nil {
		t.Fatal(err)
	}
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	defer cmd.Process.Kill()
	line, err := bufio.NewReader(stdout).ReadString('\n')
	if err != nil || strings.HasPrefix(line, "E ") {
		t.Fatalf("the window process: %q %v", line, err)
	}
	saved := strings.TrimSpace(line)

	const want = "the workspace is open in KAM Workbench; close it first"
	for _, args := range [][]string{
		{"demo"},
		{"import", bundleFile, "--as-copy"},
		{"import-contacts", "--client", sample, filepath.Join("..", "contacts", "testdata", "excel-de-cp1252.csv")},
		{"restore", backup},
		{"backup", "-o", filepath.Join(dir, "neben dem Fenster.db")},
	} {
		code, _, errOut := runCLI(t, path, args...)
		if code != 1 || !strings.Contains(errOut, ": "+want+"\n") {
			t.Errorf("%v beside the window: exit %d, stderr %q; want exit 1 and %q", args, code, errOut, want)
		}
	}
	for _, args := range [][]string{
		{"list", "--json"},
		{"check"},
		{"export", "--client", saved, "-o", filepath.Join(dir, "neben.kamw")},
		{"import-contacts", "--client", sample, "--dry-run", filepath.Join("..", "contacts", "testdata", "excel-de-cp1252.csv")},
	} {
		code, out, errOut := runCLI(t, path, args...)
		if code != 0 {
			t.Errorf("%v beside the window: exit %d, stderr %q; want it to work", args, code, errOut)
		}
		if args[0] == "list" && !strings.Contains(out, saved) {
			t.Errorf("list beside the window does not show the client the window saved: %s", out)
		}
	}

	stdin.Close()
	if err := cmd.Wait(); err != nil {
		t.Fatalf("the window process: %v", err)
	}
	mustRun(t, path, "demo")
	if _, out, _ := runCLI(t, path, "list", "--json"); strings.Count(out, `"id"`) < 3 {
		t.Fatalf("after the window closed: %s", out)
	}
}
