// Package smoke tests the built window: the real binary under Xvfb.
package smoke

import (
	"bytes"
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"
)

// binary returns the built program, or skips when `make smoke` did not
// provide one.
func binary(t *testing.T) string {
	t.Helper()
	bin := os.Getenv("KAMW_SMOKE_BINARY")
	if bin == "" {
		t.Skip("KAMW_SMOKE_BINARY not set; run `make smoke`")
	}
	for _, tool := range []string{"Xvfb", "xdotool", "import", "convert"} {
		if _, err := exec.LookPath(tool); err != nil {
			t.Fatalf("%s is missing: %v", tool, err)
		}
	}
	return bin
}

// display starts Xvfb on a free display number and returns it.
func display(t *testing.T) string {
	t.Helper()
	for n := 90; n < 120; n++ {
		if _, err := os.Stat("/tmp/.X11-unix/X" + strconv.Itoa(n)); err == nil {
			continue
		}
		d := ":" + strconv.Itoa(n)
		x := exec.Command("Xvfb", d, "-screen", "0", "1600x1000x24", "-nolisten", "tcp")
		if err := x.Start(); err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { x.Process.Kill(); x.Wait() })
		for i := 0; i < 50; i++ {
			if _, err := os.Stat("/tmp/.X11-unix/X" + strconv.Itoa(n)); err == nil {
				return d
			}
			time.Sleep(100 * time.Millisecond)
		}
		t.Fatal("Xvfb did not start")
	}
	t.Fatal("no free X display")
	return ""
}

// TestSmokeWindow starts the window on a scratch workspace, finds it,
// screenshots it, checks the picture is not blank, closes it, and checks the
// workspace.
func TestSmokeWindow(t *testing.T) {
	bin := binary(t)
	d := display(t)
	dir := filepath.Join(t.TempDir(), "Smoke Prüfung #1")
	db := filepath.Join(dir, "workspace.db")
	env := append(os.Environ(), "DISPLAY="+d, "WEBKIT_DISABLE_COMPOSITING_MODE=1")

	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	app := exec.CommandContext(ctx, bin, "--db", db)
	app.Env = env
	var stderr bytes.Buffer
	app.Stderr = &stderr
	start := time.Now()
	if err := app.Start(); err != nil {
		t.Fatal(err)
	}
	done := make(chan error, 1)
	go func() { done <- app.Wait() }()

	var win string
	for time.Since(start) < time.Minute && win == "" {
		out, _ := xdotool(env, "search", "--onlyvisible", "--name", "^KAM Workbench$")
		win = strings.TrimSpace(strings.Split(out, "\n")[0])
		if win == "" {
			time.Sleep(250 * time.Millisecond)
		}
	}
	if win == "" {
		t.Fatalf("no window titled KAM Workbench appeared; stderr:\n%s", stderr.String())
	}
	t.Logf("window %s after %v", win, time.Since(start).Round(time.Millisecond))

	// Wait until the UI has painted: the picture stops being uniform.
	shot := filepath.Join(artefacts(t), "window.png")
	var sd float64
	for i := 0; i < 60; i++ {
		time.Sleep(500 * time.Millisecond)
		if _, err := run(env, "import", "-window", win, shot); err != nil {
			continue
		}
		out, err := run(env, "convert", shot, "-colorspace", "gray", "-format", "%[fx:standard_deviation]", "info:")
		if err == nil {
			sd, _ = strconv.ParseFloat(strings.TrimSpace(out), 64)
		}
		if sd > 0.05 {
			break
		}
	}
	if sd <= 0.05 {
		t.Fatalf("the window looks blank (grey deviation %.3f); see %s", sd, shot)
	}
	t.Logf("first paint with content after %v; screenshot %s", time.Since(start).Round(time.Millisecond), shot)

	if _, err := xdotool(env, "windowclose", win); err != nil {
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

func xdotool(env []string, args ...string) (string, error) { return run(env, "xdotool", args...) }

func run(env []string, name string, args ...string) (string, error) {
	cmd := exec.Command(name, args...)
	cmd.Env = env
	out, err := cmd.Output()
	return string(out), err
}

// artefacts returns the git-ignored folder for pictures tests take.
func artefacts(t *testing.T) string {
	t.Helper()
	dir, err := filepath.Abs(filepath.Join("..", "..", "artefacts", "smoke"))
	if err != nil {
		t.Fatal(err)
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	return dir
}
