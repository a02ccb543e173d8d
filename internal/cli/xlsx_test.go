package cli_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"kamworkbench/internal/demo"
)

func TestXLSX(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "workspace.db")
	acc := demo.Account(cat)
	acc.Competitors[0].Name = "GEHEIM Wettbewerb GmbH"
	put(t, db, acc)
	ws := acc.Workshops[1].ID

	out := filepath.Join(dir, "Hofmann.xlsx")
	for _, tc := range []struct {
		args   []string
		sheets string
	}{
		{[]string{"xlsx", "--workshop", ws, "-o", out}, "Maßnahmen,Bewertung,Stakeholder,Wettbewerber,Opportunities"},
		{[]string{"xlsx", "--workshop", ws, "-o", out, "--audience", "customer"}, "Maßnahmen,Bewertung"},
		{[]string{"xlsx", "--workshop=" + ws, "-o", out, "--lang=en", "--audience=customer"}, "Actions,Assessment"},
	} {
		if lines := mustRun(t, db, tc.args...); strings.Join(lines, " ") != out {
			t.Errorf("%v: got stdout %q, want the file name", tc.args, lines)
		}
		st, err := os.Stat(out)
		if err != nil {
			t.Fatal(err)
		}
		if st.Mode().Perm() != 0o600 {
			t.Errorf("%v: mode %v, want 0600", tc.args, st.Mode().Perm())
		}
		f, err := excelize.OpenFile(out)
		if err != nil {
			t.Fatalf("%v: the workbook does not open: %v", tc.args, err)
		}
		if got := strings.Join(f.GetSheetList(), ","); got != tc.sheets {
			t.Errorf("%v: sheets %s, want %s", tc.args, got, tc.sheets)
		}
		f.Close()
	}

	for _, tt := range []struct {
		name string
		args []string
		code int
		msg  string
	}{
		{"no workshop", []string{"xlsx", "-o", out}, 2, "--workshop ID is required"},
		{"no output", []string{"xlsx", "--workshop", ws}, 2, "-o FILE.xlsx is required"},
		{"bad language", []string{"xlsx", "--workshop", ws, "-o", out, "--lang", "fr"}, 2, "--lang must be de or en"},
		{"bad audience", []string{"xlsx", "--workshop", ws, "-o", out, "--audience", "public"}, 2, "--audience must be internal or customer"},
		{"unknown workshop", []string{"xlsx", "--workshop", "00000000-0000-0000-0000-000000000000", "-o", out}, 1, "workshop not found"},
		{"into a folder", []string{"xlsx", "--workshop", ws, "-o", dir}, 1, "is a folder"},
		{"over the workspace", []string{"xlsx", "--workshop", ws, "-o", db}, 1, "cannot overwrite the workspace"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			code, _, errOut := runCLI(t, db, tt.args...)
			if code != tt.code || !strings.Contains(errOut, tt.msg) {
				t.Errorf("got exit %d, stderr %q; want exit %d and %q", code, errOut, tt.code, tt.msg)
			}
		})
	}
}
