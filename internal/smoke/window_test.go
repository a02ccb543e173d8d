// Package smoke tests the built window: the real binary under Xvfb.
package smoke

import (
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// TestSmokeWindow starts the window on a scratch workspace, finds it,
// screenshots it, checks the picture is not blank, closes it, and checks the
// workspace.
func TestSmokeWindow(t *testing.T) {
	bin := binary(t)
	dir := filepath.Join(t.TempDir(), "Smoke Prüfung #1")
	db := filepath.Join(dir, "workspace.db")
	r := launch(t, bin, "--db", db)
	env, win, start, done, stderr := r.env, r.win, r.start, r.done, r.stderr
	t.Logf("window %s after %v", win, time.Since(start).Round(time.Millisecond))

	// Wait until the UI has painted: the picture stops being uniform.
	shot := filepath.Join(artefacts(t), "window.png")
	if _, err := paintedShot(env, win, shot); err != nil {
		t.Fatal(err)
	}
	t.Logf("first paint with content after %v; screenshot %s", time.Since(start).Round(time.Millisecond), shot)

	if _, err := quit(env, win); err != nil {
		t.Fatal(err)
	}
	select {
	case err := <-done:
		if err != nil {
			t.Fatalf("the window did not close cleanly: %v\n%s", err, stderr.String())
		}
	case <-time.After(30 * time.Second):
		t.Fatal("the window did not close within 30 s")
	}

	out, err := exec.Command(bin, "--db", db, "check").CombinedOutput()
	if err != nil || strings.TrimSpace(string(out)) != "ok" {
		t.Fatalf("check after closing: got %q (%v), want ok", out, err)
	}
}
