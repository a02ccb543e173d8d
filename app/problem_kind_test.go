package app

import (
	"context"
	"database/sql"
	"io"
	"os"
	"path/filepath"
	"testing"

	"kamworkbench/internal/catalog"
)

// TestProblemKind: each way a workspace can fail to open at start gets the
// kind the window explains it by.
func TestProblemKind(t *testing.T) {
	ctx := context.Background()
	cat := catalog.MustLoad()
	fresh := func(t *testing.T) string {
		path := filepath.Join(t.TempDir(), "workspace.db")
		db := openWindowWorkspace(t, path)
		db.Close()
		return path
	}
	tests := []struct {
		name  string
		spoil func(t *testing.T, path string)
		want  string
	}{
		{"damaged", damage, ProblemDamaged},
		{"newer", func(t *testing.T, path string) {
			raw, _ := sql.Open("sqlite", path)
			defer raw.Close()
			if _, err := raw.Exec("PRAGMA user_version = 99"); err != nil {
				t.Fatal(err)
			}
		}, ProblemNewer},
		{"not a workspace", func(t *testing.T, path string) {
			if err := os.WriteFile(path, []byte("Einkaufsliste: Milch, Brot\n"), 0o600); err != nil {
				t.Fatal(err)
			}
		}, ProblemUnreadable},
		{"a folder", func(t *testing.T, path string) {
			if err := os.Remove(path); err != nil {
				t.Fatal(err)
			}
			if err := os.Mkdir(path, 0o700); err != nil {
				t.Fatal(err)
			}
		}, ProblemUnreadable},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := fresh(t)
			tt.spoil(t, path)
			db, p := OpenWorkspace(ctx, windowLock(t, path), cat, io.Discard)
			if db != nil || p == nil {
				t.Fatal("the spoilt workspace was opened")
			}
			if p.Kind != tt.want {
				t.Fatalf("kind: got %q, want %q (problem %+v)", p.Kind, tt.want, p)
			}
		})
	}
}
