package atomicfile_test

import (
	"os"
	"path/filepath"
	"testing"

	"kamworkbench/internal/atomicfile"
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
