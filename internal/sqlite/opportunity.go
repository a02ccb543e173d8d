package sqlite

import (
	"context"
	"database/sql"

	"kamworkbench/internal/kam"
)

var opportunities = table{name: "opportunities", what: "opportunity", owner: "client_id", ownerTbl: "clients", columns: []string{
	"title", "value", "stage", "probability", "expected_close", "next_step"}}

func opportunityValues(o kam.Opportunity) []any {
	return []any{o.Title, o.Value, o.Stage, o.Probability, o.ExpectedClose, o.NextStep}
}

// Opportunities returns a client's opportunities in the order they were
// recorded.
func (db *DB) Opportunities(ctx context.Context, clientID string) ([]kam.Opportunity, error) {
	return list(ctx, db, opportunities, clientID, "created_at, id", func(row interface{ Scan(...any) error }) (kam.Opportunity, error) {
		var o kam.Opportunity
		err := row.Scan(&o.ID, &o.ClientID, &o.Title, &o.Value, &o.Stage, &o.Probability, &o.ExpectedClose, &o.NextStep, &o.UpdatedAt)
		return o, err
	})
}

// SaveOpportunity creates the opportunity when its id is empty and updates
// it otherwise.
func (db *DB) SaveOpportunity(ctx context.Context, o kam.Opportunity) (kam.Opportunity, error) {
	if err := o.Validate(); err != nil {
		return o, err
	}
	err := db.write(ctx, func(tx *sql.Tx) error {
		return db.save(ctx, tx, opportunities, &o.ID, &o.ClientID, &o.UpdatedAt, opportunityValues(o)...)
	})
	return o, err
}

// DeleteOpportunity deletes one opportunity.
func (db *DB) DeleteOpportunity(ctx context.Context, id string) error {
	return db.remove(ctx, opportunities, id)
}
