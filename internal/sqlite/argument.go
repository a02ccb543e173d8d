package sqlite

import (
	"context"
	"database/sql"

	"kamworkbench/internal/kam"
)

var arguments = table{name: "arguments", what: "argument", owner: "client_id", ownerTbl: "clients", columns: []string{
	"feature", "advantage", "benefit", "buying_role", "position"}}

func argumentValues(a kam.Argument) []any {
	return []any{a.Feature, a.Advantage, a.Benefit, a.BuyingRole, a.Position}
}

// Arguments returns a client's arguments in their order.
func (db *DB) Arguments(ctx context.Context, clientID string) ([]kam.Argument, error) {
	return list(ctx, db, arguments, clientID, "position, created_at, id", func(row interface{ Scan(...any) error }) (kam.Argument, error) {
		var a kam.Argument
		err := row.Scan(&a.ID, &a.ClientID, &a.Feature, &a.Advantage, &a.Benefit, &a.BuyingRole, &a.Position, &a.UpdatedAt)
		return a, err
	})
}

// SaveArgument creates the argument (at the end of the list) when its id is
// empty and updates it otherwise; its place in the list changes only by
// ReorderArguments.
func (db *DB) SaveArgument(ctx context.Context, a kam.Argument) (kam.Argument, error) {
	if err := a.Validate(); err != nil {
		return a, err
	}
	err := db.write(ctx, func(tx *sql.Tx) error {
		if a.ID == "" {
			if err := tx.QueryRowContext(ctx, "SELECT coalesce(max(position) + 1, 0) FROM arguments WHERE client_id = ?", a.ClientID).Scan(&a.Position); err != nil {
				return err
			}
		} else if err := tx.QueryRowContext(ctx, "SELECT position FROM arguments WHERE id = ?", a.ID).Scan(&a.Position); err != nil && err != sql.ErrNoRows {
			return err
		}
		return db.save(ctx, tx, arguments, &a.ID, &a.ClientID, &a.UpdatedAt, argumentValues(a)...)
	})
	return a, err
}

// ReorderArguments puts a client's arguments into the order of ids, which
// must name each of them once.
func (db *DB) ReorderArguments(ctx context.Context, clientID string, ids []string) error {
	if err := validID("client", clientID); err != nil {
		return err
	}
	return db.write(ctx, func(tx *sql.Tx) error {
		var n int
		if err := tx.QueryRowContext(ctx, "SELECT count(*) FROM arguments WHERE client_id = ?", clientID).Scan(&n); err != nil {
			return err
		}
		if n != len(ids) {
			return kam.Errorf(kam.EConflict, "the list of arguments changed meanwhile; please try again")
		}
		for i, id := range ids {
			if err := execOne(ctx, tx, "argument", "UPDATE arguments SET position = ? WHERE id = ? AND client_id = ?", i, id, clientID); err != nil {
				return err
			}
		}
		return nil
	})
}

// DeleteArgument deletes one argument.
func (db *DB) DeleteArgument(ctx context.Context, id string) error {
	return db.remove(ctx, arguments, id)
}
