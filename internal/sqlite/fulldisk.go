package sqlite

import (
	"context"
	"database/sql"
	"fmt"
)

// fullDisk lets a test make the disk look full to a running program, where
// it cannot fill a real disk: before every write it asks whether the disk is
// full and caps the workspace at its current size in pages (PRAGMA
// max_page_count on the one connection), or lifts the cap again.
type fullDisk struct {
	isFull  func() bool
	lifted  int // max_page_count before the first cap
	limited bool
}

// SimulateFullDisk makes every later write ask isFull first: while it says
// true, a write that needs more room fails with disk_full as on a full disk;
// once it says false, writes have room again. It is a seam for end-to-end
// tests under `wails dev` (app/fulldisk_dev.go) and must be set before the
// workspace is used.
func (db *DB) SimulateFullDisk(isFull func() bool) { db.full.isFull = isFull }

// apply caps or uncaps the workspace inside the write's transaction, which
// holds the one connection the pragma belongs to.
func (f *fullDisk) apply(ctx context.Context, tx *sql.Tx) error {
	if f.isFull == nil {
		return nil
	}
	full := f.isFull()
	if full == f.limited {
		return nil
	}
	if !f.limited {
		if err := tx.QueryRowContext(ctx, "PRAGMA max_page_count").Scan(&f.lifted); err != nil {
			return fmt.Errorf("read max_page_count: %w", err)
		}
	}
	limit := f.lifted
	if full {
		if err := tx.QueryRowContext(ctx, "PRAGMA page_count").Scan(&limit); err != nil {
			return fmt.Errorf("read page_count: %w", err)
		}
	}
	var got int
	if err := tx.QueryRowContext(ctx, fmt.Sprintf("PRAGMA max_page_count = %d", limit)).Scan(&got); err != nil {
		return fmt.Errorf("set max_page_count: %w", err)
	}
	f.limited = full
	return nil
}
