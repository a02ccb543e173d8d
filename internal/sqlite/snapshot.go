package sqlite

import (
	"context"
	"database/sql"
)

// querier runs reads: the pool, or the read transaction of a snapshot.
type querier interface {
	QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error)
	QueryRowContext(ctx context.Context, query string, args ...any) *sql.Row
}

// reads is where db's reads go: its snapshot's transaction when it is one,
// else the pool.
func (db *DB) reads() querier {
	if db.snap != nil {
		return db.snap
	}
	return db.db
}

// snapshot runs fn with a view of db whose reads all go through one read
// transaction, so what fn reads is one state of the workspace: a save that
// lands meanwhile (an autosave) waits until fn is done, and is never half
// in what fn read. Within a snapshot, fn runs on db itself.
func (db *DB) snapshot(ctx context.Context, fn func(r *DB) error) error {
	if db.snap != nil {
		return fn(db)
	}
	tx, err := db.db.BeginTx(ctx, &sql.TxOptions{ReadOnly: true})
	if err != nil {
		return err
	}
	defer tx.Rollback()
	return fn(&DB{db: db.db, path: db.path, now: db.now, snap: tx})
}

// midRead, set by a test, runs in the middle of reading an account: after
// the client, before their workshops.
var midRead func()
