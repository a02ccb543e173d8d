package bundle_test

import (
	"archive/zip"
	"bytes"
	"io"
	"reflect"
	"testing"

	"kamworkbench/internal/bundle"
	"kamworkbench/internal/bundle/bundletest"
	"kamworkbench/internal/kam"
)

// FuzzRead feeds Read arbitrary bytes, starting from good bundles and the
// nasty cases of TestReadRefuses. Read must never panic, and whatever it
// accepts must write and read back as itself.
func FuzzRead(f *testing.F) {
	f.Add(write(f, demoAccount()))
	f.Add(write(f, bundletest.Hostile(cat.QuestionIDs()[:5])))
	for _, b := range brokenBundles(f, 2) {
		f.Add(b.data)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		acc, err := read(data)
		if err != nil {
			return
		}
		var buf bytes.Buffer
		if err := bundle.Write(&buf, acc, exportedAt); err != nil {
			t.Fatalf("Write of an accepted bundle: %v", err)
		}
		again, err := read(buf.Bytes())
		if err != nil {
			t.Fatalf("re-export of an accepted bundle refused: %v", err)
		}
		if !reflect.DeepEqual(again, acc) {
			t.Fatalf("accepted bundle does not read back as itself")
		}
	})
}

// FuzzDocument fuzzes workshop.json inside a sound archive, where byte
// mutations reach the JSON and the checks behind it instead of stopping at
// the ZIP's checksums. testdata/fuzz/FuzzDocument adds text that is not
// text: NUL, ESC, line breaks in names, bad UTF-8 and lone surrogates.
func FuzzDocument(f *testing.F) {
	f.Add(unzip(f, write(f, demoAccount()))["workshop.json"])
	f.Add([]byte(`{"format":"kam-workbench/bundle","version":1,"client":{"id":"0b6a2a55-2c7f-4d5e-9a3e-8f1c2d3e4f50","name":"x"},` +
		`"stakeholders":[{"id":"1b6a2a55-2c7f-4d5e-9a3e-8f1c2d3e4f50","name":"a","department":"it","buying_role":"user","influence":1},` +
		`{"id":"2b6a2a55-2c7f-4d5e-9a3e-8f1c2d3e4f50","name":"b","department":"it","buying_role":"user","influence":5}],` +
		`"relations":[{"id":"3b6a2a55-2c7f-4d5e-9a3e-8f1c2d3e4f50","from":"1b6a2a55-2c7f-4d5e-9a3e-8f1c2d3e4f50","to":"2b6a2a55-2c7f-4d5e-9a3e-8f1c2d3e4f50","kind":"conflict"}]}`))
	for _, b := range brokenBundles(f, 2) {
		if doc, ok := entries(b.data)["workshop.json"]; ok {
			f.Add(doc)
		}
	}
	f.Fuzz(func(t *testing.T, doc []byte) {
		data := storedZip(t, entry{"manifest.json", manifestJSON}, entry{"workshop.json", doc})
		acc, err := read(data)
		if err != nil {
			return
		}
		// Nothing accepted was mended on the way in (testdata/fuzz holds
		// the seeds with control characters, bad bytes and surrogates).
		if err := kam.CheckJSONText(doc); err != nil {
			t.Fatalf("accepted a document whose text decoding mends: %v", err)
		}
		again, err := read(write(t, acc))
		if err != nil {
			t.Fatalf("re-export of an accepted bundle refused: %v", err)
		}
		if !reflect.DeepEqual(again, acc) {
			t.Fatalf("accepted bundle does not read back as itself")
		}
	})
}

// entries returns the readable entries of a ZIP, or none.
func entries(data []byte) map[string][]byte {
	out := map[string][]byte{}
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return out
	}
	for _, f := range zr.File {
		if f.UncompressedSize64 > 1<<20 {
			continue
		}
		rc, err := f.Open()
		if err != nil {
			continue
		}
		b, err := io.ReadAll(io.LimitReader(rc, 1<<20))
		rc.Close()
		if err == nil {
			out[f.Name] = b
		}
	}
	return out
}

// storedZip packs entries without compression, which keeps fuzzing fast.
func storedZip(tb testing.TB, entries ...entry) []byte {
	tb.Helper()
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for _, e := range entries {
		w, err := zw.CreateHeader(&zip.FileHeader{Name: e.name, Method: zip.Store})
		if err != nil {
			tb.Fatal(err)
		}
		w.Write(e.data)
	}
	if err := zw.Close(); err != nil {
		tb.Fatal(err)
	}
	return buf.Bytes()
}
