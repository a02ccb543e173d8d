package sqlite

import (
	"context"
	"database/sql"
	"strings"

	"kamworkbench/internal/kam"
)

// table describes a table of records that belong to one owner (a client or
// a workshop), so the nouns share one way of being saved and deleted.
type table struct {
	name     string   // SQL table
	what     string   // the noun in messages
	owner    string   // owner column: client_id or workshop_id
	ownerTbl string   // the owner's table
	columns  []string // data columns, in the order of the values passed
	// placed is how many of the last columns an update leaves alone: the
	// map position, which only a move changes and which is no part of the
	// record's version.
	placed int
}

// save inserts a record with a new id when *id is empty, and updates the
// record otherwise. On insert the owner must exist; on update the owner is
// read back into *owner. *version is the updated_at of the copy the change
// was made on: an update of a record stored since (a newer version) is
// refused as stale, so a newer change is never overwritten. *version is the
// stored one afterwards.
func (db *DB) save(ctx context.Context, tx *sql.Tx, t table, id, owner, version *string, values ...any) error {
	now := db.stamp()
	if *id == "" {
		if err := validID(strings.TrimSuffix(t.ownerTbl, "s"), *owner); err != nil {
			return err
		}
		if ok, err := exists(ctx, tx, t.ownerTbl, *owner); err != nil || !ok {
			return orNotFound(err, strings.TrimSuffix(t.ownerTbl, "s"))
		}
		*id = newID()
		if err := db.insertAt(ctx, tx, t, *id, *owner, now, values...); err != nil {
			return err
		}
		*version = now
		return nil
	}
	if err := validID(t.what, *id); err != nil {
		return err
	}
	n := len(t.columns) - t.placed
	set := strings.Join(t.columns[:n], " = ?, ") + " = ?, updated_at = ?"
	err := tx.QueryRowContext(ctx, "UPDATE "+t.name+" SET "+set+" WHERE id = ? AND updated_at = ? RETURNING "+t.owner,
		append(values[:n:n], now, *id, *version)...).Scan(owner)
	if err == sql.ErrNoRows {
		return notSaved(ctx, tx, t.name, t.what, *id)
	}
	if err == nil {
		*version = now
	}
	return err
}

// notSaved says why an update matched no row: the record is gone, or it
// was changed since the copy the update was made on.
func notSaved(ctx context.Context, tx *sql.Tx, table, what, id string) error {
	ok, err := exists(ctx, tx, table, id)
	if err != nil {
		return err
	}
	if !ok {
		return kam.Errorf(kam.ENotFound, "%s not found", what)
	}
	return kam.Stale(what)
}

// insert writes a record as it is, id, owner and version given: a record
// put back keeps its version, so the copies still open stay good; a record
// without one (from a bundle) gets a new one.
func (db *DB) insert(ctx context.Context, tx *sql.Tx, t table, id, owner, version string, values ...any) error {
	if version == "" {
		version = db.stamp()
	}
	return db.insertAt(ctx, tx, t, id, owner, version, values...)
}

// insertAt writes a new record of version now (its created_at as well).
func (db *DB) insertAt(ctx context.Context, tx *sql.Tx, t table, id, owner, now string, values ...any) error {
	cols := "id, " + t.owner + ", " + strings.Join(t.columns, ", ") + ", created_at, updated_at"
	marks := strings.TrimSuffix(strings.Repeat("?, ", len(t.columns)+4), ", ")
	_, err := tx.ExecContext(ctx, "INSERT INTO "+t.name+" ("+cols+") VALUES ("+marks+")",
		append(append([]any{id, owner}, values...), now, now)...)
	return err
}

// remove deletes one record by id.
func (db *DB) remove(ctx context.Context, t table, id string) error {
	if err := validID(t.what, id); err != nil {
		return err
	}
	return db.write(ctx, func(tx *sql.Tx) error {
		return execOne(ctx, tx, t.what, "DELETE FROM "+t.name+" WHERE id = ?", id)
	})
}

// list runs the select of a table's records of one owner and scans each
// row: id, owner, the columns and updated_at.
func list[T any](ctx context.Context, db *DB, t table, ownerID, order string, scan func(interface{ Scan(...any) error }) (T, error)) ([]T, error) {
	if err := validID(strings.TrimSuffix(t.ownerTbl, "s"), ownerID); err != nil {
		return nil, err
	}
	rows, err := db.reads().QueryContext(ctx, "SELECT id, "+t.owner+", "+strings.Join(t.columns, ", ")+", updated_at FROM "+t.name+
		" WHERE "+t.owner+" = ? ORDER BY "+order, ownerID)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := []T{}
	for rows.Next() {
		v, err := scan(rows)
		if err != nil {
			return nil, err
		}
		out = append(out, v)
	}
	return out, rows.Err()
}
