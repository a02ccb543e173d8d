package bundle_test

import (
	"bytes"
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"kamworkbench/internal/bundle"
	"kamworkbench/internal/kam"
	"kamworkbench/internal/sqlite"
)

func TestFileName(t *testing.T) {
	day := time.Date(2026, 11, 26, 23, 0, 0, 0, time.UTC)
	for _, tt := range []struct{ client, want string }{
		{"Hofmann Antriebstechnik GmbH", "Hofmann Antriebstechnik GmbH-2026-11-26.kamw"},
		{"Müller/Söhne: \"A\"", "Müller-Söhne- -A--2026-11-26.kamw"},
		{"", "2026-11-26.kamw"},
	} {
		if got := bundle.FileName(tt.client, day); got != tt.want {
			t.Errorf("FileName(%q): got %q, want %q", tt.client, got, tt.want)
		}
	}
}

// TestExportImport takes a client through the steps the command line and
// the window share: export to a file, read it back, import in every mode.
func TestExportImport(t *testing.T) {
	ctx := context.Background()
	db := openDB(t)
	orig := demoAccount()
	if err := db.PutAccount(ctx, orig, false); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), bundle.FileName(orig.Client.Name, exportedAt))
	if err := bundle.Export(ctx, db, orig.Client.ID, path, exportedAt, known); err != nil {
		t.Fatal(err)
	}
	if err := bundle.Export(ctx, db, orig.Client.ID, db.Path(), exportedAt, known); err == nil {
		t.Error("Export wrote over the workspace itself")
	}
	if err := bundle.Export(ctx, db, "00000000-0000-4000-8000-000000000000", path+"2", exportedAt, known); kam.ErrorCode(err) != kam.ENotFound {
		t.Errorf("export of an unknown client: got %v, want not_found", err)
	}
	acc, err := bundle.ReadFile(path, known)
	if err != nil {
		t.Fatal(err)
	}
	if acc.Client.Name != orig.Client.Name || len(acc.Stakeholders) != len(orig.Stakeholders) {
		t.Fatalf("read back %q with %d people, want %q with %d", acc.Client.Name, len(acc.Stakeholders), orig.Client.Name, len(orig.Stakeholders))
	}

	t.Run("new refuses an existing client", func(t *testing.T) {
		_, err := bundle.Import(ctx, db, acc, bundle.ModeNew)
		var c *bundle.Conflict
		if !errors.As(err, &c) || c.ID != "" || c.ClientName != orig.Client.Name || kam.ErrorCode(err) != kam.EConflict {
			t.Fatalf("got %v, want a conflict naming the client", err)
		}
		if n := count(t, db); n != 1 {
			t.Errorf("got %d clients, want 1", n)
		}
	})
	t.Run("copy adds new ids and a name of its own", func(t *testing.T) {
		for i, want := range []string{orig.Client.Name + " (Kopie)", orig.Client.Name + " (Kopie 2)"} {
			got, err := bundle.Import(ctx, db, acc, bundle.ModeCopy)
			if err != nil {
				t.Fatal(err)
			}
			if got.Client.ID == orig.Client.ID || got.Client.Name != want {
				t.Errorf("copy %d: got id %s named %q, want a new id named %q", i+1, got.Client.ID, got.Client.Name, want)
			}
			stored, err := db.Client(ctx, got.Client.ID)
			if err != nil || stored.Name != want {
				t.Errorf("copy %d: stored as %q, %v; want %q", i+1, stored.Name, err, want)
			}
		}
		if err := db.SetSetting(ctx, sqlite.LanguageKey, "en"); err != nil {
			t.Fatal(err)
		}
		got, err := bundle.Import(ctx, db, acc, bundle.ModeCopy)
		if err != nil || got.Client.Name != orig.Client.Name+" (copy)" {
			t.Errorf("in an English workspace: got %q, %v; want %q", got.Client.Name, err, orig.Client.Name+" (copy)")
		}
		if n := count(t, db); n != 4 {
			t.Errorf("got %d clients, want 4", n)
		}
	})
	t.Run("replace overwrites", func(t *testing.T) {
		changed := acc
		changed.Client.Name = "Hofmann neu"
		if _, err := bundle.Import(ctx, db, changed, bundle.ModeReplace); err != nil {
			t.Fatal(err)
		}
		c, err := db.Client(ctx, orig.Client.ID)
		if err != nil || c.Name != "Hofmann neu" {
			t.Errorf("got %q, %v; want the replaced name", c.Name, err)
		}
	})
	t.Run("records of another client need a copy", func(t *testing.T) {
		other := acc
		other.Client.ID = "0b6a2a55-2c7f-4d5e-9a3e-8f1c2d3e4f50"
		for _, mode := range []bundle.Mode{bundle.ModeNew, bundle.ModeReplace} {
			_, err := bundle.Import(ctx, db, other, mode)
			var c *bundle.Conflict
			if !errors.As(err, &c) || c.ID == "" || c.What == "" {
				t.Errorf("mode %q: got %v, want a conflict naming a record", mode, err)
			}
		}
	})
	t.Run("unknown mode", func(t *testing.T) {
		if _, err := bundle.Import(ctx, db, acc, "merge"); kam.ErrorCode(err) != kam.EInvalid {
			t.Errorf("got %v, want invalid", err)
		}
	})
}

func TestReadFileRefuses(t *testing.T) {
	dir := t.TempDir()
	notZip := filepath.Join(dir, "x.kamw")
	if err := os.WriteFile(notZip, []byte("hello"), 0o600); err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct{ path, code string }{
		{filepath.Join(dir, "nowhere.kamw"), kam.ENotFound},
		{dir, kam.EInvalid},
		{notZip, kam.EInvalid},
	} {
		if _, err := bundle.ReadFile(tt.path, known); kam.ErrorCode(err) != tt.code {
			t.Errorf("ReadFile(%s): got %v, want %s", tt.path, err, tt.code)
		}
	}
}

func count(t *testing.T, db interface {
	Clients(context.Context) ([]kam.Client, error)
}) int {
	t.Helper()
	cs, err := db.Clients(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return len(cs)
}

// TestWriteFile: a bundle is written whole or not at all, readable by its
// owner only (it holds customer data; handing it on copies it), and a
// failure names the problem in plain words.
func TestWriteFile(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "Hofmann #1.kamw")
	if err := os.WriteFile(path, []byte("old"), 0o600); err != nil {
		t.Fatal(err)
	}
	acc := demoAccount()
	if err := bundle.WriteFile(path, acc, exportedAt, known); err != nil {
		t.Fatal(err)
	}
	got, err := os.ReadFile(path)
	if err != nil || !bytes.Equal(got, write(t, acc)) {
		t.Fatalf("got %d bytes, %v; want the bundle Write makes", len(got), err)
	}
	if st, err := os.Stat(path); err != nil || st.Mode().Perm() != 0o600 {
		t.Errorf("got mode %v, %v; want rw------- like every other export", st.Mode().Perm(), err)
	}

	// A bundle that would not import again is not written; the old file stays.
	unknownQuestion := func(string) bool { return false }
	if err := bundle.WriteFile(path, acc, exportedAt, unknownQuestion); kam.ErrorCode(err) != kam.EInternal {
		t.Errorf("got %v, want internal", err)
	}
	for _, tt := range []struct{ name, path, want string }{
		{"missing folder", filepath.Join(dir, "nowhere", "x.kamw"), "cannot write the bundle " + filepath.Join(dir, "nowhere", "x.kamw") + ": the folder does not exist"},
		{"a folder", dir, "is a folder; choose a file name for the bundle"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			err := bundle.WriteFile(tt.path, acc, exportedAt, known)
			if kam.ErrorCode(err) != kam.EInvalid || !strings.Contains(kam.ErrorMessage(err), tt.want) {
				t.Errorf("got %v (%s), want invalid saying %q", err, kam.ErrorCode(err), tt.want)
			}
		})
	}
	if again, _ := os.ReadFile(path); !bytes.Equal(again, got) {
		t.Error("a failed write changed the file")
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 1 {
		t.Errorf("got %d files in the folder, want 1 (no temporary file left)", len(entries))
	}
}
