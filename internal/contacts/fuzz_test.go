package contacts_test

import (
	"bytes"
	"errors"
	"path/filepath"
	"strings"
	"testing"

	"kamworkbench/internal/contacts"
	"kamworkbench/internal/kam"
)

// seeds returns the test files whose names end in one of exts.
func seeds(f *testing.F, exts ...string) [][]byte {
	paths, _ := filepath.Glob("testdata/*.*")
	more, _ := filepath.Glob("testdata/broken/*")
	var out [][]byte
	for _, p := range append(paths, more...) {
		for _, ext := range exts {
			if strings.HasSuffix(p, ext) {
				out = append(out, mustRead(f, p))
			}
		}
	}
	if len(out) == 0 {
		f.Fatalf("no seed files ending in %v in testdata", exts)
	}
	return out
}

// checkParse holds what Parse promises for any input: no panic, either an
// error (a *FileError) and nothing else or people who all pass
// validation, and problems of a kind on lines that exist.
func checkParse(t *testing.T, name string, data []byte) {
	res, err := contacts.Parse(name, data, nil)
	if err != nil {
		if kam.ErrorCode(err) != kam.EInvalid {
			t.Fatalf("got error code %q (%v), want %q", kam.ErrorCode(err), err, kam.EInvalid)
		}
		if fe := (*contacts.FileError)(nil); !errors.As(err, &fe) || fe.Kind == "" {
			t.Fatalf("got %T %v, want a *contacts.FileError with a kind the window can word", err, err)
		}
		if len(res.People) != 0 || len(res.Problems) != 0 {
			t.Fatalf("got %d people and %d problems with an error, want none", len(res.People), len(res.Problems))
		}
		return
	}
	if len(res.People) > contacts.MaxPeople {
		t.Fatalf("got %d people, want at most %d", len(res.People), contacts.MaxPeople)
	}
	for i, p := range res.People {
		if err := p.Validate(); err != nil {
			t.Fatalf("person %d %q: %v", i, p.Name, err)
		}
		if strings.TrimSpace(p.Name) == "" {
			t.Fatalf("person %d has no name", i)
		}
	}
	lines := bytes.Count(data, []byte("\n")) + bytes.Count(data, []byte("\r")) + 1
	for _, p := range res.Problems {
		if p.Line < 1 || p.Line > lines {
			t.Fatalf("problem on line %d of a file of %d lines: %s", p.Line, lines, p.Reason)
		}
		if p.Kind == "" {
			t.Fatalf("problem on line %d has no kind: %s", p.Line, p.Reason)
		}
	}
}

// FuzzParseCSV and FuzzParseVCard start from the test files and, in
// testdata/fuzz, from rows and cards with control characters, line breaks
// in single-line fields and bytes that are not UTF-8.
func FuzzParseCSV(f *testing.F) {
	for _, s := range seeds(f, ".csv", ".bin", ".pdf", ".xlsx") {
		f.Add(s)
	}
	f.Add([]byte("Name;Notiz\n\"a\"\"b\";\"x\ny\"\n\"offen"))
	f.Fuzz(func(t *testing.T, data []byte) { checkParse(t, "fuzz.csv", data) })
}

func FuzzParseVCard(f *testing.F) {
	begin := []byte("BEGIN:VCARD\r\n")
	for _, s := range seeds(f, ".vcf") {
		f.Add(bytes.TrimPrefix(s, begin))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		// Keep the fuzzer on the vCard reader: its input is what follows
		// the first BEGIN:VCARD.
		checkParse(t, "fuzz.vcf", append(begin, data...))
	})
}
