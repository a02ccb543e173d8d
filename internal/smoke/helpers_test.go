package smoke

import (
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

// findWindow waits until deadline for the visible window titled KAM
// Workbench and returns its id, "" when none appeared.
func findWindow(env []string, deadline time.Time) string {
	for time.Now().Before(deadline) {
		out, _ := xdotool(env, "search", "--onlyvisible", "--name", "^KAM Workbench$")
		if win := strings.TrimSpace(strings.Split(out, "\n")[0]); win != "" {
			return win
		}
		time.Sleep(250 * time.Millisecond)
	}
	return ""
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
