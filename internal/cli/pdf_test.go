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
