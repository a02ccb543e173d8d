package cli_test

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"kamworkbench/internal/demo"
)

func TestPDF(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "workspace.db")
	acc := demo.Account(cat)
	put(t, db, acc)
	ws := acc.Workshops[1].ID

	out := filepath.Join(dir, "Bericht Hofmann.pdf")
	for _, args := range [][]string{
		{"pdf", "--workshop", ws, "-o", out},
		{"pdf", "--workshop", ws, "-o", out, "--lang", "en", "--audience", "customer"},
		{"pdf", "--workshop=" + ws, "-o", out, "--lang=de", "--audience=internal"},
	} {
		lines := mustRun(t, db, args...)
		if strings.Join(lines, " ") != out {
			t.Errorf("%v: got stdout %q, want the file name", args, lines)
		}
		data, err := os.ReadFile(out)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.HasPrefix(data, []byte("%PDF-")) || !bytes.Contains(data[len(data)-32:], []byte("%%EOF")) {
			t.Errorf("%v: the file is not a whole PDF", args)
		}
	}

	tests := []struct {
		name string
		args []string
		code int
		msg  string
	}{
		{"no workshop", []string{"pdf", "-o", out}, 2, "--workshop ID is required"},
		{"no output", []string{"pdf", "--workshop", ws}, 2, "-o FILE.pdf is required"},
		{"bad language", []string{"pdf", "--workshop", ws, "-o", out, "--lang", "fr"}, 2, "--lang must be de or en"},
		{"bad audience", []string{"pdf", "--workshop", ws, "-o", out, "--audience", "public"}, 2, "--audience must be internal or customer"},
		{"extra argument", []string{"pdf", "--workshop", ws, "-o", out, "more"}, 2, "unexpected argument"},
		{"unknown workshop", []string{"pdf", "--workshop", "00000000-0000-0000-0000-000000000000", "-o", out}, 1, "workshop not found"},
		{"into a folder", []string{"pdf", "--workshop", ws, "-o", dir}, 1, "is a folder"},
		{"over the workspace", []string{"pdf", "--workshop", ws, "-o", db}, 1, "cannot overwrite the workspace"},
		{"missing folder", []string{"pdf", "--workshop", ws, "-o", filepath.Join(dir, "no", "x.pdf")}, 1, "the folder does not exist"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, _, errOut := runCLI(t, db, tt.args...)
			if code != tt.code || !strings.Contains(errOut, tt.msg) {
				t.Errorf("got exit %d, stderr %q; want exit %d and %q", code, errOut, tt.code, tt.msg)
			}
			if strings.Count(strings.TrimSpace(errOut), "\n") > 1 {
				t.Errorf("got a stderr of several lines: %q", errOut)
			}
		})
	}
}

// TestPDFWarnsOfUndrawable: characters the font cannot draw are named on
// stderr before the PDF is written, for the audience's texts only.
func TestPDFWarnsOfUndrawable(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "workspace.db")
	acc := demo.Account(cat)
	acc.Client.Notes = "nur intern 🤫"
	acc.Workshops[1].Actions[0].Title = "Angebot 📄 senden"
	put(t, db, acc)
	out := filepath.Join(dir, "x.pdf")
	code, stdout, stderr := runCLI(t, db, "pdf", "--workshop", acc.Workshops[1].ID, "-o", out, "--audience", "customer")
	if code != 0 || strings.TrimSpace(stdout) != out {
		t.Fatalf("exit %d, stdout %q, stderr %q", code, stdout, stderr)
	}
	if !strings.Contains(stderr, `warning: Action.Title of "Angebot 📄 senden": the PDF cannot draw 📄 (shown as □)`) {
		t.Errorf("no warning for the action's title: %q", stderr)
	}
	if strings.Contains(stderr, "🤫") {
		t.Errorf("warned about the client's notes, which the customer version leaves out: %q", stderr)
	}
	// The internal version (the default) prints the notes, so it warns of them.
	_, _, stderr = runCLI(t, db, "pdf", "--workshop", acc.Workshops[1].ID, "-o", out)
	if !strings.Contains(stderr, "Client.Notes: the PDF cannot draw 🤫") {
		t.Errorf("no warning for the client's notes: %q", stderr)
	}
}
