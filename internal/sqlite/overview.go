package sqlite

import (
	"context"

	"kamworkbench/internal/kam"
)

// RecentWorkshops returns up to limit workshops of all clients, the one
// worked on last first: the latest change to the workshop, its answers or
// its actions counts.
func (db *DB) RecentWorkshops(ctx context.Context, limit int) ([]kam.RecentWorkshop, error) {
	rows, err := db.db.QueryContext(ctx, `
		SELECT w.id, w.client_id, w.title, w.date, w.location, w.facilitator, c.name,
			max(w.updated_at,
				coalesce((SELECT max(updated_at) FROM answers WHERE workshop_id = w.id), ''),
				coalesce((SELECT max(updated_at) FROM actions WHERE workshop_id = w.id), '')) AS touched
		FROM workshops w JOIN clients c ON c.id = w.client_id
		ORDER BY touched DESC, w.date DESC, w.id
		LIMIT ?`, limit)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := []kam.RecentWorkshop{}
	for rows.Next() {
		var r kam.RecentWorkshop
		if err := rows.Scan(&r.ID, &r.ClientID, &r.Title, &r.Date, &r.Location, &r.Facilitator, &r.ClientName, &r.Touched); err != nil {
			return nil, err
		}
		r.Participants = []kam.Participant{}
		out = append(out, r)
	}
	return out, rows.Err()
}

// DueActions returns the actions of all clients that are not done and are
// due on or before until (YYYY-MM-DD; overdue ones included), the earliest
// first, at most limit.
func (db *DB) DueActions(ctx context.Context, until string, limit int) ([]kam.DueAction, error) {
	rows, err := db.db.QueryContext(ctx, `
		SELECT a.id, a.workshop_id, a.title, a.owner, a.due, a.priority, a.probability, a.status,
			a.question_id, a.internal, w.title, c.id, c.name
		FROM actions a JOIN workshops w ON w.id = a.workshop_id JOIN clients c ON c.id = w.client_id
		WHERE a.status <> 'done' AND a.due <> '' AND a.due <= ?
		ORDER BY a.due, c.name, a.created_at, a.id
		LIMIT ?`, until, limit)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := []kam.DueAction{}
	for rows.Next() {
		var a kam.DueAction
		if err := rows.Scan(&a.ID, &a.WorkshopID, &a.Title, &a.Owner, &a.Due, &a.Priority, &a.Probability, &a.Status,
			&a.QuestionID, &a.Internal, &a.WorkshopTitle, &a.ClientID, &a.ClientName); err != nil {
			return nil, err
		}
		out = append(out, a)
	}
	return out, rows.Err()
}
