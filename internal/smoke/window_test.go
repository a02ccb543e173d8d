// Package smoke tests the built window: the real binary under Xvfb.
package smoke

import (
	"database/sql"
	"fmt"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	_ "modernc.org/sqlite"
)

// TestSmokeWindow starts the window on a scratch workspace, finds it,
// screenshots it, checks the picture is not blank and that it opened on the
// sample workshop, closes it, and checks the workspace.
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

	// A new workspace opens on the sample workshop: the window's frontend
	// takes the welcome Go left for it (app/startup.go) and goes there.
	if err := welcomeTaken(db, time.Now().Add(15*time.Second)); err != nil {
		t.Fatal(err)
	}
	time.Sleep(time.Second) // the workshop renders
	if _, err := paintedShot(env, win, filepath.Join(artefacts(t), "window-welcome.png")); err != nil {
		t.Fatal(err)
	}

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

// welcomeTaken reads the workspace beside the running window (read-only)
// until the first-start welcome has been taken, or the deadline passes.
func welcomeTaken(path string, deadline time.Time) error {
	db, err := sql.Open("sqlite", path+"?_pragma=query_only(1)&_pragma=busy_timeout(2000)")
	if err != nil {
		return err
	}
	defer db.Close()
	var v string
	for time.Now().Before(deadline) {
		err = db.QueryRow("SELECT value FROM settings WHERE key = 'welcome'").Scan(&v)
		if err == nil && v == "" {
			return nil
		}
		time.Sleep(200 * time.Millisecond)
	}
	return fmt.Errorf("the window did not open the sample workshop: welcome setting %q (%v)", v, err)
}
