package cli_test

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"testing"

	"kamworkbench/internal/catalog"
	"kamworkbench/internal/cli"
	"kamworkbench/internal/sqlite"
)

// run runs one command on the workspace at db and returns its output.
func run(t *testing.T, db string, args ...string) string {
	t.Helper()
	var out, errOut bytes.Buffer
	env := &cli.Env{Stdout: &out, Stderr: &errOut, DBPath: db, Version: "test", Catalog: catalog.MustLoad()}
	if code := cli.Run(context.Background(), env, args); code != 0 {
		t.Fatalf("%s: exit %d: %s", strings.Join(args, " "), code, errOut.String())
	}
	return out.String()
}

func listed(t *testing.T, db string) []string {
	t.Helper()
	var l cli.ListJSON
	if err := json.Unmarshal([]byte(run(t, db, "list", "--json")), &l); err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, c := range l.Clients {
		names = append(names, c.Name)
	}
	return names
}

// prefix returns the first n characters of s.
func prefix(s string, n int) string {
	r := []rune(s)
	return string(r[:min(n, len(r))])
}

// runes200 returns a name of exactly 200 characters built from s.
func runes200(s string) string {
	r := []rune(strings.Repeat(s, 200))
	return string(r[:200])
}

// TestAwkwardPaths runs demo, check, list, backup and restore with the
// workspace and the backup in folders and files named with spaces,
// umlauts, #, % and 200 characters: every file lands where it was asked
// to, and nowhere else.
func TestAwkwardPaths(t *testing.T) {
	names := []string{
		"mit Leerzeichen",
		"Müller Ärger Öl ß",
		"Kunde #1",
		"100% sicher",
		"#%20 ä",
		runes200("a"),
		runes200("Prüfung #1 100% "),
	}
	for _, name := range names {
		t.Run(prefix(name, 20), func(t *testing.T) {
			root := t.TempDir()
			dir := filepath.Join(root, name)
			file := name // 200 characters and ".db" stay within the file system's 255 bytes
			db := filepath.Join(dir, file+".db")
			backup := filepath.Join(dir, "Sicherung "+prefix(name, 40)+".db")

			id := strings.Fields(run(t, db, "demo"))[0]
			if got := strings.TrimSpace(run(t, db, "check")); got != "ok" {
				t.Fatalf("check: got %q, want ok", got)
			}
			if got := listed(t, db); len(got) != 1 || !strings.Contains(run(t, db, "list", "--json"), id) {
				t.Fatalf("list: got %q, want the sample client %s", got, id)
			}
			if got := strings.TrimSpace(run(t, db, "backup", "-o", backup)); got != backup {
				t.Fatalf("backup printed %q, want %q", got, backup)
			}
			run(t, db, "demo")
			if got := listed(t, db); len(got) != 2 {
				t.Fatalf("after the second demo: got %d clients, want 2", len(got))
			}
			out := run(t, db, "restore", backup)
			if got := listed(t, db); len(got) != 1 {
				t.Fatalf("after restore: got %d clients, want 1", len(got))
			}
			i := strings.Index(out, "saved as ")
			if i < 0 {
				t.Fatalf("restore did not say where the state before went: %q", out)
			}
			saved := strings.TrimSpace(out[i+len("saved as "):])
			if _, err := os.Stat(saved); err != nil || filepath.Dir(saved) != filepath.Join(dir, "backups") {
				t.Fatalf("state before at %q: %v, want it in %s", saved, err, filepath.Join(dir, "backups"))
			}
			if got := strings.TrimSpace(run(t, db, "check")); got != "ok" {
				t.Fatalf("check after restore: got %q, want ok", got)
			}

			// Nothing was written beside the folder or under a cut-off name;
			// the workspace's lock file stays beside it.
			if got := entries(t, root); !slices.Equal(got, []string{name}) {
				t.Fatalf("%s holds %q, want only the folder", root, got)
			}
			want := []string{filepath.Base(backup), file + ".db", file + ".db.lock", "backups"}
			slices.Sort(want)
			if got := entries(t, dir); !slices.Equal(got, want) {
				t.Fatalf("%s holds %q, want %q", dir, got, want)
			}
		})
	}
}

func entries(t *testing.T, dir string) []string {
	t.Helper()
	es, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, e := range es {
		out = append(out, e.Name())
	}
	return out
}

// TestQuestionMarkRefused: the SQLite driver reads everything after a "?"
// as options, so such a path would silently open another file. It is
// refused with a message instead, and nothing is written anywhere.
func TestQuestionMarkRefused(t *testing.T) {
	root := t.TempDir()
	db := filepath.Join(root, "Wer? Was?", "ws.db")
	for _, args := range [][]string{{"demo"}, {"check"}, {"restore", filepath.Join(root, "x.db")}} {
		var out, errOut bytes.Buffer
		env := &cli.Env{Stdout: &out, Stderr: &errOut, DBPath: db, Version: "test", Catalog: catalog.MustLoad()}
		if code := cli.Run(context.Background(), env, args); code != 1 || !strings.Contains(errOut.String(), `contains "?"`) {
			t.Fatalf("%s: exit %d, stderr %q; want exit 1 and a message about the \"?\"", args[0], code, errOut.String())
		}
	}
	if got := entries(t, root); len(got) != 0 {
		t.Fatalf("%s holds %q, want nothing", root, got)
	}
}

// longPath returns a workspace path of exactly n bytes under root, in
// folders of at most 100 bytes.
func longPath(t *testing.T, root string, n int) string {
	t.Helper()
	p := root
	for rest := n - len(root) - len("/ws.db"); rest > 0; {
		k := min(100, rest-1)
		if left := rest - 1 - k; left == 1 {
			k-- // leave room for one more folder of two bytes
		}
		p = filepath.Join(p, strings.Repeat("d", k))
		rest -= k + 1
	}
	p = filepath.Join(p, "ws.db")
	if len(p) != n {
		t.Fatalf("built a path of %d bytes, want %d", len(p), n)
	}
	return p
}

// TestLongPaths: a workspace path as long as KAM Workbench can work with
// (SQLite's limit, with room for the restore's copy beside it and the
// backups in its folder) works for every command, restore included; one
// byte longer, or a folder too long for the backups, is refused with a
// message that says why, and nothing is created.
func TestLongPaths(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("Windows has a limit of its own")
	}
	root := t.TempDir()
	// The longest folder, and a file name that makes the longest path.
	dir := longPath(t, filepath.Join(root, "ok"), sqlite.MaxFolder+len("/ws.db"))
	dir = filepath.Dir(dir)
	db := filepath.Join(dir, strings.Repeat("w", sqlite.MaxPath-len(dir)-len("/.db"))+".db")
	if len(db) != sqlite.MaxPath || len(filepath.Dir(db)) != sqlite.MaxFolder {
		t.Fatalf("built %d and %d bytes, want %d and %d", len(db), len(filepath.Dir(db)), sqlite.MaxPath, sqlite.MaxFolder)
	}
	run(t, db, "demo")
	if got := run(t, db, "check"); strings.TrimSpace(got) != "ok" {
		t.Fatalf("check: got %q, want ok", got)
	}
	if names := listed(t, db); len(names) != 1 {
		t.Fatalf("got clients %q, want the sample", names)
	}
	saved := filepath.Join(root, "saved.db")
	run(t, db, "backup", "-o", saved)
	run(t, db, "restore", saved)

	for _, tc := range []struct{ name, db, want string }{
		{"path", longPath(t, filepath.Join(root, "long"), sqlite.MaxPath+1),
			fmt.Sprintf("the workspace's path is %d bytes long, and KAM Workbench works with at most %d", sqlite.MaxPath+1, sqlite.MaxPath)},
		{"folder", filepath.Join(filepath.Dir(longPath(t, filepath.Join(root, "deep"), sqlite.MaxFolder+1+len("/ws.db"))), "w.db"),
			fmt.Sprintf("the workspace's folder has a path of %d bytes, and KAM Workbench works with at most %d", sqlite.MaxFolder+1, sqlite.MaxFolder)},
	} {
		for _, args := range [][]string{{"demo"}, {"check"}, {"list", "--json"}} {
			var out, errOut bytes.Buffer
			env := &cli.Env{Stdout: &out, Stderr: &errOut, DBPath: tc.db, Version: "test", Catalog: catalog.MustLoad()}
			if code := cli.Run(context.Background(), env, args); code != 1 || !strings.Contains(errOut.String(), tc.want) {
				t.Fatalf("%s, %s: exit %d, stderr %q; want exit 1 and %q", tc.name, args[0], code, errOut.String(), tc.want)
			}
		}
	}
	if got := entries(t, root); !slices.Equal(got, []string{"ok", "saved.db"}) {
		t.Fatalf("%s holds %q, want only the workspace that works and its backup", root, got)
	}
}
