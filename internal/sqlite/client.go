package sqlite

import (
	"cmp"
	"context"
	"database/sql"

	"kamworkbench/internal/kam"
)

const clientColumns = "id, name, industry, location, notes, swot_strengths, swot_weaknesses, swot_opportunities, swot_threats, updated_at"

func scanClient(row interface{ Scan(...any) error }) (kam.Client, error) {
	var c kam.Client
	err := row.Scan(&c.ID, &c.Name, &c.Industry, &c.Location, &c.Notes,
		&c.SWOT.Strengths, &c.SWOT.Weaknesses, &c.SWOT.Opportunities, &c.SWOT.Threats, &c.UpdatedAt)
	return c, err
}

// Clients returns all clients, by name.
func (db *DB) Clients(ctx context.Context) ([]kam.Client, error) {
	rows, err := db.reads().QueryContext(ctx, "SELECT "+clientColumns+" FROM clients ORDER BY name COLLATE NOCASE, id")
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := []kam.Client{}
	for rows.Next() {
		c, err := scanClient(rows)
		if err != nil {
			return nil, err
		}
		out = append(out, c)
	}
	return out, rows.Err()
}

// Client returns one client.
func (db *DB) Client(ctx context.Context, id string) (kam.Client, error) {
	if err := validID("client", id); err != nil {
		return kam.Client{}, err
	}
	c, err := scanClient(db.reads().QueryRowContext(ctx, "SELECT "+clientColumns+" FROM clients WHERE id = ?", id))
	if err == sql.ErrNoRows {
		return c, kam.Errorf(kam.ENotFound, "client not found")
	}
	return c, err
}

// SaveClient creates the client when its id is empty and updates it
// otherwise, from a copy of the stored version (UpdatedAt; an older copy is
// refused as stale). It returns the client as stored.
func (db *DB) SaveClient(ctx context.Context, c kam.Client) (kam.Client, error) {
	if err := c.Validate(); err != nil {
		return c, err
	}
	err := db.write(ctx, func(tx *sql.Tx) error {
		var err error
		c, err = db.putClient(ctx, tx, c)
		return err
	})
	return c, err
}

func (db *DB) putClient(ctx context.Context, tx *sql.Tx, c kam.Client) (kam.Client, error) {
	now := db.stamp()
	args := []any{c.Name, c.Industry, c.Location, c.Notes, c.SWOT.Strengths, c.SWOT.Weaknesses, c.SWOT.Opportunities, c.SWOT.Threats, now}
	if c.ID == "" {
		c.ID = newID()
		_, err := tx.ExecContext(ctx, `INSERT INTO clients (name, industry, location, notes, swot_strengths, swot_weaknesses, swot_opportunities, swot_threats, updated_at, id, created_at)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`, append(args, c.ID, now)...)
		c.UpdatedAt = now
		return c, err
	}
	if err := validID("client", c.ID); err != nil {
		return c, err
	}
	res, err := tx.ExecContext(ctx, `UPDATE clients SET name = ?, industry = ?, location = ?, notes = ?, swot_strengths = ?, swot_weaknesses = ?,
		swot_opportunities = ?, swot_threats = ?, updated_at = ? WHERE id = ? AND updated_at = ?`, append(args, c.ID, c.UpdatedAt)...)
	if err != nil {
		return c, err
	}
	if n, err := res.RowsAffected(); err != nil || n == 0 {
		return c, cmp.Or(err, notSaved(ctx, tx, "clients", "client", c.ID))
	}
	c.UpdatedAt = now
	return c, nil
}

// DeleteClient deletes a client with everything recorded about it.
func (db *DB) DeleteClient(ctx context.Context, id string) error {
	if err := validID("client", id); err != nil {
		return err
	}
	return db.write(ctx, func(tx *sql.Tx) error {
		return execOne(ctx, tx, "client", "DELETE FROM clients WHERE id = ?", id)
	})
}
