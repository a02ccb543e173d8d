package bundle_test

import (
	"bytes"
	"context"
	"path/filepath"
	"testing"

	"kamworkbench/internal/bundle"
	"kamworkbench/internal/bundle/bundletest"
	"kamworkbench/internal/sqlite"
)

// BenchmarkImportExport moves a large client: 300 stakeholders, 600
// relations, 40 competitors, 200 actions and four rounds with every
// question answered and a 2,000-character note on each answer.
//
//	write      Account → .kamw bytes
//	read       .kamw bytes → checked Account
//	import     read, then PutAccount (replace) into a file workspace
//	roundtrip  export from one workspace, import into another
func BenchmarkImportExport(b *testing.B) {
	ctx := context.Background()
	acc := bundletest.Large(cat.QuestionIDs(), 4, 2000)
	data := write(b, acc)
	unpacked := int64(len(unzip(b, data)["workshop.json"]))
	b.Logf("bundle: %d bytes; workshop.json: %d bytes", len(data), unpacked)

	b.Run("write", func(b *testing.B) {
		b.SetBytes(unpacked) // MB/s of workshop.json
		for b.Loop() {
			if err := bundle.Write(&bytes.Buffer{}, acc, exportedAt); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("read", func(b *testing.B) {
		b.SetBytes(unpacked) // MB/s of workshop.json
		for b.Loop() {
			if _, err := read(data); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("import", func(b *testing.B) {
		db := openDB(b)
		b.SetBytes(unpacked) // MB/s of workshop.json
		for b.Loop() {
			got, err := read(data)
			if err != nil {
				b.Fatal(err)
			}
			if err := db.PutAccount(ctx, got, true); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("roundtrip", func(b *testing.B) {
		from, to := openDB(b), openDB(b)
		if err := from.PutAccount(ctx, acc, false); err != nil {
			b.Fatal(err)
		}
		b.SetBytes(unpacked) // MB/s of workshop.json
		for b.Loop() {
			stored, err := from.Account(ctx, acc.Client.ID)
			if err != nil {
				b.Fatal(err)
			}
			var buf bytes.Buffer
			if err := bundle.Write(&buf, stored, exportedAt); err != nil {
				b.Fatal(err)
			}
			got, err := read(buf.Bytes())
			if err != nil {
				b.Fatal(err)
			}
			if err := to.PutAccount(ctx, got, true); err != nil {
				b.Fatal(err)
			}
		}
	})
}

func openDB(tb testing.TB) *sqlite.DB {
	tb.Helper()
	db, err := sqlite.Open(context.Background(), filepath.Join(tb.TempDir(), "workspace.db"))
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { db.Close() })
	return db
}
