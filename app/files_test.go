package app

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/wailsapp/wails/v2/pkg/runtime"

	"kamworkbench/internal/kam"
)

func TestOpenCommand(t *testing.T) {
	const file = "/home/anna/Berichte/Hofmann (Kunde).pdf"
	const win = `C:\Users\anna\Berichte\Hofmann (Kunde).pdf`
	for _, tc := range []struct {
		goos, path string
		folder     bool
		want       []string
	}{
		{"linux", file, false, []string{"xdg-open", file}},
		{"linux", file, true, []string{"xdg-open", "/home/anna/Berichte"}},
		{"freebsd", file, false, []string{"xdg-open", file}},
		{"darwin", file, false, []string{"open", file}},
		{"darwin", file, true, []string{"open", "-R", file}},
		{"windows", win, false, []string{"rundll32.exe", "url.dll,FileProtocolHandler", win}},
		{"windows", win, true, []string{"explorer.exe", "/select," + win}},
	} {
		name, args := openCommand(tc.goos, tc.path, tc.folder)
		if got := append([]string{name}, args...); !reflect.DeepEqual(got, tc.want) {
			t.Errorf("%s folder=%v: got %q, want %q", tc.goos, tc.folder, got, tc.want)
		}
	}
}

// savingTo is a save dialog that answers with name in dir, whatever it suggests.
func savingTo(dir, name string) *Dialogs {
	return &Dialogs{saveFile: func(context.Context, runtime.SaveDialogOptions) (string, error) {
		return filepath.Join(dir, name), nil
	}}
}

func TestSaveFileAddsTheExtensionAndRemembersThePath(t *testing.T) {
	dir := t.TempDir()
	d := savingTo(dir, "bericht")
	got, err := d.SaveFile("Bericht speichern", "Hofmann.pdf")
	if err != nil {
		t.Fatal(err)
	}
	if want := filepath.Join(dir, "bericht.pdf"); got != want || d.LastSaved() != want {
		t.Fatalf("got %q, last saved %q; want %q", got, d.LastSaved(), want)
	}

	// Cancelled: the last file saved stays the last.
	d.saveFile = func(context.Context, runtime.SaveDialogOptions) (string, error) { return "", nil }
	if again, err := d.SaveFile("x", "y.pdf"); again != "" || err != nil || d.LastSaved() != got {
		t.Fatalf("cancelled: got %q, %v, last saved %q", again, err, d.LastSaved())
	}
}

// startLog records the commands Files starts instead of starting them.
type startLog struct {
	started [][]string
	err     error
}

func (s *startLog) start(name string, args ...string) error {
	s.started = append(s.started, append([]string{name}, args...))
	return s.err
}

func TestFilesOpenTheFileSavedLast(t *testing.T) {
	dir := t.TempDir()
	d := savingTo(dir, "Hofmann (Kunde).pdf")
	log := &startLog{}
	f := &Files{dialogs: d, start: log.start, goos: "linux"}

	// Nothing saved yet: nothing to open, nothing started.
	if err := f.OpenSaved(); kam.ErrorCode(err) != kam.ENotFound {
		t.Fatalf("nothing saved: got %v, want not_found", err)
	}
	if err := f.ShowSaved(); kam.ErrorCode(err) != kam.ENotFound {
		t.Fatalf("nothing saved: got %v, want not_found", err)
	}

	path, err := d.SaveFile("Bericht speichern", "Hofmann (Kunde).pdf")
	if err != nil {
		t.Fatal(err)
	}
	// Named by the dialog, but not written (or gone since): not found, naming it.
	if err := f.OpenSaved(); kam.ErrorCode(err) != kam.ENotFound || !strings.Contains(err.Error(), "Hofmann (Kunde).pdf") {
		t.Fatalf("a missing file: got %v, want not_found naming it", err)
	}
	if len(log.started) != 0 {
		t.Fatalf("started %q for no file", log.started)
	}
	if err := os.WriteFile(path, []byte("%PDF"), 0o600); err != nil {
		t.Fatal(err)
	}
	if err := f.OpenSaved(); err != nil {
		t.Fatal(err)
	}
	if err := f.ShowSaved(); err != nil {
		t.Fatal(err)
	}
	want := [][]string{{"xdg-open", path}, {"xdg-open", dir}}
	if !reflect.DeepEqual(log.started, want) {
		t.Fatalf("started %q, want %q", log.started, want)
	}

	// The system cannot start its handler: an internal error naming the program.
	log.err = errors.New(`exec: "xdg-open": executable file not found in $PATH`)
	if err := f.OpenSaved(); kam.ErrorCode(err) != kam.EInternal || !strings.Contains(err.Error(), "xdg-open") {
		t.Fatalf("got %v, want an internal error naming xdg-open", err)
	}
}

func TestFilesOpenWhatAnExportWrote(t *testing.T) {
	dir := t.TempDir()
	fd := &fileDialogs{saveDir: dir}
	b, acc := newBundles(t, fd)
	log := &startLog{}
	f := &Files{dialogs: b.dialogs, start: log.start, goos: "darwin"}
	path, err := b.Export(acc.Client.ID)
	if err != nil {
		t.Fatal(err)
	}
	if err := f.ShowSaved(); err != nil {
		t.Fatal(err)
	}
	if want := [][]string{{"open", "-R", path}}; !reflect.DeepEqual(log.started, want) {
		t.Fatalf("started %q, want %q", log.started, want)
	}
}

func TestLogCommand(t *testing.T) {
	file := filepath.Join(t.TempDir(), "opened")
	for _, cmd := range [][]string{{"xdg-open", "/a b/c.pdf"}, {"open", "-R", "/x.kamw"}} {
		if err := logCommand(file, cmd[0], cmd[1:]); err != nil {
			t.Fatal(err)
		}
	}
	got, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	if want := "xdg-open\t/a b/c.pdf\nopen\t-R\t/x.kamw\n"; string(got) != want {
		t.Fatalf("got %q, want %q", got, want)
	}
}
