package sqlite

import (
	"context"
	"database/sql"

	"kamworkbench/internal/kam"
)

var actions = table{name: "actions", what: "action", owner: "workshop_id", ownerTbl: "workshops", columns: []string{
	"title", "owner", "due", "priority", "probability", "status", "question_id", "internal"}}

func actionValues(a kam.Action) []any {
	return []any{a.Title, a.Owner, a.Due, a.Priority, a.Probability, a.Status, a.QuestionID, b2i(a.Internal)}
}

// Actions returns a workshop's actions in the order they were agreed.
func (db *DB) Actions(ctx context.Context, workshopID string) ([]kam.Action, error) {
	return list(ctx, db, actions, workshopID, "created_at, id", func(row interface{ Scan(...any) error }) (kam.Action, error) {
		var a kam.Action
		err := row.Scan(&a.ID, &a.WorkshopID, &a.Title, &a.Owner, &a.Due, &a.Priority, &a.Probability, &a.Status, &a.QuestionID, &a.Internal, &a.UpdatedAt)
		return a, err
	})
}

// SaveAction creates the action when its id is empty and updates it
// otherwise.
func (db *DB) SaveAction(ctx context.Context, a kam.Action) (kam.Action, error) {
	if err := a.Validate(); err != nil {
		return a, err
	}
	err := db.write(ctx, func(tx *sql.Tx) error {
		return db.save(ctx, tx, actions, &a.ID, &a.WorkshopID, &a.UpdatedAt, actionValues(a)...)
	})
	return a, err
}

// DeleteAction deletes one action.
func (db *DB) DeleteAction(ctx context.Context, id string) error {
	return db.remove(ctx, actions, id)
}
