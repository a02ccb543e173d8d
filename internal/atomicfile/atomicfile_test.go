package atomicfile_test

import (
	"os"
	"path/filepath"
	"testing"

	"kamworkbench/internal/atomicfile"
	"kamworkbench/internal/filelock"
	"kamworkbench/internal/kam"
)

func TestWrite(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "Maßnahmen #1.csv")
	if err := os.WriteFile(path, []byte("old"), 0o600); err != nil {
		t.Fatal(err)
	}
	if err := atomicfile.Write(path, "the CSV file", []byte("new")); err != nil {
		t.Fatal(err)
	}
	got, err := os.ReadFile(path)
	if err != nil || string(got) != "new" {
		t.Fatalf("got %q, %v; want new", got, err)
	}
	if st, err := os.Stat(path); err != nil || st.Mode().Perm() != 0o600 {
		t.Errorf("mode %v (%v), want -rw------- (customer data, readable by its owner only)", st.Mode().Perm(), err)
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 1 {
		t.Errorf("got %d files, want no temporary file left", len(entries))
	}
}

func TestWriteFails(t *testing.T) {
	dir := t.TempDir()
	tests := []struct {
		name, path, code string
	}{
		{"folder missing", filepath.Join(dir, "nope", "x.csv"), kam.EInvalid},
		{"a folder", dir, kam.EInvalid},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := atomicfile.Write(tt.path, "the CSV file", []byte("x"))
			if got := kam.ErrorCode(err); got != tt.code {
				t.Fatalf("got %v (%s), want %s", err, got, tt.code)
			}
		})
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 0 {
		t.Errorf("left %d files behind", len(entries))
	}
}

// TestLeftovers: the temporary file a process killed while writing left
// (.NAME.123.tmp) goes with the next write of the same file; one a live
// writer holds, and files that only look alike, stay.
func TestLeftovers(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "Bericht #1.pdf")
	left := filepath.Join(dir, ".Bericht #1.pdf.8123461.tmp")
	alike := []string{".Bericht #1.pdf.tmp", ".Bericht #1.pdf.12a.tmp", ".Bericht #2.pdf.123.tmp", "Bericht #1.pdf.123.tmp", ".Bericht #1.pdf.123.tmp.keep"}
	for _, n := range append([]string{filepath.Base(left)}, alike...) {
		if err := os.WriteFile(filepath.Join(dir, n), []byte("halb"), 0o600); err != nil {
			t.Fatal(err)
		}
	}
	live := filepath.Join(dir, ".Bericht #1.pdf.555.tmp")
	f, err := os.Create(live)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if busy, err := filelock.TryLock(f); err != nil || busy {
		t.Fatalf("lock the live writer's file: %v %v", busy, err)
	}

	if err := atomicfile.Write(path, "the PDF", []byte("ganz")); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(left); !os.IsNotExist(err) {
		t.Errorf("the leftover %s is still there (%v)", filepath.Base(left), err)
	}
	for _, n := range append(alike, filepath.Base(live)) {
		if _, err := os.Stat(filepath.Join(dir, n)); err != nil {
			t.Errorf("%s was removed: %v", n, err)
		}
	}
}
