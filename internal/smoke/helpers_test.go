package smoke

import (
	"bytes"
	"context"
	"fmt"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
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
	// -displayfd lets Xvfb pick a free display and tell us which (on fd 3),
	// so stale sockets of earlier runs do not matter.
	r, w, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	x := exec.Command("Xvfb", "-displayfd", "3", "-screen", "0", "1600x1000x24", "-nolisten", "tcp")
	x.ExtraFiles = []*os.File{w}
	if err := x.Start(); err != nil {
		t.Fatal(err)
	}
	w.Close()
	t.Cleanup(func() { x.Process.Signal(syscall.SIGTERM); x.Wait() })
	got := make(chan string, 1)
	go func() {
		b := make([]byte, 16)
		n, _ := r.Read(b)
		got <- strings.TrimSpace(string(b[:n]))
	}()
	select {
	case n := <-got:
		if n == "" {
			t.Fatal("Xvfb did not start")
		}
		// Wait until the server answers on its socket.
		for i := 0; i < 100; i++ {
			if c, err := net.Dial("unix", "/tmp/.X11-unix/X"+n); err == nil {
				c.Close()
				time.Sleep(200 * time.Millisecond)
				return ":" + n
			}
			time.Sleep(100 * time.Millisecond)
		}
		t.Fatal("Xvfb does not answer")
	case <-time.After(15 * time.Second):
		t.Fatal("Xvfb did not start within 15 s")
	}
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

// quit asks the program that owns win to stop the way the system does at
// logout (SIGTERM); the program closes its window normally. Destroying the
// window from outside (xdotool windowclose) would make GTK abort instead.
func quit(env []string, win string) (string, error) {
	out, err := xdotool(env, "getwindowpid", win)
	if err != nil {
		return "", fmt.Errorf("find the window's process: %w", err)
	}
	pid, err := strconv.Atoi(strings.TrimSpace(out))
	if err != nil {
		return "", fmt.Errorf("find the window's process: %q", out)
	}
	return "", syscall.Kill(pid, syscall.SIGTERM)
}

// running is the program under Xvfb with its window found.
type running struct {
	env    []string
	win    string        // the window's X id
	start  time.Time     // when the program was started
	stderr *bytes.Buffer // what it printed on stderr so far
	done   chan error    // receives the program's exit
}

// launch starts argv (the program, possibly behind strace) on a fresh Xvfb
// and waits up to a minute for its window.
func launch(t *testing.T, argv ...string) *running {
	t.Helper()
	r := &running{
		env:    append(os.Environ(), "DISPLAY="+display(t), "WEBKIT_DISABLE_COMPOSITING_MODE=1"),
		stderr: &bytes.Buffer{},
		done:   make(chan error, 1),
	}
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	t.Cleanup(cancel)
	cmd := exec.CommandContext(ctx, argv[0], argv[1:]...)
	cmd.Env, cmd.Stderr = r.env, r.stderr
	r.start = time.Now()
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	go func() { r.done <- cmd.Wait() }()
	if r.win = findWindow(r.env, r.start.Add(time.Minute)); r.win == "" {
		t.Fatalf("no window titled KAM Workbench appeared; stderr:\n%s", r.stderr.String())
	}
	return r
}
