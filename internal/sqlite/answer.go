package sqlite

import (
	"cmp"
	"context"
	"database/sql"
	"encoding/json"

	"kamworkbench/internal/kam"
)

// Answers returns a workshop's answers.
func (db *DB) Answers(ctx context.Context, workshopID string) ([]kam.Answer, error) {
	if err := validID("workshop", workshopID); err != nil {
		return nil, err
	}
	rows, err := db.reads().QueryContext(ctx, `SELECT question_id, rating, na, finding, notes, follow_up, checked, updated_at FROM answers
		WHERE workshop_id = ? ORDER BY question_id`, workshopID)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := []kam.Answer{}
	for rows.Next() {
		a := kam.Answer{WorkshopID: workshopID}
		var rating sql.NullInt64
		var checked string
		if err := rows.Scan(&a.QuestionID, &rating, &a.NA, &a.Finding, &a.Notes, &a.FollowUp, &checked, &a.UpdatedAt); err != nil {
			return nil, err
		}
		if rating.Valid {
			r := int(rating.Int64)
			a.Rating = &r
		}
		if err := json.Unmarshal([]byte(checked), &a.Checked); err != nil || a.Checked == nil {
			a.Checked = []string{}
		}
		out = append(out, a)
	}
	return out, rows.Err()
}

// SaveAnswer stores a workshop's answer to one question, replacing the one
// before: the one of version a.UpdatedAt, or none when a.UpdatedAt is empty.
// An answer stored since (a newer version) is kept, and the save refused as
// stale. Whether the question exists is checked by the caller, which knows
// the catalogue.
func (db *DB) SaveAnswer(ctx context.Context, a kam.Answer) (kam.Answer, error) {
	if err := a.Validate(); err != nil {
		return a, err
	}
	if err := validID("workshop", a.WorkshopID); err != nil {
		return a, err
	}
	if a.Checked == nil {
		a.Checked = []string{}
	}
	err := db.write(ctx, func(tx *sql.Tx) error {
		if ok, err := exists(ctx, tx, "workshops", a.WorkshopID); err != nil || !ok {
			return orNotFound(err, "workshop")
		}
		return db.replaceAnswer(ctx, tx, &a)
	})
	return a, err
}

// replaceAnswer writes a over the stored version a.UpdatedAt (over none when
// empty) and sets a.UpdatedAt to the new one.
func (db *DB) replaceAnswer(ctx context.Context, tx *sql.Tx, a *kam.Answer) error {
	checked, err := json.Marshal(a.Checked)
	if err != nil {
		return err
	}
	now := db.stamp()
	var res sql.Result
	if a.UpdatedAt == "" {
		res, err = tx.ExecContext(ctx, `INSERT INTO answers (workshop_id, question_id, rating, na, finding, notes, follow_up, checked, updated_at)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (workshop_id, question_id) DO NOTHING`,
			a.WorkshopID, a.QuestionID, a.Rating, b2i(a.NA), a.Finding, a.Notes, b2i(a.FollowUp), string(checked), now)
	} else {
		res, err = tx.ExecContext(ctx, `UPDATE answers SET rating = ?, na = ?, finding = ?, notes = ?, follow_up = ?, checked = ?, updated_at = ?
			WHERE workshop_id = ? AND question_id = ? AND updated_at = ?`,
			a.Rating, b2i(a.NA), a.Finding, a.Notes, b2i(a.FollowUp), string(checked), now, a.WorkshopID, a.QuestionID, a.UpdatedAt)
	}
	if err != nil {
		return err
	}
	if n, err := res.RowsAffected(); err != nil {
		return err
	} else if n == 0 {
		return kam.Stale("answer")
	}
	a.UpdatedAt = now
	return nil
}

// putAnswer writes a as it is (an import, a put back), keeping its version
// when it has one.
func (db *DB) putAnswer(ctx context.Context, tx *sql.Tx, a kam.Answer) error {
	checked, err := json.Marshal(a.Checked)
	if err != nil {
		return err
	}
	_, err = tx.ExecContext(ctx, `INSERT INTO answers (workshop_id, question_id, rating, na, finding, notes, follow_up, checked, updated_at)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
		ON CONFLICT (workshop_id, question_id) DO UPDATE SET rating = excluded.rating, na = excluded.na,
		finding = excluded.finding, notes = excluded.notes, follow_up = excluded.follow_up, checked = excluded.checked,
		updated_at = excluded.updated_at`,
		a.WorkshopID, a.QuestionID, a.Rating, b2i(a.NA), a.Finding, a.Notes, b2i(a.FollowUp), string(checked), cmp.Or(a.UpdatedAt, db.stamp()))
	return err
}

// CopyAnswers copies the answers of one workshop into another of the same
// client, as the starting point of a new round.
func (db *DB) CopyAnswers(ctx context.Context, fromID, toID string) error {
	if err := validID("workshop", fromID); err != nil {
		return err
	}
	if err := validID("workshop", toID); err != nil {
		return err
	}
	return db.write(ctx, func(tx *sql.Tx) error { return db.copyAnswers(ctx, tx, fromID, toID) })
}

func (db *DB) copyAnswers(ctx context.Context, tx *sql.Tx, fromID, toID string) error {
	var same int
	if err := tx.QueryRowContext(ctx, `SELECT count(*) FROM workshops a JOIN workshops b ON a.client_id = b.client_id
		WHERE a.id = ? AND b.id = ?`, fromID, toID).Scan(&same); err != nil {
		return err
	}
	if same == 0 {
		return kam.Errorf(kam.ENotFound, "workshop not found")
	}
	_, err := tx.ExecContext(ctx, `INSERT OR REPLACE INTO answers (workshop_id, question_id, rating, na, finding, notes, follow_up, checked, updated_at)
		SELECT ?, question_id, rating, na, finding, notes, follow_up, checked, ? FROM answers WHERE workshop_id = ?`, toID, db.stamp(), fromID)
	return err
}

// CreateRound creates a new workshop and, with copyFromID, copies that
// earlier round's answers into it — in one transaction, so a crash never
// leaves a new round without its answers.
func (db *DB) CreateRound(ctx context.Context, w kam.Workshop, copyFromID string) (kam.Workshop, error) {
	w.ID = ""
	w.Participants = withSides(w.Participants)
	if err := w.Validate(); err != nil {
		return w, err
	}
	if copyFromID != "" {
		if err := validID("workshop", copyFromID); err != nil {
			return w, err
		}
	}
	err := db.write(ctx, func(tx *sql.Tx) error {
		var err error
		if w, err = db.putWorkshop(ctx, tx, w); err != nil || copyFromID == "" {
			return err
		}
		return db.copyAnswers(ctx, tx, copyFromID, w.ID)
	})
	if err != nil {
		w.ID = ""
	}
	return w, err
}
