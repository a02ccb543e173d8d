package sqlite

import (
	"cmp"
	"context"
	"database/sql"
	"slices"
	"strings"

	"kamworkbench/internal/kam"
)

// Account loads a client with everything recorded about it, in one read
// transaction: an export never mixes the states before and after a save.
func (db *DB) Account(ctx context.Context, clientID string) (acc kam.Account, err error) {
	err = db.snapshot(ctx, func(r *DB) error {
		acc, err = r.account(ctx, clientID)
		return err
	})
	return acc, err
}

// WorkshopAccount loads the client of a workshop with everything recorded
// about it, in one read transaction (see Account).
func (db *DB) WorkshopAccount(ctx context.Context, workshopID string) (acc kam.Account, err error) {
	err = db.snapshot(ctx, func(r *DB) error {
		w, err := r.Workshop(ctx, workshopID)
		if err != nil {
			return err
		}
		acc, err = r.account(ctx, w.ClientID)
		return err
	})
	return acc, err
}

func (db *DB) account(ctx context.Context, clientID string) (acc kam.Account, err error) {
	if acc.Client, err = db.Client(ctx, clientID); err != nil {
		return acc, err
	}
	if midRead != nil {
		midRead()
	}
	workshops, err := db.Workshops(ctx, clientID)
	if err != nil {
		return acc, err
	}
	acc.Workshops = make([]kam.WorkshopData, 0, len(workshops))
	for _, w := range workshops {
		wd := kam.WorkshopData{Workshop: w}
		if err := db.fillWorkshop(ctx, &wd); err != nil {
			return acc, err
		}
		acc.Workshops = append(acc.Workshops, wd)
	}
	if acc.Stakeholders, err = db.Stakeholders(ctx, clientID); err != nil {
		return acc, err
	}
	if acc.Relations, err = db.Relations(ctx, clientID); err != nil {
		return acc, err
	}
	if acc.Competitors, err = db.Competitors(ctx, clientID); err != nil {
		return acc, err
	}
	if acc.Opportunities, err = db.Opportunities(ctx, clientID); err != nil {
		return acc, err
	}
	acc.Arguments, err = db.Arguments(ctx, clientID)
	return acc, err
}

// ClientExists reports whether a client with id is stored.
func (db *DB) ClientExists(ctx context.Context, id string) (bool, error) {
	var n int
	err := db.db.QueryRowContext(ctx, "SELECT count(*) FROM clients WHERE id = ?", id).Scan(&n)
	return n > 0, err
}

// PutAccount writes a whole account with the ids it carries, in one
// transaction. With replace, a stored client of the same id is deleted first
// (with everything recorded about it); without, an existing client is a
// conflict. The account must have been validated (see the bundle package);
// the schema's checks still refuse anything out of range.
func (db *DB) PutAccount(ctx context.Context, acc kam.Account, replace bool) error {
	return db.write(ctx, func(tx *sql.Tx) error { return db.putAccount(ctx, tx, acc, replace) })
}

// PutCopy writes an account that is a copy (new ids throughout) in one
// transaction, named by name inside that transaction: taken tells whether
// a client of that name (case and blank space aside) is stored, so two
// copies imported at once never get the same name. It returns the account
// as written.
func (db *DB) PutCopy(ctx context.Context, acc kam.Account, name func(taken func(string) bool) string) (kam.Account, error) {
	err := db.write(ctx, func(tx *sql.Tx) error {
		names, err := clientNames(ctx, tx)
		if err != nil {
			return err
		}
		acc.Client.Name = name(func(n string) bool {
			return slices.ContainsFunc(names, func(s string) bool { return strings.EqualFold(strings.TrimSpace(s), n) })
		})
		if err := acc.Client.Validate(); err != nil {
			return kam.InField("client", err)
		}
		return db.putAccount(ctx, tx, acc, false)
	})
	return acc, err
}

func clientNames(ctx context.Context, tx *sql.Tx) ([]string, error) {
	rows, err := tx.QueryContext(ctx, "SELECT name FROM clients")
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		var n string
		if err := rows.Scan(&n); err != nil {
			return nil, err
		}
		out = append(out, n)
	}
	return out, rows.Err()
}

func (db *DB) putAccount(ctx context.Context, tx *sql.Tx, acc kam.Account, replace bool) error {
	c := acc.Client
	if c.ID == "" {
		return kam.Invalid("client.id", "must not be empty")
	}
	ok, err := exists(ctx, tx, "clients", c.ID)
	if err != nil {
		return err
	}
	if ok && !replace {
		return kam.Errorf(kam.EConflict, "the client %q (%s) is already in this workspace; import with --replace to overwrite it or --as-copy to keep both", c.Name, c.ID)
	}
	if ok {
		if _, err := tx.ExecContext(ctx, "DELETE FROM clients WHERE id = ?", c.ID); err != nil {
			return err
		}
	}
	now := db.stamp()
	if _, err := tx.ExecContext(ctx, `INSERT INTO clients (id, name, industry, location, notes, swot_strengths, swot_weaknesses, swot_opportunities, swot_threats, created_at, updated_at)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`, c.ID, c.Name, c.Industry, c.Location, c.Notes,
		c.SWOT.Strengths, c.SWOT.Weaknesses, c.SWOT.Opportunities, c.SWOT.Threats, now, cmp.Or(c.UpdatedAt, now)); err != nil {
		return err
	}
	// People first: participants may be stakeholders of the map.
	for _, s := range acc.Stakeholders {
		if err := db.insert(ctx, tx, stakeholders, s.ID, c.ID, s.UpdatedAt, stakeholderValues(s)...); err != nil {
			return err
		}
	}
	for _, w := range acc.Workshops {
		if err := db.putWorkshopData(ctx, tx, c.ID, w); err != nil {
			return err
		}
	}
	for _, r := range acc.Relations {
		if err := db.insert(ctx, tx, relations, r.ID, c.ID, r.UpdatedAt, r.From, r.To, r.Kind); err != nil {
			return err
		}
	}
	for _, x := range acc.Competitors {
		if err := db.insert(ctx, tx, competitors, x.ID, c.ID, x.UpdatedAt, competitorValues(x)...); err != nil {
			return err
		}
	}
	for _, o := range acc.Opportunities {
		if err := db.insert(ctx, tx, opportunities, o.ID, c.ID, o.UpdatedAt, opportunityValues(o)...); err != nil {
			return err
		}
	}
	for i, a := range acc.Arguments {
		a.Position = i
		if err := db.insert(ctx, tx, arguments, a.ID, c.ID, a.UpdatedAt, argumentValues(a)...); err != nil {
			return err
		}
	}
	return nil
}

func (db *DB) putWorkshopData(ctx context.Context, tx *sql.Tx, clientID string, w kam.WorkshopData) error {
	now := db.stamp()
	if _, err := tx.ExecContext(ctx, `INSERT INTO workshops (id, client_id, title, date, location, facilitator, created_at, updated_at)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?)`, w.ID, clientID, w.Title, w.Date, w.Location, w.Facilitator, now, cmp.Or(w.UpdatedAt, now)); err != nil {
		return err
	}
	for i, p := range w.Participants {
		if _, err := tx.ExecContext(ctx, `INSERT INTO participants (id, workshop_id, position, name, role, side, stakeholder_id)
			VALUES (?, ?, ?, ?, ?, ?, ?)`, p.ID, w.ID, i, p.Name, p.Role, p.Side, nullable(p.StakeholderID)); err != nil {
			return err
		}
	}
	for _, v := range w.Votes {
		if err := db.putVote(ctx, tx, w.ID, v); err != nil {
			return err
		}
	}
	for _, a := range w.Answers {
		a.WorkshopID = w.ID
		if a.Checked == nil {
			a.Checked = []string{}
		}
		if err := db.putAnswer(ctx, tx, a); err != nil {
			return err
		}
	}
	for _, a := range w.Actions {
		if err := db.insert(ctx, tx, actions, a.ID, w.ID, a.UpdatedAt, actionValues(a)...); err != nil {
			return err
		}
	}
	return nil
}
