package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
)

// buildKamw builds the command line without the window the way `make build`
// does: tag headless, no cgo, so it cannot link GTK or WebKit.
func buildKamw(t *testing.T) string {
	t.Helper()
	if testing.Short() {
		t.Skip("builds a program")
	}
	bin := filepath.Join(t.TempDir(), "kamw")
	if runtime.GOOS == "windows" {
		bin += ".exe"
	}
	cmd := exec.Command("go", "build", "-tags", "headless", "-ldflags", "-X main.version=v9.8.7-test", "-o", bin, ".")
	cmd.Env = append(os.Environ(), "CGO_ENABLED=0")
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("go build -tags headless with CGO_ENABLED=0: %v\n%s", err, out)
	}
	return bin
}

// kamw runs the program on a scratch workspace and returns stdout, stderr
// and the exit code.
func kamw(t *testing.T, bin string, args ...string) (string, string, int) {
	t.Helper()
	db := filepath.Join(t.TempDir(), "workspace.db")
	cmd := exec.Command(bin, append([]string{"--db", db}, args...)...)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	err := cmd.Run()
	var exit *exec.ExitError
	switch {
	case err == nil:
		return stdout.String(), stderr.String(), 0
	case errors.As(err, &exit):
		return stdout.String(), stderr.String(), exit.ExitCode()
	default:
		t.Fatalf("run kamw %v: %v", args, err)
		return "", "", -1
	}
}

func TestKamwRunsCommandsWithoutWindow(t *testing.T) {
	bin := buildKamw(t)

	out, errOut, code := kamw(t, bin, "version")
	if code != 0 || strings.TrimSpace(out) != "v9.8.7-test" {
		t.Errorf("kamw version: exit %d, stdout %q, stderr %q; want exit 0 and v9.8.7-test", code, out, errOut)
	}

	out, errOut, code = kamw(t, bin, "catalog", "--json")
	var cat struct {
		Version string `json:"version"`
		Areas   []struct {
			ID        string `json:"id"`
			Questions []struct {
				ID string `json:"id"`
			} `json:"questions"`
		} `json:"areas"`
	}
	if code != 0 {
		t.Fatalf("kamw catalog --json: exit %d, stderr %q", code, errOut)
	}
	if err := json.Unmarshal([]byte(out), &cat); err != nil {
		t.Fatalf("kamw catalog --json: %v\n%s", err, out)
	}
	if cat.Version == "" || len(cat.Areas) != 5 || len(cat.Areas[0].Questions) == 0 {
		t.Errorf("kamw catalog --json: version %q, %d areas; want a version and the five areas with questions", cat.Version, len(cat.Areas))
	}

	// Without a command there is no window to open: a usage error that
	// names kamw and the program that has the window.
	_, errOut, code = kamw(t, bin)
	if code != 2 || !strings.Contains(errOut, "usage: kamw ") || !strings.Contains(errOut, "kam-workbench opens the window") {
		t.Errorf("kamw without a command: exit %d, stderr %q; want exit 2 with kamw's usage", code, errOut)
	}
	_, errOut, code = kamw(t, bin, "pdf")
	if code != 2 || !strings.HasPrefix(errOut, "kamw pdf: ") {
		t.Errorf("kamw pdf without flags: exit %d, stderr %q; want exit 2 and messages named kamw", code, errOut)
	}
}

// TestKamwLinksNoWindow checks what kamw is made of: nothing of Wails (and
// so nothing of GTK or WebKit) among its packages.
func TestKamwLinksNoWindow(t *testing.T) {
	out, err := exec.Command("go", "list", "-deps", "-tags", "headless", ".").CombinedOutput()
	if err != nil {
		t.Fatalf("go list: %v\n%s", err, out)
	}
	for _, pkg := range strings.Fields(string(out)) {
		if strings.Contains(pkg, "wailsapp") || pkg == "kamworkbench/app" {
			t.Errorf("kamw depends on %s", pkg)
		}
	}
}
