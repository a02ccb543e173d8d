package bundle

import (
	"archive/zip"
	"bytes"
	"compress/flate"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"path/filepath"
	"reflect"
	"strings"

	"kamworkbench/internal/kam"
)

// maxDirectory caps the bytes of the ZIP's table of contents that Read lets
// archive/zip look at, which reads every header it finds into memory before
// anyone can count them. MaxEntries honest headers need a few hundred KiB.
const maxDirectory = 4 << 20

// maxManifest caps manifest.json, which holds two short fields.
const maxManifest = 64 << 10

// Read reads and checks a bundle of size bytes. known tells whether a
// question id is in this build's catalogue (nil accepts any). Nothing is
// trusted: the archive's structure, its entry names, count and sizes (from
// the headers, and again while unpacking), the format and version, the
// JSON, every value, the references between records and the ids are all
// checked, and the first problem found is returned as a *kam.Error naming
// it, such as "workshop.json: stakeholders[12].influence: 7 is outside 1–5".
//
// The account comes back as the store returns one: owner ids filled in,
// arguments numbered in order, no nil lists.
func Read(r io.ReaderAt, size int64, known func(questionID string) bool) (kam.Account, error) {
	zr, err := openZip(r, size)
	if err != nil {
		return kam.Account{}, err
	}
	man, doc, err := entries(zr)
	if err != nil {
		return kam.Account{}, err
	}
	if err := readManifest(man); err != nil {
		return kam.Account{}, err
	}
	data, err := unpack(doc, MaxUnpacked)
	if err != nil {
		return kam.Account{}, err
	}
	var d document
	if err := decode(workshopName, data, &d); err != nil {
		return kam.Account{}, err
	}
	acc, err := d.account(known)
	if err != nil {
		return kam.Account{}, inFile(workshopName, err)
	}
	return acc, nil
}

// refused returns the error for a bundle that breaks a rule.
func refused(format string, args ...any) error {
	return kam.Errorf(kam.EInvalid, format, args...)
}

// inFile puts the entry name in front of a validation error's field, so
// the message reads "workshop.json: stakeholders[3].influence: …".
func inFile(name string, err error) error {
	var e *kam.Error
	if !errors.As(err, &e) {
		return err
	}
	f := name
	if e.Field != "" {
		f += ": " + e.Field
	}
	return e.At(f)
}

var errDirectoryTooLarge = errors.New("zip directory too large")

// budgetReader fails reads beyond a budget while it is on, so that a ZIP
// directory stuffed with millions of headers is refused before archive/zip
// has read them all.
type budgetReader struct {
	r    io.ReaderAt
	left int64
	on   bool
}

func (b *budgetReader) ReadAt(p []byte, off int64) (int, error) {
	if b.on {
		if int64(len(p)) > b.left {
			return 0, errDirectoryTooLarge
		}
		b.left -= int64(len(p))
	}
	return b.r.ReadAt(p, off)
}

// openZip reads the archive's table of contents and checks that there is
// one, of a sensible size.
func openZip(r io.ReaderAt, size int64) (*zip.Reader, error) {
	if size <= 0 {
		return nil, refused("the file is empty, not a KAM Workbench bundle")
	}
	// The directory end record sits in the last 65 KiB; the rest is the directory.
	br := &budgetReader{r: r, left: maxDirectory + 66<<10 + 4096, on: true}
	zr, err := zip.NewReader(br, size)
	br.on = false
	switch {
	case errors.Is(err, errDirectoryTooLarge):
		return nil, refused("the bundle's table of contents is larger than %d MiB; a bundle holds at most %d entries", maxDirectory>>20, MaxEntries)
	case errors.Is(err, zip.ErrInsecurePath):
		// With zipinsecurepath=0 archive/zip flags unsafe names; entries
		// checks every name itself and says which one.
	case errors.Is(err, zip.ErrFormat), errors.Is(err, io.ErrUnexpectedEOF):
		return nil, refused("the file is not a KAM Workbench bundle (not a ZIP archive, or a damaged one)")
	case err != nil:
		return nil, refused("the bundle cannot be read as a ZIP archive (%v)", err)
	}
	return zr, nil
}

// entries checks the archive's entries from their headers, before anything
// is unpacked, and returns manifest.json and workshop.json.
func entries(zr *zip.Reader) (man, doc *zip.File, err error) {
	if n := len(zr.File); n > MaxEntries {
		return nil, nil, refused("the bundle has %d entries; at most %d are allowed", n, MaxEntries)
	}
	seen := make(map[string]bool, len(zr.File))
	var total uint64
	for _, f := range zr.File {
		if err := checkName(f.Name); err != nil {
			return nil, nil, err
		}
		if seen[f.Name] {
			return nil, nil, refused("the bundle holds the entry %q twice", f.Name)
		}
		seen[f.Name] = true
		if f.UncompressedSize64 > MaxUnpacked {
			return nil, nil, tooLarge(f.UncompressedSize64)
		}
		total += f.UncompressedSize64 // at most MaxEntries × MaxUnpacked: no overflow
		if total > MaxUnpacked {
			return nil, nil, tooLarge(total)
		}
		switch f.Name {
		case manifestName:
			man = f
		case workshopName:
			doc = f
		}
	}
	if man == nil {
		return nil, nil, refused("the bundle has no %s; it is not a KAM Workbench bundle", manifestName)
	}
	if doc == nil {
		return nil, nil, refused("the bundle has no %s", workshopName)
	}
	return man, doc, nil
}

func tooLarge(n uint64) error {
	return refused("the bundle would unpack to %d MiB; at most %d MiB are allowed", (n+1<<20-1)>>20, MaxUnpacked>>20)
}

// checkName refuses entry names that could leave the archive when
// unpacked, and any entry a bundle does not have.
func checkName(name string) error {
	clean := strings.TrimSuffix(name, "/") // a folder entry
	switch {
	case name == "":
		return refused("the bundle holds an entry without a name")
	case strings.Contains(name, `\`):
		return refused("the bundle holds the entry %q with a backslash in its path; it was refused", name)
	case strings.HasPrefix(name, "/") || len(name) > 1 && name[1] == ':' || strings.HasPrefix(name, "//"):
		return refused("the bundle holds the entry %q with an absolute path; it was refused", name)
	case clean == ".." || strings.HasPrefix(clean, "../") || strings.HasSuffix(clean, "/..") || strings.Contains(clean, "/../"):
		return refused("the bundle holds the entry %q, a path leading out of the bundle; it was refused", name)
	case !fs.ValidPath(clean) || !filepath.IsLocal(clean) || strings.ContainsAny(name, ":\x00"):
		return refused("the bundle holds the entry %q, which is not a safe file name; it was refused", name)
	case name == manifestName || name == workshopName:
		return nil
	case clean == attachmentDir || strings.HasPrefix(name, attachmentDir+"/"):
		return nil
	}
	return refused("the bundle holds the unexpected entry %q; a bundle holds only %s, %s and %s/", name, manifestName, workshopName, attachmentDir)
}

// unpack reads one entry, at most max bytes and never more than its header
// says: an entry that unpacks to more than it claims is refused.
func unpack(f *zip.File, max int64) ([]byte, error) {
	if f.Flags&0x1 != 0 {
		return nil, refused("%s is encrypted; bundles are never encrypted", f.Name)
	}
	if f.UncompressedSize64 > uint64(max) {
		return nil, refused("%s is %d KiB; at most %d KiB are allowed", f.Name, f.UncompressedSize64>>10, max>>10)
	}
	rc, err := f.Open()
	if err != nil {
		if errors.Is(err, zip.ErrAlgorithm) {
			return nil, refused("%s is packed with a method KAM Workbench does not know", f.Name)
		}
		return nil, refused("%s cannot be unpacked: the bundle is damaged", f.Name)
	}
	defer rc.Close()
	declared := int64(f.UncompressedSize64)
	data, err := io.ReadAll(io.LimitReader(rc, declared+1))
	var corrupt flate.CorruptInputError
	switch {
	case int64(len(data)) > declared || errors.Is(err, zip.ErrFormat):
		// archive/zip stops at the declared size too; the limit holds either way.
		return nil, refused("%s unpacks to more than its header says (%d bytes); the bundle is damaged or forged", f.Name, declared)
	case errors.Is(err, zip.ErrChecksum):
		return nil, refused("%s is damaged (checksum mismatch)", f.Name)
	case errors.As(err, &corrupt), errors.Is(err, io.ErrUnexpectedEOF):
		return nil, refused("%s is damaged or cut off", f.Name)
	case err != nil:
		return nil, refused("%s cannot be unpacked: %v", f.Name, err)
	}
	return data, nil
}

// readManifest checks manifest.json; workshop.json's own version decides
// how its content is read.
func readManifest(f *zip.File) error {
	data, err := unpack(f, maxManifest)
	if err != nil {
		return err
	}
	var m manifest
	if err := decode(manifestName, data, &m); err != nil {
		return err
	}
	return inFile(manifestName, checkFormat(m.Format, m.Version))
}

// checkFormat checks the format and version fields of manifest.json and
// workshop.json.
func checkFormat(format string, version int) error {
	if format != Format {
		return kam.Invalid("format", "%q is not %q; this is not a KAM Workbench bundle", format, Format)
	}
	if version < 1 || version > Version {
		if version > Version {
			return kam.Invalid("version", "%d is newer than this KAM Workbench reads (1 to %d); please update KAM Workbench", version, Version)
		}
		return kam.Invalid("version", "%d is not a bundle version (this KAM Workbench reads versions 1 to %d)", version, Version)
	}
	return nil
}

// decode parses one JSON entry into v and says where it breaks. Text that
// decoding would mend (invalid UTF-8, lone surrogates) is refused first.
func decode(name string, data []byte, v any) error {
	if err := kam.CheckJSONText(data); err != nil {
		return inFile(name, err)
	}
	err := json.Unmarshal(data, v)
	if err == nil {
		return nil
	}
	var syntax *json.SyntaxError
	var typ *json.UnmarshalTypeError
	switch {
	case errors.As(err, &syntax):
		return refused("%s is not valid JSON: %s: %s", name, position(data, syntax.Offset-1), syntax.Error())
	case errors.As(err, &typ):
		field := typ.Field
		if field == "" {
			field = "the whole file"
		}
		return kam.Invalid(name+": "+field, "%s: expected %s, found %s", position(data, typ.Offset), kind(typ.Type), typ.Value)
	}
	return refused("%s is not valid JSON: %v", name, err)
}

// position turns a byte offset into "line 3, column 14".
func position(data []byte, offset int64) string {
	if offset < 0 {
		offset = 0
	}
	if offset > int64(len(data)) {
		offset = int64(len(data))
	}
	before := data[:offset]
	line := bytes.Count(before, []byte("\n")) + 1
	col := int(offset) - bytes.LastIndexByte(before, '\n')
	return fmt.Sprintf("line %d, column %d", line, col)
}

// kind names a Go type in words a consultant understands.
func kind(t reflect.Type) string {
	if t == nil {
		return "another value"
	}
	switch t.Kind() {
	case reflect.Int, reflect.Int64, reflect.Int32:
		return "a whole number"
	case reflect.Float64, reflect.Float32:
		return "a number"
	case reflect.String:
		return "text"
	case reflect.Bool:
		return "true or false"
	case reflect.Slice:
		return "a list"
	case reflect.Struct, reflect.Map:
		return "an object"
	case reflect.Pointer:
		return kind(t.Elem()) + " or null"
	}
	return t.String()
}
