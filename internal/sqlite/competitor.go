package sqlite

import (
	"context"
	"database/sql"

	"kamworkbench/internal/kam"
)

var competitors = table{name: "competitors", what: "competitor", owner: "client_id", ownerTbl: "clients", columns: []string{
	"name", "location", "strengths", "weaknesses", "partners", "counter", "threat"}}

func competitorValues(c kam.Competitor) []any {
	return []any{c.Name, c.Location, c.Strengths, c.Weaknesses, c.Partners, c.Counter, c.Threat}
}

// Competitors returns a client's competitors, the biggest threat first.
func (db *DB) Competitors(ctx context.Context, clientID string) ([]kam.Competitor, error) {
	return list(ctx, db, competitors, clientID, "threat DESC, name COLLATE NOCASE, id", func(row interface{ Scan(...any) error }) (kam.Competitor, error) {
		var c kam.Competitor
		err := row.Scan(&c.ID, &c.ClientID, &c.Name, &c.Location, &c.Strengths, &c.Weaknesses, &c.Partners, &c.Counter, &c.Threat, &c.UpdatedAt)
		return c, err
	})
}

// SaveCompetitor creates the competitor when its id is empty and updates it
// otherwise.
func (db *DB) SaveCompetitor(ctx context.Context, c kam.Competitor) (kam.Competitor, error) {
	if err := c.Validate(); err != nil {
		return c, err
	}
	err := db.write(ctx, func(tx *sql.Tx) error {
		return db.save(ctx, tx, competitors, &c.ID, &c.ClientID, &c.UpdatedAt, competitorValues(c)...)
	})
	return c, err
}

// DeleteCompetitor deletes one competitor.
func (db *DB) DeleteCompetitor(ctx context.Context, id string) error {
	return db.remove(ctx, competitors, id)
}
