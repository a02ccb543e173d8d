// The binary reads bundles with zipinsecurepath=0 (see main.go); so do the tests.

//go:debug zipinsecurepath=0

package cli_test

import (
	"archive/zip"
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/json"
	"io"
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"strings"
	"testing"
	"time"

	"kamworkbench/internal/bundle"
	"kamworkbench/internal/bundle/bundletest"
	"kamworkbench/internal/catalog"
	"kamworkbench/internal/cli"
	"kamworkbench/internal/demo"
	"kamworkbench/internal/kam"
	"kamworkbench/internal/sqlite"
)

var cat = catalog.MustLoad()

// runCLI runs one command against the workspace at db and returns its exit
// code, stdout and stderr.
func runCLI(t *testing.T, db string, args ...string) (int, string, string) {
	t.Helper()
	var out, errOut bytes.Buffer
	env := &cli.Env{Stdout: &out, Stderr: &errOut, DBPath: db, Version: "test", Catalog: cat}
	code := cli.Run(context.Background(), env, args)
	return code, out.String(), errOut.String()
}

// mustRun runs a command that must succeed and returns its stdout lines.
func mustRun(t *testing.T, db string, args ...string) []string {
	t.Helper()
	code, out, errOut := runCLI(t, db, args...)
	if code != 0 {
		t.Fatalf("%v: exit %d, stderr %q", args, code, errOut)
	}
	return strings.Fields(out)
}

// put stores acc in the workspace at path.
func put(t *testing.T, path string, acc kam.Account) {
	t.Helper()
	db, err := sqlite.Open(context.Background(), path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if err := db.PutAccount(context.Background(), acc, false); err != nil {
		t.Fatal(err)
	}
}

// stored returns the accounts of the workspace at path, without the
// stamps that differ between writes.
func stored(t *testing.T, path string) []kam.Account {
	t.Helper()
	ctx := context.Background()
	db, err := sqlite.Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	clients, err := db.Clients(ctx)
	if err != nil {
		t.Fatal(err)
	}
	var out []kam.Account
	for _, c := range clients {
		acc, err := db.Account(ctx, c.ID)
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, acc.Unversioned())
	}
	return out
}

var exportedAtRE = regexp.MustCompile(`"exported_at": "[^"]*"`)

// workshopJSON returns workshop.json of a bundle file without exported_at.
func workshopJSON(t *testing.T, path string) []byte {
	t.Helper()
	zr, err := zip.OpenReader(path)
	if err != nil {
		t.Fatal(err)
	}
	defer zr.Close()
	for _, f := range zr.File {
		if f.Name != "workshop.json" {
			continue
		}
		rc, err := f.Open()
		if err != nil {
			t.Fatal(err)
		}
		defer rc.Close()
		b, err := io.ReadAll(rc)
		if err != nil {
			t.Fatal(err)
		}
		if !exportedAtRE.Match(b) {
			t.Fatalf("workshop.json of %s has no exported_at", path)
		}
		return exportedAtRE.ReplaceAll(b, []byte(`"exported_at": ""`))
	}
	t.Fatalf("%s has no workshop.json", path)
	return nil
}

// snapshot hashes every file in the workspace's folder.
func snapshot(t *testing.T, dir string) map[string][32]byte {
	t.Helper()
	out := map[string][32]byte{}
	err := filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := os.ReadFile(p)
		out[p] = sha256.Sum256(b)
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

func TestExportImportRoundTrip(t *testing.T) {
	for _, tc := range []struct {
		name string
		acc  kam.Account
	}{
		{"demo", demo.Account(cat)},
		{"hostile", bundletest.Hostile(cat.QuestionIDs())},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dir, files := t.TempDir(), t.TempDir()
			first, second := filepath.Join(dir, "first.db"), filepath.Join(dir, "second.db")
			put(t, first, tc.acc)
			a, b := filepath.Join(files, "a.kamw"), filepath.Join(files, "b.kamw")

			if got := mustRun(t, first, "export", "--client", tc.acc.Client.ID, "-o", a); !reflect.DeepEqual(got, []string{a}) {
				t.Errorf("export printed %q, want the file name", got)
			}
			ids := mustRun(t, second, "import", a)
			want := []string{tc.acc.Client.ID}
			for _, w := range stored(t, first)[0].Workshops {
				want = append(want, w.ID)
			}
			if !reflect.DeepEqual(ids, want) {
				t.Errorf("import printed %q, want the client id and then the workshop ids %q", ids, want)
			}
			mustRun(t, second, "export", "--client", tc.acc.Client.ID, "-o", b)

			if !bytes.Equal(workshopJSON(t, a), workshopJSON(t, b)) {
				t.Error("workshop.json of export → import → export differs from the first export")
			}
			got, orig := stored(t, second), stored(t, first)
			if !reflect.DeepEqual(got, orig) {
				g, _ := json.Marshal(got)
				o, _ := json.Marshal(orig)
				t.Errorf("imported account differs from the exported one:\n got  %.300s\n want %.300s", g, o)
			}
			entries, _ := os.ReadDir(files)
			if len(entries) != 2 {
				t.Errorf("export left %d files behind, want the two bundles", len(entries))
			}
		})
	}
}

// bundleOf writes acc to a bundle file and returns its path.
func bundleOf(t *testing.T, acc kam.Account) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "client.kamw")
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if err := bundle.Write(f, acc, time.Date(2026, 11, 27, 9, 30, 0, 0, time.UTC)); err != nil {
		t.Fatal(err)
	}
	return path
}

func TestImportFlags(t *testing.T) {
	acc := demo.Account(cat)
	file := bundleOf(t, acc)

	t.Run("existing client without a flag", func(t *testing.T) {
		db := filepath.Join(t.TempDir(), "workspace.db")
		mustRun(t, db, "import", file)
		before := snapshot(t, filepath.Dir(db))
		code, out, errOut := runCLI(t, db, "import", file)
		if code != 1 || out != "" {
			t.Errorf("exit %d, stdout %q; want 1 and nothing", code, out)
		}
		for _, want := range []string{"already in this workspace", "--replace", "--as-copy"} {
			if !strings.Contains(errOut, want) {
				t.Errorf("stderr %q does not mention %q", errOut, want)
			}
		}
		if !reflect.DeepEqual(snapshot(t, filepath.Dir(db)), before) {
			t.Error("the refused import changed the workspace")
		}
	})

	t.Run("--as-copy twice", func(t *testing.T) {
		db := filepath.Join(t.TempDir(), "workspace.db")
		mustRun(t, db, "import", file)
		one := mustRun(t, db, "import", file, "--as-copy")
		two := mustRun(t, db, "import", "--as-copy", file)
		if len(one) != 3 || len(two) != 3 || one[0] == two[0] || one[0] == acc.Client.ID {
			t.Fatalf("--as-copy printed %q and %q; want two new clients with their two workshops", one, two)
		}
		accs := stored(t, db)
		if len(accs) != 3 {
			t.Fatalf("got %d clients, want 3", len(accs))
		}
		// The sidebar tells them apart: the copies are named as copies.
		want := map[string]string{
			acc.Client.ID: acc.Client.Name,
			one[0]:        acc.Client.Name + " (Kopie)",
			two[0]:        acc.Client.Name + " (Kopie 2)",
		}
		for _, a := range accs {
			if a.Client.Name != want[a.Client.ID] {
				t.Errorf("client %s: got name %q, want %q", a.Client.ID, a.Client.Name, want[a.Client.ID])
			}
			if len(a.Stakeholders) != len(acc.Stakeholders) || len(a.Relations) != len(acc.Relations) {
				t.Errorf("copy %s lost content", a.Client.ID)
			}
		}
	})

	t.Run("--as-copy in an English workspace", func(t *testing.T) {
		db := filepath.Join(t.TempDir(), "workspace.db")
		s, err := sqlite.Open(context.Background(), db)
		if err != nil {
			t.Fatal(err)
		}
		if err := s.SetSetting(context.Background(), sqlite.LanguageKey, "en"); err != nil {
			t.Fatal(err)
		}
		s.Close()
		id := mustRun(t, db, "import", "--as-copy", file)[0]
		accs := stored(t, db)
		if len(accs) != 1 || accs[0].Client.ID != id || accs[0].Client.Name != acc.Client.Name+" (copy)" {
			t.Errorf("got %d clients, the first %q; want %q", len(accs), accs[0].Client.Name, acc.Client.Name+" (copy)")
		}
	})

	t.Run("--replace", func(t *testing.T) {
		db := filepath.Join(t.TempDir(), "workspace.db")
		// --replace imports a client that is not there yet, too.
		mustRun(t, db, "import", file, "--replace")
		changed := demo.Account(cat)
		changed.Client = acc.Client
		changed.Client.Name = "Hofmann Antriebstechnik SE"
		changed.Stakeholders, changed.Relations = changed.Stakeholders[:2], nil
		for _, w := range changed.Workshops {
			for i := range w.Participants {
				w.Participants[i].StakeholderID = "" // their people are gone from the map
			}
		}
		mustRun(t, db, "import", "--replace", bundleOf(t, changed))
		accs := stored(t, db)
		if len(accs) != 1 || accs[0].Client.Name != "Hofmann Antriebstechnik SE" || len(accs[0].Stakeholders) != 2 || len(accs[0].Relations) != 0 {
			t.Errorf("after --replace got %d clients, the first %+v; want the replacement alone", len(accs), accs[0].Client)
		}
	})

	t.Run("both flags", func(t *testing.T) {
		db := filepath.Join(t.TempDir(), "workspace.db")
		code, _, errOut := runCLI(t, db, "import", file, "--replace", "--as-copy")
		if code != 2 || !strings.Contains(errOut, "--replace and --as-copy") {
			t.Errorf("exit %d, stderr %q; want a usage error", code, errOut)
		}
		if _, err := os.Stat(db); !os.IsNotExist(err) {
			t.Error("a usage error created the workspace")
		}
	})
}

// edited returns a bundle of the demo account with edit applied to its
// workshop.json.
func edited(t *testing.T, edit func(doc map[string]any)) string {
	t.Helper()
	path := bundleOf(t, demo.Account(cat))
	zr, err := zip.OpenReader(path)
	if err != nil {
		t.Fatal(err)
	}
	rc, err := zr.File[1].Open()
	if err != nil {
		t.Fatal(err)
	}
	var doc map[string]any
	if err := json.NewDecoder(rc).Decode(&doc); err != nil {
		t.Fatal(err)
	}
	rc.Close()
	zr.Close()
	edit(doc)
	data, err := json.Marshal(doc)
	if err != nil {
		t.Fatal(err)
	}
	return zipFile(t, map[string][]byte{"manifest.json": []byte(`{"format":"kam-workbench/bundle","version":1}`), "workshop.json": data})
}

func zipFile(t *testing.T, entries map[string][]byte) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "broken.kamw")
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	zw := zip.NewWriter(f)
	for _, name := range []string{"manifest.json", "workshop.json", "../evil.sh"} {
		if data, ok := entries[name]; ok {
			w, err := zw.Create(name)
			if err != nil {
				t.Fatal(err)
			}
			w.Write(data)
		}
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return path
}

// item returns doc[key][i] of a decoded workshop.json.
func item(doc map[string]any, key string, i int) map[string]any {
	return doc[key].([]any)[i].(map[string]any)
}

func TestImportRefusedLeavesWorkspaceUnchanged(t *testing.T) {
	notZip := filepath.Join(t.TempDir(), "notes.kamw")
	if err := os.WriteFile(notZip, []byte("Protokoll, kein Bündel"), 0o600); err != nil {
		t.Fatal(err)
	}
	clash := demo.Account(cat)
	for _, tc := range []struct {
		name, file, want string
	}{
		{"not a ZIP", notZip, "not a ZIP archive"},
		{"missing file", filepath.Join(t.TempDir(), "nowhere.kamw"), "does not exist"},
		{"influence 7", edited(t, func(d map[string]any) { item(d, "stakeholders", 11)["influence"] = 7 }),
			"workshop.json: stakeholders[11].influence: 7 is outside 1–5"},
		{"relation to unknown stakeholder", edited(t, func(d map[string]any) { item(d, "relations", 0)["to"] = "7d0f4c1e-5b8a-4f6e-9c2d-3a1b0e9f8d7c" }),
			"relations[0].to: 7d0f4c1e-5b8a-4f6e-9c2d-3a1b0e9f8d7c is not a stakeholder of this bundle"},
		{"unknown question", edited(t, func(d map[string]any) {
			item(d, "workshops", 1)["answers"].([]any)[0].(map[string]any)["question_id"] = "x.unknown"
		}), `workshops[1].answers[0].question_id: "x.unknown" is not a question`},
		{"path traversal", zipFile(t, map[string][]byte{"manifest.json": []byte(`{}`), "../evil.sh": []byte("rm -rf ~")}), `"../evil.sh"`},
		{"records of another client", func() string {
			acc := clash
			acc.Client.ID = "0b6a2a55-2c7f-4d5e-9a3e-8f1c2d3e4f50"
			return bundleOf(t, acc)
		}(), "already in this workspace under another client; import with --as-copy"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			db := filepath.Join(dir, "workspace.db")
			put(t, db, clash)
			before := snapshot(t, dir)
			code, out, errOut := runCLI(t, db, "import", tc.file)
			if code != 1 || out != "" {
				t.Errorf("exit %d, stdout %q; want 1 and nothing", code, out)
			}
			if !strings.Contains(errOut, tc.want) || strings.Count(errOut, "\n") != 1 {
				t.Errorf("stderr %q; want one line containing %q", errOut, tc.want)
			}
			if !reflect.DeepEqual(snapshot(t, dir), before) {
				t.Error("the refused import changed the workspace")
			}
			if accs := stored(t, db); len(accs) != 1 {
				t.Errorf("workspace holds %d clients after a refused import, want 1", len(accs))
			}
		})
	}

	t.Run("no workspace yet", func(t *testing.T) {
		db := filepath.Join(t.TempDir(), "new", "workspace.db")
		if code, _, _ := runCLI(t, db, "import", notZip); code != 1 {
			t.Errorf("exit %d, want 1", code)
		}
		if _, err := os.Stat(filepath.Dir(db)); !os.IsNotExist(err) {
			t.Error("a refused import created the workspace")
		}
	})
}

func TestExportRefuses(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "workspace.db")
	acc := demo.Account(cat)
	put(t, db, acc)
	out := filepath.Join(dir, "out")
	if err := os.Mkdir(out, 0o700); err != nil {
		t.Fatal(err)
	}
	existing := filepath.Join(out, "old.kamw")
	if err := os.WriteFile(existing, []byte("old"), 0o600); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name string
		args []string
		code int
		want string
	}{
		{"no client", []string{"export", "-o", existing}, 2, "--client ID is required"},
		{"no file", []string{"export", "--client", acc.Client.ID}, 2, "-o FILE.kamw is required"},
		{"unknown client", []string{"export", "--client", "0b6a2a55-2c7f-4d5e-9a3e-8f1c2d3e4f50", "-o", existing}, 1, "client not found"},
		{"onto the workspace", []string{"export", "--client", acc.Client.ID, "-o", db}, 1, "cannot overwrite the workspace"},
		{"onto a folder", []string{"export", "--client", acc.Client.ID, "-o", out}, 1, "is a folder"},
		{"into a missing folder", []string{"export", "--client", acc.Client.ID, "-o", filepath.Join(dir, "nowhere", "x.kamw")}, 1, "cannot write the bundle"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			code, _, errOut := runCLI(t, db, tc.args...)
			if code != tc.code || !strings.Contains(errOut, tc.want) {
				t.Errorf("exit %d, stderr %q; want %d and %q", code, errOut, tc.code, tc.want)
			}
		})
	}
	if b, _ := os.ReadFile(existing); string(b) != "old" {
		t.Error("a refused export touched an existing file")
	}
	if entries, _ := os.ReadDir(out); len(entries) != 1 {
		t.Errorf("refused exports left %d files in the folder, want 1", len(entries))
	}
	// An existing bundle is replaced whole.
	mustRun(t, db, "export", "--client", acc.Client.ID, "-o", existing)
	if _, err := readFile(existing); err != nil {
		t.Errorf("replaced bundle does not read: %v", err)
	}
	if entries, _ := os.ReadDir(out); len(entries) != 1 {
		t.Errorf("export left %d files in the folder, want 1", len(entries))
	}
}

func readFile(path string) (kam.Account, error) {
	f, err := os.Open(path)
	if err != nil {
		return kam.Account{}, err
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil {
		return kam.Account{}, err
	}
	return bundle.Read(f, st.Size(), nil)
}
