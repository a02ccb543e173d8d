package app

import (
	"archive/zip"
	"context"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"kamworkbench/internal/catalog"
	"kamworkbench/internal/kam"
)

func newBundles(t *testing.T, fd *fileDialogs) (*Bundles, kam.Account) {
	t.Helper()
	db, acc := sampleWorkspace(t)
	return &Bundles{db: db, cat: catalog.MustLoad(), dialogs: fd.dialogs(), now: exportDay}, acc
}

func clientNames(t *testing.T, b *Bundles) []string {
	t.Helper()
	cs, err := b.db.Clients(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, c := range cs {
		names = append(names, c.Name)
	}
	return names
}

func TestBundlesExportThenImport(t *testing.T) {
	dir := t.TempDir()
	fd := &fileDialogs{saveDir: dir}
	b, acc := newBundles(t, fd)

	path, err := b.Export(acc.Client.ID)
	if err != nil {
		t.Fatal(err)
	}
	want := "Hofmann Antriebstechnik GmbH-2026-11-27.kamw"
	if fd.offered[0] != want || path != filepath.Join(dir, want) {
		t.Fatalf("offered %q, wrote %q; want %q in %s", fd.offered[0], path, want, dir)
	}
	fd.openPath = path

	// The client is there already: a conflict, nothing written, the
	// bundle kept for Resolve.
	got, err := b.Import("")
	if err != nil {
		t.Fatal(err)
	}
	if got.Status != BundleConflict || got.Conflict != ConflictClient || got.ClientName != acc.Client.Name || got.Token == "" || got.FileName != want {
		t.Fatalf("got %+v; want a client conflict naming %q", got, acc.Client.Name)
	}
	if n := len(clientNames(t, b)); n != 1 {
		t.Fatalf("the conflict wrote: %d clients", n)
	}
	if _, err := b.Resolve(got.Token, ""); kam.ErrorCode(err) != kam.EInvalid {
		t.Errorf("Resolve without a mode: got %v", err)
	}
	copied, err := b.Resolve(got.Token, "copy")
	if err != nil {
		t.Fatal(err)
	}
	if copied.Status != BundleImported || copied.ClientID == acc.Client.ID || copied.ClientName != acc.Client.Name+" (Kopie)" || copied.Workshops != 2 {
		t.Fatalf("copy: got %+v", copied)
	}
	if n := len(clientNames(t, b)); n != 2 {
		t.Errorf("after the copy: %d clients, want 2", n)
	}
	if _, err := b.Resolve(got.Token, "copy"); kam.ErrorCode(err) != kam.ENotFound {
		t.Errorf("a token resolved twice: %v", err)
	}
	if fd.opened != 1 {
		t.Errorf("the open dialog was shown %d times; want once", fd.opened)
	}

	// Replace straight away, and a copy straight away.
	replaced, err := b.Import("replace")
	if err != nil || replaced.Status != BundleImported || replaced.ClientID != acc.Client.ID {
		t.Errorf("replace: got %+v, %v", replaced, err)
	}
	again, err := b.Import("copy")
	if err != nil || again.Status != BundleImported || again.ClientID == acc.Client.ID || again.ClientName != acc.Client.Name+" (Kopie 2)" {
		t.Errorf("copy: got %+v, %v; want a new client named %q", again, err, acc.Client.Name+" (Kopie 2)")
	}
	if n := len(clientNames(t, b)); n != 3 {
		t.Errorf("got %d clients, want 3", n)
	}
}

func TestBundlesDiscardAndCancel(t *testing.T) {
	fd := &fileDialogs{saveDir: t.TempDir()}
	b, acc := newBundles(t, fd)
	if path, err := b.Export("00000000-0000-4000-8000-000000000000"); kam.ErrorCode(err) != kam.ENotFound || path != "" {
		t.Errorf("export of an unknown client: %q, %v", path, err)
	}
	fd.saveDir = ""
	if path, err := b.Export(acc.Client.ID); path != "" || err != nil {
		t.Errorf("cancelled export: %q, %v", path, err)
	}
	if got, err := b.Import(""); got != nil || err != nil {
		t.Errorf("cancelled import: %+v, %v", got, err)
	}
	if _, err := b.Import("merge"); kam.ErrorCode(err) != kam.EInvalid || fd.opened != 1 {
		t.Errorf("unknown mode: %v (dialog shown %d times)", err, fd.opened)
	}
	fd.saveDir = t.TempDir()
	path, err := b.Export(acc.Client.ID)
	if err != nil {
		t.Fatal(err)
	}
	fd.openPath = path
	got, err := b.Import("")
	if err != nil || got.Status != BundleConflict {
		t.Fatalf("got %+v, %v", got, err)
	}
	if err := b.Discard(got.Token); err != nil {
		t.Fatal(err)
	}
	if _, err := b.Resolve(got.Token, "replace"); kam.ErrorCode(err) != kam.ENotFound {
		t.Errorf("a discarded import resolved: %v", err)
	}
}

// A bundle refused for any reason leaves the workspace exactly as it was,
// and its message names the problem and the place.
func TestBundlesRefusedLeaveWorkspace(t *testing.T) {
	fd := &fileDialogs{saveDir: t.TempDir()}
	b, acc := newBundles(t, fd)
	good, err := b.Export(acc.Client.ID)
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	notZip := filepath.Join(dir, "kaputt.kamw")
	if err := os.WriteFile(notZip, []byte("kein ZIP"), 0o600); err != nil {
		t.Fatal(err)
	}
	badInfluence := rewrite(t, good, filepath.Join(dir, "einfluss.kamw"), regexp.MustCompile(`"influence": ?\d`), `"influence": 7`)

	_, before := workspaceDump(t, b.db.Path())
	for _, tt := range []struct {
		name, path, mode, want string
	}{
		{"not a ZIP", notZip, "", "not a ZIP archive"},
		{"influence 7", badInfluence, "copy", "stakeholders[0].influence: 7 is outside 1–5"},
		{"influence 7, replace", badInfluence, "replace", "workshop.json: stakeholders[0].influence"},
		{"gone", filepath.Join(dir, "nowhere.kamw"), "", "does not exist"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			fd.openPath = tt.path
			got, err := b.Import(tt.mode)
			if err == nil || got != nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("got %+v, %v; want an error containing %q", got, err, tt.want)
			}
		})
	}
	if _, after := workspaceDump(t, b.db.Path()); after != before {
		t.Error("a refused bundle changed the workspace")
	}
	if names := clientNames(t, b); len(names) != 1 {
		t.Errorf("clients after refused imports: %v", names)
	}
}

// rewrite copies the bundle at from to to with the first match of old
// replaced in workshop.json.
func rewrite(t *testing.T, from, to string, old *regexp.Regexp, repl string) string {
	t.Helper()
	zr, err := zip.OpenReader(from)
	if err != nil {
		t.Fatal(err)
	}
	defer zr.Close()
	out, err := os.Create(to)
	if err != nil {
		t.Fatal(err)
	}
	defer out.Close()
	zw := zip.NewWriter(out)
	for _, f := range zr.File {
		r, err := f.Open()
		if err != nil {
			t.Fatal(err)
		}
		data := new(strings.Builder)
		if _, err := io.Copy(data, r); err != nil {
			t.Fatal(err)
		}
		r.Close()
		text := data.String()
		if f.Name == "workshop.json" {
			loc := old.FindStringIndex(text)
			if loc == nil {
				t.Fatalf("workshop.json has no %s", old)
			}
			text = text[:loc[0]] + repl + text[loc[1]:]
		}
		w, err := zw.Create(f.Name)
		if err != nil {
			t.Fatal(err)
		}
		w.Write([]byte(text))
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return to
}
