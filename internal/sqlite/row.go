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
}

// save inserts a record with a new id when *id is empty, and updates the
// record otherwise. On insert the owner must exist; on update the owner is
// read back into *owner.
func (db *DB) save(ctx context.Context, tx *sql.Tx, t table, id, owner *string, values ...any) error {
	now := db.stamp()
	if *id == "" {
		if err := validID(strings.TrimSuffix(t.ownerTbl, "s"), *owner); err != nil {
			return err
		}
		if ok, err := exists(ctx, tx, t.ownerTbl, *owner); err != nil || !ok {
			return orNotFound(err, strings.TrimSuffix(t.ownerTbl, "s"))
		}
		*id = newID()
		return db.insert(ctx, tx, t, *id, *owner, values...)
	}
	if err := validID(t.what, *id); err != nil {
		return err
	}
	set := strings.Join(t.columns, " = ?, ") + " = ?, updated_at = ?"
	err := tx.QueryRowContext(ctx, "UPDATE "+t.name+" SET "+set+" WHERE id = ? RETURNING "+t.owner,
		append(values, now, *id)...).Scan(owner)
	if err == sql.ErrNoRows {
		return kam.Errorf(kam.ENotFound, "%s not found", t.what)
	}
	return err
}

// insert writes a record as it is, id and owner given.
func (db *DB) insert(ctx context.Context, tx *sql.Tx, t table, id, owner string, values ...any) error {
	now := db.stamp()
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

// list runs the select of a table's records of one owner and scans each row.
func list[T any](ctx context.Context, db *DB, t table, ownerID, order string, scan func(interface{ Scan(...any) error }) (T, error)) ([]T, error) {
	if err := validID(strings.TrimSuffix(t.ownerTbl, "s"), ownerID); err != nil {
		return nil, err
	}
	rows, err := db.db.QueryContext(ctx, "SELECT id, "+t.owner+", "+strings.Join(t.columns, ", ")+" FROM "+t.name+
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
