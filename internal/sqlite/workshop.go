package sqlite

import (
	"context"
	"database/sql"
	"slices"
	"strconv"
	"strings"

	"kamworkbench/internal/kam"
)

const workshopColumns = "id, client_id, title, date, location, facilitator, updated_at"

// Workshops returns a client's workshops, oldest first (the order of rounds).
func (db *DB) Workshops(ctx context.Context, clientID string) ([]kam.Workshop, error) {
	if err := validID("client", clientID); err != nil {
		return nil, err
	}
	rows, err := db.reads().QueryContext(ctx, "SELECT "+workshopColumns+" FROM workshops WHERE client_id = ? ORDER BY date, created_at, id", clientID)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := []kam.Workshop{}
	for rows.Next() {
		var w kam.Workshop
		if err := rows.Scan(&w.ID, &w.ClientID, &w.Title, &w.Date, &w.Location, &w.Facilitator, &w.UpdatedAt); err != nil {
			return nil, err
		}
		out = append(out, w)
	}
	if err := rows.Err(); err != nil {
		return nil, err
	}
	for i := range out {
		if out[i].Participants, err = db.participants(ctx, out[i].ID); err != nil {
			return nil, err
		}
	}
	return out, nil
}

// Workshop returns one workshop with its participants.
func (db *DB) Workshop(ctx context.Context, id string) (kam.Workshop, error) {
	var w kam.Workshop
	if err := validID("workshop", id); err != nil {
		return w, err
	}
	err := db.reads().QueryRowContext(ctx, "SELECT "+workshopColumns+" FROM workshops WHERE id = ?", id).
		Scan(&w.ID, &w.ClientID, &w.Title, &w.Date, &w.Location, &w.Facilitator, &w.UpdatedAt)
	if err == sql.ErrNoRows {
		return w, kam.Errorf(kam.ENotFound, "workshop not found")
	}
	if err != nil {
		return w, err
	}
	w.Participants, err = db.participants(ctx, id)
	return w, err
}

func (db *DB) participants(ctx context.Context, workshopID string) ([]kam.Participant, error) {
	rows, err := db.reads().QueryContext(ctx, `SELECT id, name, role, side, coalesce(stakeholder_id, '') FROM participants
		WHERE workshop_id = ? ORDER BY position`, workshopID)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := []kam.Participant{}
	for rows.Next() {
		var p kam.Participant
		if err := rows.Scan(&p.ID, &p.Name, &p.Role, &p.Side, &p.StakeholderID); err != nil {
			return nil, err
		}
		out = append(out, p)
	}
	return out, rows.Err()
}

// putParticipants makes the stored participants of a workshop those of w,
// in its order: a participant with an id keeps it (and its votes), one
// without gets a new id, and one no longer listed is deleted with its votes.
// A listed id must be a participant of this workshop, a stakeholder one of
// the workshop's client; a new workshop's participants all get new ids.
func (db *DB) putParticipants(ctx context.Context, tx *sql.Tx, w *kam.Workshop, isNew bool) error {
	keep := make([]any, 0, len(w.Participants)+1)
	keep = append(keep, w.ID)
	for i := range w.Participants {
		p := &w.Participants[i]
		if p.StakeholderID != "" {
			if err := validID("stakeholder", p.StakeholderID); err != nil {
				return kam.InField("participants["+strconv.Itoa(i)+"].stakeholder_id", err)
			}
			var n int
			if err := tx.QueryRowContext(ctx, "SELECT count(*) FROM stakeholders WHERE id = ? AND client_id = ?",
				p.StakeholderID, w.ClientID).Scan(&n); err != nil {
				return err
			}
			if n == 0 {
				return kam.Invalid("participants["+strconv.Itoa(i)+"].stakeholder_id", "is not a person on this client's map")
			}
		}
		if p.ID == "" || isNew {
			p.ID = newID()
		} else if err := validID("participant", p.ID); err != nil {
			return err
		} else if !isNew {
			var owner string
			err := tx.QueryRowContext(ctx, "SELECT workshop_id FROM participants WHERE id = ?", p.ID).Scan(&owner)
			if err == nil && owner != w.ID || err == sql.ErrNoRows {
				return kam.Errorf(kam.ENotFound, "participant not found")
			} else if err != nil {
				return err
			}
		}
		if slices.Contains(keep[1:], any(p.ID)) {
			return kam.Invalid("participants["+strconv.Itoa(i)+"].id", "lists one participant twice")
		}
		keep = append(keep, p.ID)
	}
	marks := strings.TrimSuffix(strings.Repeat("?, ", len(keep)-1), ", ")
	if _, err := tx.ExecContext(ctx, "DELETE FROM participants WHERE workshop_id = ? AND id NOT IN ("+marks+")", keep...); err != nil {
		return err
	}
	for i, p := range w.Participants {
		if _, err := tx.ExecContext(ctx, `INSERT INTO participants (id, workshop_id, position, name, role, side, stakeholder_id)
			VALUES (?, ?, ?, ?, ?, ?, ?)
			ON CONFLICT (id) DO UPDATE SET position = excluded.position, name = excluded.name, role = excluded.role,
			side = excluded.side, stakeholder_id = excluded.stakeholder_id`,
			p.ID, w.ID, i, p.Name, p.Role, p.Side, nullable(p.StakeholderID)); err != nil {
			return err
		}
	}
	return nil
}

// withSides returns the participants with the customer's side for those
// that have none yet, the default of a new participant.
func withSides(list []kam.Participant) []kam.Participant {
	out := slices.Clone(list)
	for i := range out {
		if out[i].Side == "" {
			out[i].Side = kam.SideCustomer
		}
	}
	return out
}

// nullable stores an empty reference as NULL.
func nullable(id string) any {
	if id == "" {
		return nil
	}
	return id
}

// SaveWorkshop creates the workshop when its id is empty and updates it
// otherwise, participants included, from a copy of the stored version
// (UpdatedAt; an older copy is refused as stale).
func (db *DB) SaveWorkshop(ctx context.Context, w kam.Workshop) (kam.Workshop, error) {
	w.Participants = withSides(w.Participants)
	if err := w.Validate(); err != nil {
		return w, err
	}
	err := db.write(ctx, func(tx *sql.Tx) error {
		var err error
		w, err = db.putWorkshop(ctx, tx, w)
		return err
	})
	return w, err
}

// SaveWorkshopDetails updates a stored workshop's title, date, place and
// facilitator from a copy of the stored version (UpdatedAt; an older copy
// is refused as stale) and returns it with the participants stored now. Its
// participants are left alone, whatever w lists: they are added, changed
// and removed one at a time (AddParticipant, UpdateParticipant,
// RemoveParticipant), so that no save of the details drops a participant
// it did not know about, such as one a phone added meanwhile.
func (db *DB) SaveWorkshopDetails(ctx context.Context, w kam.Workshop) (kam.Workshop, error) {
	w.Participants = nil
	if err := w.Validate(); err != nil {
		return w, err
	}
	if err := validID("workshop", w.ID); err != nil {
		return w, err
	}
	err := db.write(ctx, func(tx *sql.Tx) error {
		var id string
		err := tx.QueryRowContext(ctx, `UPDATE workshops SET title = ?, date = ?, location = ?, facilitator = ?, updated_at = ?
			WHERE id = ? AND updated_at = ? RETURNING id`, w.Title, w.Date, w.Location, w.Facilitator, db.stamp(), w.ID, w.UpdatedAt).Scan(&id)
		if err == sql.ErrNoRows {
			return notSaved(ctx, tx, "workshops", "workshop", w.ID)
		}
		return err
	})
	if err != nil {
		return w, err
	}
	return db.Workshop(ctx, w.ID)
}

func (db *DB) putWorkshop(ctx context.Context, tx *sql.Tx, w kam.Workshop) (kam.Workshop, error) {
	now := db.stamp()
	if w.Participants == nil {
		w.Participants = []kam.Participant{}
	}
	isNew := w.ID == ""
	if isNew {
		if err := validID("client", w.ClientID); err != nil {
			return w, err
		}
		if ok, err := exists(ctx, tx, "clients", w.ClientID); err != nil || !ok {
			return w, orNotFound(err, "client")
		}
		w.ID = newID()
		if _, err := tx.ExecContext(ctx, `INSERT INTO workshops (id, client_id, title, date, location, facilitator, created_at, updated_at)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?)`, w.ID, w.ClientID, w.Title, w.Date, w.Location, w.Facilitator, now, now); err != nil {
			return w, err
		}
	} else {
		if err := validID("workshop", w.ID); err != nil {
			return w, err
		}
		err := tx.QueryRowContext(ctx, `UPDATE workshops SET title = ?, date = ?, location = ?, facilitator = ?, updated_at = ?
			WHERE id = ? AND updated_at = ? RETURNING client_id`, w.Title, w.Date, w.Location, w.Facilitator, now, w.ID, w.UpdatedAt).Scan(&w.ClientID)
		if err == sql.ErrNoRows {
			return w, notSaved(ctx, tx, "workshops", "workshop", w.ID)
		} else if err != nil {
			return w, err
		}
	}
	w.UpdatedAt = now
	w.Participants = slices.Clone(w.Participants)
	return w, db.putParticipants(ctx, tx, &w, isNew)
}

func orNotFound(err error, what string) error {
	if err != nil {
		return err
	}
	return kam.Errorf(kam.ENotFound, "%s not found", what)
}

// DeleteWorkshop deletes a workshop with its answers and actions.
func (db *DB) DeleteWorkshop(ctx context.Context, id string) error {
	if err := validID("workshop", id); err != nil {
		return err
	}
	return db.write(ctx, func(tx *sql.Tx) error {
		return execOne(ctx, tx, "workshop", "DELETE FROM workshops WHERE id = ?", id)
	})
}
