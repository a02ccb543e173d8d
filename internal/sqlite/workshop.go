package sqlite

import (
	"context"
	"database/sql"

	"kamworkbench/internal/kam"
)

const workshopColumns = "id, client_id, title, date, location, facilitator"

// Workshops returns a client's workshops, oldest first (the order of rounds).
func (db *DB) Workshops(ctx context.Context, clientID string) ([]kam.Workshop, error) {
	if err := validID("client", clientID); err != nil {
		return nil, err
	}
	rows, err := db.db.QueryContext(ctx, "SELECT "+workshopColumns+" FROM workshops WHERE client_id = ? ORDER BY date, created_at, id", clientID)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := []kam.Workshop{}
	for rows.Next() {
		var w kam.Workshop
		if err := rows.Scan(&w.ID, &w.ClientID, &w.Title, &w.Date, &w.Location, &w.Facilitator); err != nil {
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
	err := db.db.QueryRowContext(ctx, "SELECT "+workshopColumns+" FROM workshops WHERE id = ?", id).
		Scan(&w.ID, &w.ClientID, &w.Title, &w.Date, &w.Location, &w.Facilitator)
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
	rows, err := db.db.QueryContext(ctx, "SELECT name, role FROM participants WHERE workshop_id = ? ORDER BY position", workshopID)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := []kam.Participant{}
	for rows.Next() {
		var p kam.Participant
		if err := rows.Scan(&p.Name, &p.Role); err != nil {
			return nil, err
		}
		out = append(out, p)
	}
	return out, rows.Err()
}

// SaveWorkshop creates the workshop when its id is empty and updates it
// otherwise, participants included.
func (db *DB) SaveWorkshop(ctx context.Context, w kam.Workshop) (kam.Workshop, error) {
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

func (db *DB) putWorkshop(ctx context.Context, tx *sql.Tx, w kam.Workshop) (kam.Workshop, error) {
	now := db.stamp()
	if w.Participants == nil {
		w.Participants = []kam.Participant{}
	}
	if w.ID == "" {
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
		if err := tx.QueryRowContext(ctx, "SELECT client_id FROM workshops WHERE id = ?", w.ID).Scan(&w.ClientID); err == sql.ErrNoRows {
			return w, kam.Errorf(kam.ENotFound, "workshop not found")
		} else if err != nil {
			return w, err
		}
		if _, err := tx.ExecContext(ctx, `UPDATE workshops SET title = ?, date = ?, location = ?, facilitator = ?, updated_at = ? WHERE id = ?`,
			w.Title, w.Date, w.Location, w.Facilitator, now, w.ID); err != nil {
			return w, err
		}
		if _, err := tx.ExecContext(ctx, "DELETE FROM participants WHERE workshop_id = ?", w.ID); err != nil {
			return w, err
		}
	}
	for i, p := range w.Participants {
		if _, err := tx.ExecContext(ctx, "INSERT INTO participants (workshop_id, position, name, role) VALUES (?, ?, ?, ?)", w.ID, i, p.Name, p.Role); err != nil {
			return w, err
		}
	}
	return w, nil
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
