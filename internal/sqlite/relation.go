package sqlite

import (
	"context"
	"database/sql"

	"kamworkbench/internal/kam"
)

var relations = table{name: "relations", what: "relation", owner: "client_id", ownerTbl: "clients", columns: []string{"from_id", "to_id", "kind"}}

// Relations returns the relations between a client's stakeholders.
func (db *DB) Relations(ctx context.Context, clientID string) ([]kam.Relation, error) {
	return list(ctx, db, relations, clientID, "created_at, id", func(row interface{ Scan(...any) error }) (kam.Relation, error) {
		var r kam.Relation
		err := row.Scan(&r.ID, &r.ClientID, &r.From, &r.To, &r.Kind, &r.UpdatedAt)
		return r, err
	})
}

// SaveRelation creates the relation when its id is empty and updates it
// otherwise. Both ends must be stakeholders of the relation's client.
func (db *DB) SaveRelation(ctx context.Context, r kam.Relation) (kam.Relation, error) {
	if err := r.Validate(); err != nil {
		return r, err
	}
	for _, id := range []string{r.From, r.To} {
		if err := validID("stakeholder", id); err != nil {
			return r, err
		}
	}
	err := db.write(ctx, func(tx *sql.Tx) error {
		client := r.ClientID
		if r.ID != "" {
			if err := validID("relation", r.ID); err != nil {
				return err
			}
			if err := tx.QueryRowContext(ctx, "SELECT client_id FROM relations WHERE id = ?", r.ID).Scan(&client); err == sql.ErrNoRows {
				return kam.Errorf(kam.ENotFound, "relation not found")
			} else if err != nil {
				return err
			}
		}
		var n int
		if err := tx.QueryRowContext(ctx, "SELECT count(*) FROM stakeholders WHERE client_id = ? AND id IN (?, ?)", client, r.From, r.To).Scan(&n); err != nil {
			return err
		}
		if n != 2 {
			return kam.Errorf(kam.ENotFound, "both people of a relation must be stakeholders of the same client")
		}
		return db.save(ctx, tx, relations, &r.ID, &r.ClientID, &r.UpdatedAt, r.From, r.To, r.Kind)
	})
	return r, err
}

// DeleteRelation deletes one relation.
func (db *DB) DeleteRelation(ctx context.Context, id string) error {
	return db.remove(ctx, relations, id)
}
