package sqlite

import (
	"context"
	"fmt"
	"io/fs"
	"testing"
)

// SetMaxPageCount caps the workspace's size in pages on its one connection,
// so tests can make the disk look full without filling one.
func SetMaxPageCount(ctx context.Context, db *DB, pages int) error {
	var got int
	if err := db.db.QueryRowContext(ctx, fmt.Sprintf("PRAGMA max_page_count = %d", pages)).Scan(&got); err != nil {
		return err
	}
	if got != pages {
		return fmt.Errorf("max_page_count is %d, want %d", got, pages)
	}
	return nil
}

// PageCount returns the workspace's current size in pages.
func PageCount(ctx context.Context, db *DB) (int, error) {
	var n int
	err := db.db.QueryRowContext(ctx, "PRAGMA page_count").Scan(&n)
	return n, err
}

// SetMigrations makes the store apply the migrations in fsys (files
// migrations/NNNN_name.sql) until the test ends. Tests that use it must not
// run in parallel.
func SetMigrations(tb testing.TB, fsys fs.FS) {
	tb.Helper()
	old := migrationSource
	migrationSource = fsys
	tb.Cleanup(func() { migrationSource = old })
}

// ShippedMigrations returns the migrations built into the store.
func ShippedMigrations() fs.FS { return migrationFiles }

// SetMidRead makes f run in the middle of every account read (after the
// client, before their workshops); nil stops it.
func SetMidRead(f func()) { midRead = f }
