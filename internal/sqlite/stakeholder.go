package sqlite

import (
	"context"
	"database/sql"
	"fmt"

	"kamworkbench/internal/kam"
)

var stakeholders = table{name: "stakeholders", what: "stakeholder", owner: "client_id", ownerTbl: "clients", columns: []string{
	"name", "title", "department", "buying_role", "attitude", "influence", "relationship", "owner",
	"knows_portfolio", "last_contact", "email", "phone", "notes", "x", "y"}, placed: 2}

func stakeholderValues(s kam.Stakeholder) []any {
	return []any{s.Name, s.Title, s.Department, s.BuyingRole, s.Attitude, s.Influence, s.Relationship, s.Owner,
		b2i(s.KnowsPortfolio), s.LastContact, s.Email, s.Phone, s.Notes, s.X, s.Y}
}

func scanStakeholder(row interface{ Scan(...any) error }) (kam.Stakeholder, error) {
	var s kam.Stakeholder
	err := row.Scan(&s.ID, &s.ClientID, &s.Name, &s.Title, &s.Department, &s.BuyingRole, &s.Attitude, &s.Influence,
		&s.Relationship, &s.Owner, &s.KnowsPortfolio, &s.LastContact, &s.Email, &s.Phone, &s.Notes, &s.X, &s.Y, &s.UpdatedAt)
	return s, err
}

// Stakeholders returns a client's stakeholders, by name.
func (db *DB) Stakeholders(ctx context.Context, clientID string) ([]kam.Stakeholder, error) {
	return list(ctx, db, stakeholders, clientID, "name COLLATE NOCASE, id", scanStakeholder)
}

// SaveStakeholder creates the stakeholder when its id is empty and updates it
// otherwise, from a copy of the stored version (UpdatedAt) and leaving the
// place on the map to MoveStakeholders.
func (db *DB) SaveStakeholder(ctx context.Context, s kam.Stakeholder) (kam.Stakeholder, error) {
	if err := s.Validate(); err != nil {
		return s, err
	}
	err := db.write(ctx, func(tx *sql.Tx) error {
		return db.save(ctx, tx, stakeholders, &s.ID, &s.ClientID, &s.UpdatedAt, stakeholderValues(s)...)
	})
	return s, err
}

// AddStakeholders adds several new stakeholders to a client in one
// transaction (a contact import): all of them or none.
func (db *DB) AddStakeholders(ctx context.Context, clientID string, list []kam.Stakeholder) ([]kam.Stakeholder, error) {
	for i := range list {
		list[i].ID, list[i].ClientID = "", clientID
		if err := list[i].Validate(); err != nil {
			return nil, kam.InField(fmt.Sprintf("contacts[%d]", i), err)
		}
	}
	err := db.write(ctx, func(tx *sql.Tx) error {
		for i := range list {
			if err := db.save(ctx, tx, stakeholders, &list[i].ID, &list[i].ClientID, &list[i].UpdatedAt, stakeholderValues(list[i])...); err != nil {
				return err
			}
		}
		return nil
	})
	return list, err
}

// Position places a stakeholder on the map.
type Position struct {
	ID string  `json:"id"`
	X  float64 `json:"x"`
	Y  float64 `json:"y"`
}

// MoveStakeholders saves the map positions of several stakeholders at once
// (a drag of a selection): all of them or none. A move is no change of a
// stakeholder's version, so it never makes an open editor's copy stale.
func (db *DB) MoveStakeholders(ctx context.Context, moves []Position) error {
	for _, m := range moves {
		if err := validID("stakeholder", m.ID); err != nil {
			return err
		}
		probe := kam.Stakeholder{Name: "x", Department: "other", BuyingRole: "other", Influence: 1, X: m.X, Y: m.Y}
		if err := probe.Validate(); err != nil {
			return err
		}
	}
	return db.write(ctx, func(tx *sql.Tx) error {
		for _, m := range moves {
			if err := execOne(ctx, tx, "stakeholder", "UPDATE stakeholders SET x = ?, y = ? WHERE id = ?", m.X, m.Y, m.ID); err != nil {
				return err
			}
		}
		return nil
	})
}

// DeleteStakeholder deletes a stakeholder and the relations that touch them.
func (db *DB) DeleteStakeholder(ctx context.Context, id string) error {
	return db.remove(ctx, stakeholders, id)
}
