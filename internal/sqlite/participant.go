package sqlite

import (
	"context"
	"database/sql"

	"kamworkbench/internal/kam"
)

// AddParticipant adds one participant at the end of a workshop's list and
// returns it with its new id, leaving the others and their votes as they
// are: a phone in the room joining as "anonymous" while the window edits
// the list. A workshop holds at most kam.MaxParticipants.
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
		if p.StakeholderID != "" {
			if err := validID("stakeholder", p.StakeholderID); err != nil {
				return kam.InField("stakeholder_id", err)
			}
			var n int
			if err := tx.QueryRowContext(ctx, "SELECT count(*) FROM stakeholders WHERE id = ? AND client_id = ?",
				p.StakeholderID, clientID).Scan(&n); err != nil {
				return err
			}
			if n == 0 {
				return kam.Invalid("stakeholder_id", "is not a person on this client's map")
			}
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
		if _, err := tx.ExecContext(ctx, `INSERT INTO participants (id, workshop_id, position, name, role, side, stakeholder_id)
			VALUES (?, ?, ?, ?, ?, ?, ?)`, p.ID, workshopID, next, p.Name, p.Role, p.Side, nullable(p.StakeholderID)); err != nil {
			return err
		}
		_, err := tx.ExecContext(ctx, "UPDATE workshops SET updated_at = ? WHERE id = ?", db.stamp(), workshopID)
		return err
	})
	if err != nil {
		p.ID = ""
	}
	return p, err
}
