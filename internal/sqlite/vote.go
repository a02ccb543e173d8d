package sqlite

import (
	"context"
	"database/sql"

	"kamworkbench/internal/kam"
)

// Votes returns the votes cast in a workshop, by question and then in the
// order of the participants.
func (db *DB) Votes(ctx context.Context, workshopID string) ([]kam.Vote, error) {
	if err := validID("workshop", workshopID); err != nil {
		return nil, err
	}
	rows, err := db.reads().QueryContext(ctx, `SELECT v.participant_id, v.question_id, v.rating, v.na
		FROM votes v JOIN participants p ON p.id = v.participant_id
		WHERE v.workshop_id = ? ORDER BY v.question_id, p.position`, workshopID)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := []kam.Vote{}
	for rows.Next() {
		var v kam.Vote
		var rating sql.NullInt64
		if err := rows.Scan(&v.ParticipantID, &v.QuestionID, &rating, &v.NA); err != nil {
			return nil, err
		}
		if rating.Valid {
			r := int(rating.Int64)
			v.Rating = &r
		}
		out = append(out, v)
	}
	return out, rows.Err()
}

// SaveVote stores a participant's vote on a question of a workshop,
// replacing the one before. The participant must be one of the workshop's;
// whether the question exists is checked by the caller, which knows the
// catalogue.
func (db *DB) SaveVote(ctx context.Context, workshopID string, v kam.Vote) error {
	if err := v.Validate(); err != nil {
		return err
	}
	if err := validID("workshop", workshopID); err != nil {
		return err
	}
	if err := validID("participant", v.ParticipantID); err != nil {
		return err
	}
	return db.write(ctx, func(tx *sql.Tx) error {
		if err := participantOf(ctx, tx, workshopID, v.ParticipantID); err != nil {
			return err
		}
		return db.putVote(ctx, tx, workshopID, v)
	})
}

// SaveVotes stores several votes of a workshop in one transaction, all or
// none: the room's phones, whose votes arrive together, share one commit.
func (db *DB) SaveVotes(ctx context.Context, workshopID string, votes []kam.Vote) error {
	if err := validID("workshop", workshopID); err != nil {
		return err
	}
	for i := range votes {
		if err := votes[i].Validate(); err != nil {
			return err
		}
		if err := validID("participant", votes[i].ParticipantID); err != nil {
			return err
		}
	}
	// The statements are prepared once for the batch: parsing SQL is most of
	// what a vote costs.
	return db.write(ctx, func(tx *sql.Tx) error {
		check, err := tx.PrepareContext(ctx, participantOfSQL)
		if err != nil {
			return err
		}
		defer check.Close()
		put, err := tx.PrepareContext(ctx, putVoteSQL)
		if err != nil {
			return err
		}
		defer put.Close()
		for _, v := range votes {
			var n int
			if err := check.QueryRowContext(ctx, v.ParticipantID, workshopID).Scan(&n); err != nil {
				return err
			}
			if n == 0 {
				return kam.Errorf(kam.ENotFound, "participant not found in this workshop")
			}
			if _, err := put.ExecContext(ctx, workshopID, v.ParticipantID, v.QuestionID, v.Rating, b2i(v.NA), db.stamp()); err != nil {
				return err
			}
		}
		return nil
	})
}

// putVoteSQL stores a vote, replacing the participant's vote on the question.
const putVoteSQL = `INSERT INTO votes (workshop_id, participant_id, question_id, rating, na, updated_at)
	VALUES (?, ?, ?, ?, ?, ?)
	ON CONFLICT (participant_id, question_id) DO UPDATE SET rating = excluded.rating, na = excluded.na,
	updated_at = excluded.updated_at`

// participantOfSQL counts a participant (0 or 1) among a workshop's.
const participantOfSQL = "SELECT count(*) FROM participants WHERE id = ? AND workshop_id = ?"

func (db *DB) putVote(ctx context.Context, tx *sql.Tx, workshopID string, v kam.Vote) error {
	_, err := tx.ExecContext(ctx, putVoteSQL, workshopID, v.ParticipantID, v.QuestionID, v.Rating, b2i(v.NA), db.stamp())
	return err
}

// DeleteVote takes back a participant's vote on a question; taking back a
// vote that was never cast is no error.
func (db *DB) DeleteVote(ctx context.Context, workshopID, participantID, questionID string) error {
	if err := validID("workshop", workshopID); err != nil {
		return err
	}
	if err := validID("participant", participantID); err != nil {
		return err
	}
	return db.write(ctx, func(tx *sql.Tx) error {
		if err := participantOf(ctx, tx, workshopID, participantID); err != nil {
			return err
		}
		_, err := tx.ExecContext(ctx, "DELETE FROM votes WHERE participant_id = ? AND question_id = ?", participantID, questionID)
		return err
	})
}

// participantOf checks that a participant takes part in a workshop.
func participantOf(ctx context.Context, tx *sql.Tx, workshopID, participantID string) error {
	var n int
	if err := tx.QueryRowContext(ctx, participantOfSQL, participantID, workshopID).Scan(&n); err != nil {
		return err
	}
	if n == 0 {
		return kam.Errorf(kam.ENotFound, "participant not found in this workshop")
	}
	return nil
}

// WorkshopData returns a workshop with everything recorded in it: its
// participants, answers, votes and actions.
func (db *DB) WorkshopData(ctx context.Context, id string) (kam.WorkshopData, error) {
	var wd kam.WorkshopData
	var err error
	if wd.Workshop, err = db.Workshop(ctx, id); err != nil {
		return wd, err
	}
	return wd, db.fillWorkshop(ctx, &wd)
}

func (db *DB) fillWorkshop(ctx context.Context, wd *kam.WorkshopData) (err error) {
	if wd.Answers, err = db.Answers(ctx, wd.ID); err != nil {
		return err
	}
	if wd.Votes, err = db.Votes(ctx, wd.ID); err != nil {
		return err
	}
	wd.Actions, err = db.Actions(ctx, wd.ID)
	return err
}
