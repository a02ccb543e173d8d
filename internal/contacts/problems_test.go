package contacts_test

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"kamworkbench/internal/contacts"
	"kamworkbench/internal/kam"
)

// TestParseTellsWhichFieldIsTooLong: a row whose text is longer than kam
// allows is a too_long problem naming kam's field and its limit, the limit
// the English reason states too.
func TestParseTellsWhichFieldIsTooLong(t *testing.T) {
	long := strings.Repeat("x", kam.MaxText+1)
	for _, tc := range []struct {
		name, file, field string
		max               int
	}{
		{"name", "Name\n" + long + "\n", "name", kam.MaxName},
		{"job title", "Name;Funktion\nKarl Weber;" + long + "\n", "title", kam.MaxName},
		{"e-mail", "Name;E-Mail\nKarl Weber;" + long + "@example.de\n", "email", kam.MaxName},
		{"phone", "Name;Telefon\nKarl Weber;" + long + "\n", "phone", kam.MaxName},
		{"notes", "Name;Notizen\nKarl Weber;" + long + "\n", "notes", kam.MaxText},
		{"vCard e-mail", "BEGIN:VCARD\nFN:Karl Weber\nEMAIL:" + long + "\nEND:VCARD\n", "email", kam.MaxName},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, err := contacts.Parse("k.csv", []byte(tc.file), nil)
			if err != nil {
				t.Fatal(err)
			}
			if len(got.People) != 0 || len(got.Problems) != 1 {
				t.Fatalf("got %d people and problems %+v, want one problem", len(got.People), got.Problems)
			}
			p := got.Problems[0]
			if p.Kind != contacts.KindTooLong || p.Field != tc.field || p.Max != tc.max || p.Line != 2-strings.Count(tc.name, "vCard") {
				t.Errorf("got kind %q field %q max %d line %d, want %q %q %d", p.Kind, p.Field, p.Max, p.Line, contacts.KindTooLong, tc.field, tc.max)
			}
			if want := map[bool]string{true: "", false: "Karl Weber"}[tc.field == "name"]; p.Name != want {
				t.Errorf("got name %q, want %q", p.Name, want)
			}
			if !strings.Contains(p.Reason, fmt.Sprintf("at most %d", p.Max)) {
				t.Errorf("got reason %q, want it to state the limit %d", p.Reason, p.Max)
			}
		})
	}
}

// TestParseMarksTheCap: after maxProblems problems one more entry says
// that the rest is not listed, with the number listed.
func TestParseMarksTheCap(t *testing.T) {
	var b strings.Builder
	b.WriteString("Name;Funktion\n")
	for range 1500 {
		b.WriteString(";Assistenz\n")
	}
	got, err := contacts.Parse("k.csv", []byte(b.String()), nil)
	if err != nil {
		t.Fatal(err)
	}
	if n := len(got.Problems); n != 1001 {
		t.Fatalf("got %d problems, want 1000 and the entry that says so", n)
	}
	if p := got.Problems[999]; p.Kind != contacts.KindNoName || p.Line != 1001 {
		t.Errorf("got %+v as the 1000th, want a nameless row on line 1001", p)
	}
	last := got.Problems[1000]
	if last.Kind != contacts.KindMore || last.Max != 1000 || last.Line != 1002 || !strings.Contains(last.Reason, "only the first 1000") {
		t.Errorf("got %+v as the last, want kind %q, max 1000, line 1002", last, contacts.KindMore)
	}
}

// TestFileErrorKinds: a file that is no contact list at all gives a
// *FileError of a kind the window can word, wrapping the *kam.Error whose
// English message the command line prints.
func TestFileErrorKinds(t *testing.T) {
	broken := func(name string) []byte { return mustRead(t, filepath.Join("testdata", "broken", name)) }
	parse := func(name string, data []byte) func() error {
		return func() error { _, err := contacts.Parse(name, data, nil); return err }
	}
	read := func(path string) func() error {
		return func() error { _, err := contacts.ReadFile(path); return err }
	}
	dir := t.TempDir()
	big := filepath.Join(dir, "big.csv")
	if err := os.WriteFile(big, make([]byte, contacts.MaxSize+1), 0o644); err != nil {
		t.Fatal(err)
	}
	var many strings.Builder
	many.WriteString("Name\n")
	for i := range contacts.MaxPeople + 1 {
		fmt.Fprintf(&many, "Person %d\n", i)
	}
	for _, tc := range []struct {
		name, kind, code, message string
		call                      func() error
	}{
		{"empty", contacts.FileEmpty, kam.EInvalid, "“empty.csv” is empty", parse("empty.csv", broken("empty.csv"))},
		{"blank", contacts.FileEmpty, kam.EInvalid, "is empty", parse("blank.csv", broken("blank.csv"))},
		{"PDF", contacts.FilePDF, kam.EInvalid, "is a PDF document", parse("report.pdf", broken("report.pdf"))},
		{"workbook", contacts.FileWorkbook, kam.EInvalid, "is an Excel workbook", parse("kontakte.xlsx", broken("kontakte.xlsx"))},
		{"old Excel", contacts.FileOldOffice, kam.EInvalid, "is an old Excel",
			parse("k.xls", []byte("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1rest"))},
		{"binary", contacts.FileNotText, kam.EInvalid, "is not a text file", parse("random.bin", broken("random.bin"))},
		{"no name column", contacts.FileNoNameColumn, kam.EInvalid, "its first line holds “Firma”",
			parse("no-name-column.csv", broken("no-name-column.csv"))},
		{"too large", contacts.FileTooLarge, kam.EInvalid, "larger than 16 MB", parse("big.csv", make([]byte, contacts.MaxSize+1))},
		{"too many", contacts.FileTooMany, kam.EInvalid, "more than 5000 contacts", parse("many.csv", []byte(many.String()))},
		{"read: too large", contacts.FileTooLarge, kam.EInvalid, "big.csv” is larger than 16 MB", read(big)},
		{"read: a folder", contacts.FileFolder, kam.EInvalid, "is a folder", read(dir)},
		{"read: gone", contacts.FileMissing, kam.ENotFound, "gone.csv” does not exist", read(filepath.Join(dir, "gone.csv"))},
	} {
		t.Run(tc.name, func(t *testing.T) {
			err := tc.call()
			var fe *contacts.FileError
			if !errors.As(err, &fe) {
				t.Fatalf("got %T %v, want a *contacts.FileError", err, err)
			}
			if fe.Kind != tc.kind || fe.ErrorKind() != tc.kind {
				t.Errorf("got kind %q, want %q", fe.Kind, tc.kind)
			}
			if code := kam.ErrorCode(err); code != tc.code {
				t.Errorf("got code %q, want %q", code, tc.code)
			}
			if msg := kam.ErrorMessage(err); msg != err.Error() || !strings.Contains(msg, tc.message) {
				t.Errorf("got message %q (error %q), want the same, containing %q", msg, err, tc.message)
			}
		})
	}
}

func TestReadFileWithoutPermission(t *testing.T) {
	if os.Geteuid() == 0 {
		t.Skip("root reads every file")
	}
	path := filepath.Join(t.TempDir(), "locked.csv")
	if err := os.WriteFile(path, []byte("Name\nKarl Weber\n"), 0o000); err != nil {
		t.Fatal(err)
	}
	_, err := contacts.ReadFile(path)
	var fe *contacts.FileError
	if !errors.As(err, &fe) || fe.Kind != contacts.FileNoPermission {
		t.Errorf("got %v, want a FileError of kind %q", err, contacts.FileNoPermission)
	}
}
