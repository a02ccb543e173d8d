// Package contacts reads the contact lists consultants bring from a
// customer's CRM or Excel (CSV) and from address books (vCard) into
// stakeholders. Parse is the one reader: the command line and the window
// both call it and show its Result before anything is stored.
package contacts

import (
	"bytes"
	"errors"
	"io"
	"io/fs"
	"os"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
	xunicode "golang.org/x/text/encoding/unicode"

	"kamworkbench/internal/kam"
)

// Limits on what one import reads, so a wrong file picked by mistake cannot
// flood the workspace or the preview.
const (
	MaxSize   = 16 << 20 // bytes of one file
	MaxPeople = 5000     // people in one file
)

// Result is what a file holds: the people that can be added (without ids,
// client or map position) and the rows or cards that cannot be used.
type Result struct {
	Format    string            `json:"format"`              // "csv" or "vcard"
	Encoding  string            `json:"encoding"`            // "utf-8", "utf-16" or "windows-1252"
	Delimiter string            `json:"delimiter,omitempty"` // the CSV field separator: ";", "," or "\t"
	People    []kam.Stakeholder `json:"people"`
	Problems  []Problem         `json:"problems"`

	seen seen // who is there already, so nobody is added twice
}

// Parse reads a CSV or vCard file for a client whose stakeholders are
// existing. name is the file's name, used only in messages. The kind is
// told by the content, not the name: a vCard starts with BEGIN:VCARD,
// anything else must be a CSV table with a name column. A file that is
// neither is one *FileError (wrapping a *kam.Error, code invalid) and no
// result; a row or card that cannot be used is a Problem and the rest is
// read. A person already among existing, or already read from an earlier
// row or card, is a Problem too (Skipped): the same name, case and spacing
// aside, and the same e-mail address when both have one.
func Parse(name string, data []byte, existing []kam.Stakeholder) (Result, error) {
	label := fileLabel(name)
	if len(data) > MaxSize {
		return Result{}, tooLarge(label)
	}
	text, enc, err := decode(label, data)
	if err != nil {
		return Result{}, err
	}
	if strings.TrimSpace(text) == "" {
		return Result{}, fileError(FileEmpty, kam.EInvalid, "%s is empty", label)
	}
	var res Result
	if isVCard(text) {
		res, err = parseVCard(label, text, newSeen(existing))
	} else {
		res, err = parseCSV(label, text, newSeen(existing))
	}
	if err != nil {
		return Result{}, err
	}
	res.Encoding = enc
	res.seen = nil
	if res.People == nil {
		res.People = []kam.Stakeholder{}
	}
	if res.Problems == nil {
		res.Problems = []Problem{}
	}
	return res, nil
}

// ReadFile reads a contact file the user chose, refusing one larger than
// MaxSize before reading it all. Its errors are *FileError, wrapping a
// *kam.Error in plain words.
func ReadFile(path string) ([]byte, error) {
	label := fileLabel(path)
	f, err := os.Open(path)
	if err != nil {
		return nil, openError(label, err)
	}
	defer f.Close()
	if st, err := f.Stat(); err == nil && st.IsDir() {
		return nil, fileError(FileFolder, kam.EInvalid, "%s is a folder, not a contact file", label)
	}
	data, err := io.ReadAll(io.LimitReader(f, MaxSize+1))
	if err != nil {
		return nil, openError(label, err)
	}
	if len(data) > MaxSize {
		return nil, tooLarge(label)
	}
	return data, nil
}

func openError(label string, err error) error {
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return fileError(FileMissing, kam.ENotFound, "%s does not exist", label)
	case errors.Is(err, fs.ErrPermission):
		return fileError(FileNoPermission, kam.EInvalid, "%s cannot be read: permission denied", label)
	}
	var pe *fs.PathError
	if errors.As(err, &pe) {
		err = pe.Err // the path is in the label already
	}
	return fileError(FileUnreadable, kam.EInvalid, "%s cannot be read: %v", label, err)
}

func fileLabel(name string) string {
	name = strings.TrimSpace(name)
	if name == "" || !utf8.ValidString(name) || len(name) > 200 {
		return "the file"
	}
	return "“" + name + "”"
}

// decode turns the file into text. UTF-16 (Excel's "Unicode text") is told
// by its byte order mark; otherwise text that is valid UTF-8 is UTF-8 and
// anything else is Windows-1252, which German Excel writes.
func decode(label string, data []byte) (text, encoding string, err error) {
	switch {
	case bytes.HasPrefix(data, []byte("%PDF")):
		return "", "", fileError(FilePDF, kam.EInvalid, "%s is a PDF document, not a contact list; export the contacts as CSV or vCard (.vcf)", label)
	case bytes.HasPrefix(data, []byte("PK\x03\x04")):
		return "", "", fileError(FileWorkbook, kam.EInvalid, "%s is an Excel workbook or another ZIP archive, not a contact list; in Excel, save it as “CSV (Trennzeichen-getrennt)” first", label)
	case bytes.HasPrefix(data, []byte{0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1}):
		return "", "", fileError(FileOldOffice, kam.EInvalid, "%s is an old Excel or Office file, not a contact list; in Excel, save it as “CSV (Trennzeichen-getrennt)” first", label)
	}
	encoding = "utf-8"
	switch {
	case bytes.HasPrefix(data, []byte{0xFF, 0xFE}), bytes.HasPrefix(data, []byte{0xFE, 0xFF}):
		order := xunicode.LittleEndian
		if data[0] == 0xFE {
			order = xunicode.BigEndian
		}
		if data, err = xunicode.UTF16(order, xunicode.ExpectBOM).NewDecoder().Bytes(data); err != nil {
			return "", "", fileError(FileNotText, kam.EInvalid, "%s is not readable text (broken UTF-16)", label)
		}
		encoding = "utf-16"
	case bytes.HasPrefix(data, []byte("\xEF\xBB\xBF")):
		data = data[3:]
	}
	if !utf8.Valid(data) {
		if data, err = charmap.Windows1252.NewDecoder().Bytes(data); err != nil {
			return "", "", fileError(FileNotText, kam.EInvalid, "%s is not readable text", label)
		}
		encoding = "windows-1252"
	}
	text = strings.TrimPrefix(string(data), "\uFEFF")
	if binary(text) {
		return "", "", fileError(FileNotText, kam.EInvalid, "%s is not a text file, so neither a CSV table nor a vCard file", label)
	}
	// Old Mac exports end lines with CR alone; make them lines like any other.
	if !strings.Contains(text, "\n") {
		text = strings.ReplaceAll(text, "\r", "\n")
	}
	return text, encoding, nil
}

// binary reports whether text looks like a binary file: a NUL, or more than
// one control character in a hundred among the first 64 KiB.
func binary(text string) bool {
	if strings.IndexByte(text, 0) >= 0 {
		return true
	}
	n, bad := 0, 0
	for _, r := range text {
		if n++; n > 64<<10 {
			break
		}
		if r == utf8.RuneError || (unicode.IsControl(r) && r != '\n' && r != '\r' && r != '\t' && r != '\f' && r != '\v') {
			bad++
		}
	}
	return bad*100 > n
}

// newPerson returns a stakeholder with the defaults of an import: nothing is
// known yet about their role, attitude or relationship.
func newPerson() kam.Stakeholder {
	return kam.NewStakeholder()
}

// add checks a person and adds them, or reports why they cannot be used
// or are there already.
func (r *Result) add(line int, p kam.Stakeholder) {
	if err := p.Validate(); err != nil {
		r.invalid(line, p, err)
		return
	}
	if same, ok := r.seen.match(p); ok {
		r.skip(line, p, same)
		return
	}
	r.seen.remember(p, line)
	r.People = append(r.People, p)
}

func tooLarge(label string) error {
	return fileError(FileTooLarge, kam.EInvalid, "%s is larger than %d MB; a contact list is much smaller, so this is probably the wrong file", label, MaxSize>>20)
}

func tooMany(label string) error {
	return fileError(FileTooMany, kam.EInvalid, "%s holds more than %d contacts; split it into smaller files", label, MaxPeople)
}

// oneLine tidies a single-line field: a run of spaces becomes one space,
// and blank space at either end goes. Line breaks, tabs and other control
// characters stay, so that validation (kam.CheckText) refuses the row and
// names the field instead of mending it silently.
func oneLine(s string) string {
	return strings.Join(strings.FieldsFunc(s, func(r rune) bool {
		return unicode.IsSpace(r) && !unicode.IsControl(r)
	}), " ")
}

// multiLine tidies a notes field: every form of line break (CRLF, CR, and
// the vertical tab and form feed some spreadsheets write for one) becomes
// LF, and blank space at either end goes. Other control characters stay
// for validation to refuse.
func multiLine(s string) string {
	s = strings.ReplaceAll(s, "\r\n", "\n")
	s = strings.Map(func(r rune) rune {
		if r == '\r' || r == '\v' || r == '\f' {
			return '\n'
		}
		return r
	}, s)
	return strings.TrimSpace(s)
}

// joinNotes joins the non-empty parts of a note, one per line.
func joinNotes(parts ...string) string {
	var keep []string
	for _, p := range parts {
		if p = strings.TrimSpace(p); p != "" {
			keep = append(keep, p)
		}
	}
	return strings.Join(keep, "\n")
}
