// The binary reads bundles with zipinsecurepath=0 (see main.go); so do the tests.

//go:debug zipinsecurepath=0

package bundle_test

import (
	"archive/zip"
	"bytes"
	"encoding/json"
	"io"
	"strconv"
	"strings"
	"testing"
	"time"

	"kamworkbench/internal/bundle"
	"kamworkbench/internal/catalog"
	"kamworkbench/internal/demo"
	"kamworkbench/internal/kam"
)

// exportedAt stamps every bundle the tests write, so bytes compare.
var exportedAt = time.Date(2026, 11, 27, 9, 30, 0, 0, time.UTC)

var cat = catalog.MustLoad()

func known(id string) bool {
	_, ok := cat.Question(id)
	return ok
}

func demoAccount() kam.Account { return demo.Account(cat) }

// write returns acc as a bundle.
func write(tb testing.TB, acc kam.Account) []byte {
	tb.Helper()
	var buf bytes.Buffer
	if err := bundle.Write(&buf, acc, exportedAt); err != nil {
		tb.Fatalf("Write: %v", err)
	}
	return buf.Bytes()
}

func read(data []byte) (kam.Account, error) {
	return bundle.Read(bytes.NewReader(data), int64(len(data)), known)
}

// entry is one file of a hand-made ZIP.
type entry struct {
	name string
	data []byte
}

// zipOf packs entries, deflated, into a ZIP.
func zipOf(tb testing.TB, entries ...entry) []byte {
	tb.Helper()
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for _, e := range entries {
		w, err := zw.CreateHeader(&zip.FileHeader{Name: e.name, Method: zip.Deflate})
		if err != nil {
			tb.Fatal(err)
		}
		if _, err := w.Write(e.data); err != nil {
			tb.Fatal(err)
		}
	}
	if err := zw.Close(); err != nil {
		tb.Fatal(err)
	}
	return buf.Bytes()
}

// rawEntry is a ZIP entry written as given, sizes and checksum included, so
// a test can make the header lie.
type rawEntry struct {
	name       string
	deflated   []byte // already compressed
	crc        uint32
	unpacked   uint64 // what the header claims
	compressed uint64 // 0: len(deflated)
}

func rawZipOf(tb testing.TB, entries ...rawEntry) []byte {
	tb.Helper()
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for _, e := range entries {
		h := &zip.FileHeader{Name: e.name, Method: zip.Deflate, CRC32: e.crc,
			CompressedSize64: uint64(len(e.deflated)), UncompressedSize64: e.unpacked}
		if e.compressed != 0 {
			h.CompressedSize64 = e.compressed
		}
		w, err := zw.CreateRaw(h)
		if err != nil {
			tb.Fatal(err)
		}
		if _, err := w.Write(e.deflated); err != nil {
			tb.Fatal(err)
		}
	}
	if err := zw.Close(); err != nil {
		tb.Fatal(err)
	}
	return buf.Bytes()
}

// unzip returns the entries of a bundle by name.
func unzip(tb testing.TB, data []byte) map[string][]byte {
	tb.Helper()
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		tb.Fatal(err)
	}
	out := map[string][]byte{}
	for _, f := range zr.File {
		rc, err := f.Open()
		if err != nil {
			tb.Fatal(err)
		}
		b, err := io.ReadAll(rc)
		rc.Close()
		if err != nil {
			tb.Fatal(err)
		}
		out[f.Name] = b
	}
	return out
}

var manifestJSON = []byte(`{"format": "kam-workbench/bundle", "version": 1}`)

// document returns workshop.json of acc's bundle as plain JSON values.
func document(tb testing.TB, acc kam.Account) map[string]any {
	tb.Helper()
	var doc map[string]any
	if err := json.Unmarshal(unzip(tb, write(tb, acc))["workshop.json"], &doc); err != nil {
		tb.Fatal(err)
	}
	return doc
}

// withDoc returns a bundle of the demo account with workshop.json changed by
// edit.
func withDoc(tb testing.TB, edit func(doc map[string]any)) []byte {
	tb.Helper()
	doc := document(tb, demoAccount())
	edit(doc)
	data, err := json.Marshal(doc)
	if err != nil {
		tb.Fatal(err)
	}
	return zipOf(tb, entry{"manifest.json", manifestJSON}, entry{"workshop.json", data})
}

// get walks a dotted path ("stakeholders.3.influence") to the value's
// parent and returns it with the last key.
func get(doc map[string]any, path string) (parent any, key string) {
	keys := strings.Split(path, ".")
	var v any = doc
	for _, k := range keys[:len(keys)-1] {
		v = child(v, k)
	}
	return v, keys[len(keys)-1]
}

func child(v any, k string) any {
	if m, ok := v.(map[string]any); ok {
		return m[k]
	}
	i, _ := strconv.Atoi(k)
	return v.([]any)[i]
}

// set sets the value at path.
func set(doc map[string]any, path string, value any) {
	parent, k := get(doc, path)
	if m, ok := parent.(map[string]any); ok {
		m[k] = value
		return
	}
	i, _ := strconv.Atoi(k)
	parent.([]any)[i] = value
}

// value returns the value at path.
func value(doc map[string]any, path string) any {
	parent, k := get(doc, path)
	return child(parent, k)
}

// withOwners returns acc as Read and the store return it: owner ids filled
// in, arguments numbered, no nil lists.
func withOwners(acc kam.Account) kam.Account {
	out := acc
	id := acc.Client.ID
	out.Workshops = nil
	for _, w := range acc.Workshops {
		w.ClientID = id
		if w.Participants == nil {
			w.Participants = []kam.Participant{}
		}
		answers := []kam.Answer{}
		for _, a := range w.Answers {
			a.WorkshopID = w.ID
			if a.Checked == nil {
				a.Checked = []string{}
			}
			answers = append(answers, a)
		}
		actions := []kam.Action{}
		for _, a := range w.Actions {
			a.WorkshopID = w.ID
			actions = append(actions, a)
		}
		w.Answers, w.Actions = answers, actions
		out.Workshops = append(out.Workshops, w)
	}
	out.Stakeholders = each(acc.Stakeholders, func(s *kam.Stakeholder) { s.ClientID = id })
	out.Relations = each(acc.Relations, func(r *kam.Relation) { r.ClientID = id })
	out.Competitors = each(acc.Competitors, func(c *kam.Competitor) { c.ClientID = id })
	out.Opportunities = each(acc.Opportunities, func(o *kam.Opportunity) { o.ClientID = id })
	out.Arguments = []kam.Argument{}
	for i, a := range acc.Arguments {
		a.ClientID, a.Position = id, i
		out.Arguments = append(out.Arguments, a)
	}
	if out.Workshops == nil {
		out.Workshops = []kam.WorkshopData{}
	}
	return out
}

func each[T any](list []T, f func(*T)) []T {
	out := make([]T, 0, len(list))
	for _, v := range list {
		f(&v)
		out = append(out, v)
	}
	return out
}
