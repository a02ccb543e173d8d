package smoke

import (
	"bytes"
	"crypto/md5"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// TestSmokeSecondWindow starts the window, then a second one on the same
// workspace: the second says the workspace is open and ends without a
// window of its own (under Xvfb there is no D-Bus session bus to reach
// the first through), the first keeps running. A writing command beside
// the window exits 1 with the one message and changes nothing; a reading
// one works. After the window closes, the command writes.
func TestSmokeSecondWindow(t *testing.T) {
	bin := binary(t)
	dir := filepath.Join(t.TempDir(), "Zwei Fenster")
	db := filepath.Join(dir, "workspace.db")
	r := launch(t, bin, "--db", db)
	if err := welcomeTaken(db, time.Now().Add(30*time.Second)); err != nil {
		t.Fatal(err)
	}

	second := exec.Command(bin, "--db", db)
	second.Env = r.env
	var secondErr bytes.Buffer
	second.Stderr = &secondErr
	if err := second.Start(); err != nil {
		t.Fatal(err)
	}
	ended := make(chan error, 1)
	go func() { ended <- second.Wait() }()
	select {
	case <-ended:
	case <-time.After(time.Minute):
		second.Process.Kill()
		t.Fatalf("the second window did not end within a minute; stderr:\n%s", secondErr.String())
	}
	if msg := secondErr.String(); !strings.Contains(msg, "is open in KAM Workbench already") {
		t.Fatalf("the second window said %q, want that the workspace is open already", msg)
	}
	out, _ := xdotool(r.env, "search", "--onlyvisible", "--name", "^KAM Workbench$")
	if wins := strings.Fields(out); len(wins) != 1 || wins[0] != r.win {
		t.Fatalf("visible windows %q, want only the first %s", wins, r.win)
	}

	sum := func() [16]byte {
		b, err := os.ReadFile(db)
		if err != nil {
			t.Fatal(err)
		}
		return md5.Sum(b)
	}
	before := sum()
	cmd := exec.Command(bin, "--db", db, "demo")
	outB, err := cmd.CombinedOutput()
	const want = "the workspace is open in KAM Workbench; close it first"
	if code := cmd.ProcessState.ExitCode(); code != 1 || !strings.Contains(string(outB), want) {
		t.Fatalf("demo beside the window: exit %d (%v), output %q; want 1 and %q", code, err, outB, want)
	}
	if sum() != before {
		t.Fatal("the refused command changed the workspace")
	}
	if outB, err := exec.Command(bin, "--db", db, "list", "--json").CombinedOutput(); err != nil || !strings.Contains(string(outB), `"clients"`) {
		t.Fatalf("list beside the window: %v %q", err, outB)
	}

	if _, err := quit(r.env, r.win); err != nil {
		t.Fatal(err)
	}
	select {
	case err := <-r.done:
		if err != nil {
			t.Fatalf("the window did not close cleanly: %v\n%s", err, r.stderr.String())
		}
	case <-time.After(30 * time.Second):
		t.Fatal("the window did not close within 30 s")
	}
	if outB, err := exec.Command(bin, "--db", db, "demo").CombinedOutput(); err != nil {
		t.Fatalf("demo after the window closed: %v %q", err, outB)
	}
}
