package smoke

import (
	"crypto/sha256"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// TestSmokeDamagedWorkspace starts the built window on a damaged workspace:
// it says so on the terminal, names the newest sound backup, still opens
// the window (in its "workspace problem" mode), and leaves the file as it
// was.
func TestSmokeDamagedWorkspace(t *testing.T) {
	bin := binary(t)
	dir := filepath.Join(t.TempDir(), "Beschädigt #1")
	db := filepath.Join(dir, "workspace.db")
	backup := filepath.Join(dir, "backups", "kam-workbench-20260101-120000-000-auto.db")
	for _, args := range [][]string{{"demo"}, {"demo"}, {"backup", "-o", backup}} {
		if out, err := exec.Command(bin, append([]string{"--db", db}, args...)...).CombinedOutput(); err != nil {
			t.Fatalf("%s: %v\n%s", args[0], err, out)
		}
	}
	b, err := os.ReadFile(db)
	if err != nil {
		t.Fatal(err)
	}
	pages := len(b) / 4096
	for i := pages / 3 * 4096; i < (2*pages/3+1)*4096; i++ {
		b[i] = byte(i * 7)
	}
	if err := os.WriteFile(db, b, 0o600); err != nil {
		t.Fatal(err)
	}
	before := sha256.Sum256(b)

	r := launch(t, bin, "--db", db)
	env, win, done, stderr := r.env, r.win, r.done, r.stderr
	// The problem screen, for a person to look at.
	shot := filepath.Join(artefacts(t), "problem.png")
	if _, err := paintedShot(env, win, shot); err != nil {
		t.Fatal(err)
	}
	time.Sleep(time.Second) // the offer's size arrives a moment later
	if _, err := run(env, "import", "-window", win, shot); err != nil {
		t.Fatal(err)
	}
	if _, err := quit(env, win); err != nil {
		t.Fatal(err)
	}
	select {
	case <-done: // how it exits is TestSmokeWindow's business
	case <-time.After(30 * time.Second):
		t.Fatal("the window did not close within 30 s")
	}
	msg := stderr.String()
	if !strings.Contains(msg, "damaged") || !strings.Contains(msg, backup) {
		t.Fatalf("stderr %q does not say the workspace is damaged and name the backup %s", msg, backup)
	}
	t.Logf("stderr: %s", strings.TrimSpace(msg))
	after, err := os.ReadFile(db)
	if err != nil || sha256.Sum256(after) != before {
		t.Fatalf("the damaged workspace was changed (%v)", err)
	}
}
