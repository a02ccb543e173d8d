package sqlite

import (
	"context"
	"database/sql"

	"kamworkbench/internal/kam"
)

// AddParticipant adds one participant at the end of a workshop's list and
// returns it with its new id, leaving the others and their votes as they
// are: a phone in the room joining as "anonymous" while the window edits
// the list. A workshop holds at most kam.MaxParticipants. Participants are
// records of their own: adding, changing or removing one leaves the
// workshop's version (UpdatedAt) alone, so the window's next save of the
// details is not refused as stale because a phone joined.
func (db *DB) AddParticipant(ctx context.Context, workshopID string, p kam.Participant) (kam.Participant, error) {
	if p.Side == "" {
		p.Side = kam.SideCustomer
	}
	p.ID = ""
	if err := p.Validate(); err != nil {
		return p, err
	}
	if err := validID("workshop", workshopID); err != nil {
		return p, err
	}
	err := db.write(ctx, func(tx *sql.Tx) error {
		var clientID string
		if err := tx.QueryRowContext(ctx, "SELECT client_id FROM workshops WHERE id = ?", workshopID).Scan(&clientID); err == sql.ErrNoRows {
			return kam.Errorf(kam.ENotFound, "workshop not found")
		} else if err != nil {
			return err
		}
		if err := checkLink(ctx, tx, clientID, p.StakeholderID); err != nil {
			return err
		}
		var count, next int
		if err := tx.QueryRowContext(ctx, "SELECT count(*), coalesce(max(position) + 1, 0) FROM participants WHERE workshop_id = ?",
			workshopID).Scan(&count, &next); err != nil {
			return err
		}
		if count >= kam.MaxParticipants {
			return kam.Invalid("participants", "%d participants; at most %d are allowed", count+1, kam.MaxParticipants)
		}
		p.ID = newID()
		_, err := tx.ExecContext(ctx, `INSERT INTO participants (id, workshop_id, position, name, role, side, stakeholder_id)
			VALUES (?, ?, ?, ?, ?, ?, ?)`, p.ID, workshopID, next, p.Name, p.Role, p.Side, nullable(p.StakeholderID))
		return err
	})
	if err != nil {
		p.ID = ""
	}
	return p, err
}

// checkLink checks that a participant's stakeholder, when it has one, is a
// person on the map of the workshop's client.
func checkLink(ctx context.Context, tx *sql.Tx, clientID, stakeholderID string) error {
	if stakeholderID == "" {
		return nil
	}
	if err := validID("stakeholder", stakeholderID); err != nil {
		return kam.InField("stakeholder_id", err)
	}
	var n int
	if err := tx.QueryRowContext(ctx, "SELECT count(*) FROM stakeholders WHERE id = ? AND client_id = ?",
		stakeholderID, clientID).Scan(&n); err != nil {
		return err
	}
	if n == 0 {
		return kam.Invalid("stakeholder_id", "is not a person on this client's map")
	}
	return nil
}

// UpdateParticipant changes one participant of a workshop (name, role,
// side, link to the map), found by its id. Its place in the list, its votes
// and every other participant stay as they are, so a save from the window
// never touches a participant a phone added meanwhile. A participant that
// is gone (removed meanwhile) is not_found.
func (db *DB) UpdateParticipant(ctx context.Context, workshopID string, p kam.Participant) (kam.Participant, error) {
	if p.Side == "" {
		p.Side = kam.SideCustomer
	}
	if err := p.Validate(); err != nil {
		return p, err
	}
	if err := validID("workshop", workshopID); err != nil {
		return p, err
	}
	if err := validID("participant", p.ID); err != nil {
		return p, err
	}
	err := db.write(ctx, func(tx *sql.Tx) error {
		var clientID string
		err := tx.QueryRowContext(ctx, `SELECT w.client_id FROM participants p JOIN workshops w ON w.id = p.workshop_id
			WHERE p.id = ? AND p.workshop_id = ?`, p.ID, workshopID).Scan(&clientID)
		if err == sql.ErrNoRows {
			return kam.Errorf(kam.ENotFound, "participant not found")
		} else if err != nil {
			return err
		}
		if err := checkLink(ctx, tx, clientID, p.StakeholderID); err != nil {
			return err
		}
		_, err = tx.ExecContext(ctx, `UPDATE participants SET name = ?, role = ?, side = ?, stakeholder_id = ? WHERE id = ?`,
			p.Name, p.Role, p.Side, nullable(p.StakeholderID), p.ID)
		return err
	})
	return p, err
}

// RemoveParticipant deletes one participant of a workshop with their
// votes; the other participants stay as they are.
func (db *DB) RemoveParticipant(ctx context.Context, workshopID, id string) error {
	if err := validID("workshop", workshopID); err != nil {
		return err
	}
	if err := validID("participant", id); err != nil {
		return err
	}
	return db.write(ctx, func(tx *sql.Tx) error {
		return execOne(ctx, tx, "participant", "DELETE FROM participants WHERE id = ? AND workshop_id = ?", id, workshopID)
	})
}
