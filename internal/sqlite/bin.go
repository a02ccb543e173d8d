package sqlite

import (
	"context"
	"database/sql"
	"slices"

	"kamworkbench/internal/kam"
)

// The kinds of record a delete can take out and put back.
const (
	KindClient      = "client"
	KindWorkshop    = "workshop"
	KindStakeholder = "stakeholder"
	KindCompetitor  = "competitor"
	KindOpportunity = "opportunity"
	KindArgument    = "argument"
	KindAction      = "action"
)

// RemovedKinds lists the kinds Remove takes.
var RemovedKinds = []string{KindClient, KindWorkshop, KindStakeholder, KindCompetitor, KindOpportunity, KindArgument, KindAction}

// Removed is what one delete took out of the workspace: the record with
// everything that went with it, ids included, so PutBack can restore it
// exactly. Which field holds the record depends on Kind.
type Removed struct {
	Kind string
	ID   string
	// ClientID is the client the record belonged to (the client itself for
	// KindClient); WorkshopID the workshop of an action.
	ClientID   string
	WorkshopID string
	// Name is how the record is named to the user: a client's or person's
	// name, a workshop's or action's title.
	Name string

	Account     *kam.Account      // KindClient
	Workshop    *kam.WorkshopData // KindWorkshop
	Stakeholder *kam.Stakeholder  // KindStakeholder
	Relations   []kam.Relation    // KindStakeholder: the relations that went with them
	Competitor  *kam.Competitor
	Opportunity *kam.Opportunity
	Argument    *kam.Argument
	Action      *kam.Action

	// Created holds when the record and its relations were first stored (by
	// id), so put back they keep their place in lists ordered by it.
	Created map[string]string
}

// tables are the tables of the kinds.
var tables = map[string]string{
	KindClient: "clients", KindWorkshop: "workshops", KindStakeholder: "stakeholders", KindCompetitor: "competitors",
	KindOpportunity: "opportunities", KindArgument: "arguments", KindAction: "actions",
}

// ownerQueries find the client (and workshop) a record belongs to.
var ownerQueries = map[string]string{
	KindClient:      "SELECT id, '' FROM clients WHERE id = ?",
	KindWorkshop:    "SELECT client_id, '' FROM workshops WHERE id = ?",
	KindStakeholder: "SELECT client_id, '' FROM stakeholders WHERE id = ?",
	KindCompetitor:  "SELECT client_id, '' FROM competitors WHERE id = ?",
	KindOpportunity: "SELECT client_id, '' FROM opportunities WHERE id = ?",
	KindArgument:    "SELECT client_id, '' FROM arguments WHERE id = ?",
	KindAction:      "SELECT w.client_id, a.workshop_id FROM actions a JOIN workshops w ON w.id = a.workshop_id WHERE a.id = ?",
}

// Remove deletes the record of kind with id, with everything that belongs to
// it, and returns what it took out. No other write can come between reading
// the record and deleting it, so what comes back is exactly what went.
func (db *DB) Remove(ctx context.Context, kind, id string) (Removed, error) {
	r := Removed{Kind: kind, ID: id}
	owner, ok := ownerQueries[kind]
	if !ok {
		return r, kam.Errorf(kam.EInvalid, "cannot delete a %q", kind)
	}
	if err := validID(kind, id); err != nil {
		return r, err
	}
	db.writing.Lock()
	defer db.writing.Unlock()
	err := db.db.QueryRowContext(ctx, owner, id).Scan(&r.ClientID, &r.WorkshopID)
	if err == sql.ErrNoRows {
		return r, kam.Errorf(kam.ENotFound, "%s not found", kind)
	}
	if err != nil {
		return r, err
	}
	// The whole account, read by the same code as an export, so the record
	// comes back with every field the store knows.
	acc, err := db.Account(ctx, r.ClientID)
	if err != nil {
		return r, err
	}
	if err := pick(&r, acc); err != nil {
		return r, err
	}
	err = db.writeLocked(ctx, func(tx *sql.Tx) error {
		if r.Created, err = created(ctx, tx, r); err != nil {
			return err
		}
		// The schema's cascades take what belongs to it.
		return execOne(ctx, tx, kind, "DELETE FROM "+tables[kind]+" WHERE id = ?", id)
	})
	return r, err
}

// created reads when the record and its relations were first stored.
func created(ctx context.Context, tx *sql.Tx, r Removed) (map[string]string, error) {
	out := map[string]string{}
	var at string
	if err := tx.QueryRowContext(ctx, "SELECT created_at FROM "+tables[r.Kind]+" WHERE id = ?", r.ID).Scan(&at); err != nil {
		return nil, err
	}
	out[r.ID] = at
	for _, rel := range r.Relations {
		if err := tx.QueryRowContext(ctx, "SELECT created_at FROM relations WHERE id = ?", rel.ID).Scan(&at); err != nil {
			return nil, err
		}
		out[rel.ID] = at
	}
	return out, nil
}

// keepCreated gives the put back record and relations their first stored time again.
func keepCreated(ctx context.Context, tx *sql.Tx, r Removed) error {
	for id, at := range r.Created {
		tbl := tables[r.Kind]
		if id != r.ID {
			tbl = "relations"
		}
		if _, err := tx.ExecContext(ctx, "UPDATE "+tbl+" SET created_at = ? WHERE id = ?", at, id); err != nil {
			return err
		}
	}
	return nil
}

// pick finds the record r names in its account.
func pick(r *Removed, acc kam.Account) error {
	found := false
	switch r.Kind {
	case KindClient:
		r.Account, r.Name, found = &acc, acc.Client.Name, true
	case KindWorkshop:
		if i := slices.IndexFunc(acc.Workshops, func(w kam.WorkshopData) bool { return w.ID == r.ID }); i >= 0 {
			r.Workshop, r.Name, found = &acc.Workshops[i], acc.Workshops[i].Title, true
		}
	case KindStakeholder:
		if i := slices.IndexFunc(acc.Stakeholders, func(s kam.Stakeholder) bool { return s.ID == r.ID }); i >= 0 {
			r.Stakeholder, r.Name, found = &acc.Stakeholders[i], acc.Stakeholders[i].Name, true
			for _, rel := range acc.Relations {
				if rel.From == r.ID || rel.To == r.ID {
					r.Relations = append(r.Relations, rel)
				}
			}
		}
	case KindCompetitor:
		if i := slices.IndexFunc(acc.Competitors, func(c kam.Competitor) bool { return c.ID == r.ID }); i >= 0 {
			r.Competitor, r.Name, found = &acc.Competitors[i], acc.Competitors[i].Name, true
		}
	case KindOpportunity:
		if i := slices.IndexFunc(acc.Opportunities, func(o kam.Opportunity) bool { return o.ID == r.ID }); i >= 0 {
			r.Opportunity, r.Name, found = &acc.Opportunities[i], acc.Opportunities[i].Title, true
		}
	case KindArgument:
		if i := slices.IndexFunc(acc.Arguments, func(a kam.Argument) bool { return a.ID == r.ID }); i >= 0 {
			r.Argument, r.Name, found = &acc.Arguments[i], acc.Arguments[i].Feature, true
		}
	case KindAction:
		for _, w := range acc.Workshops {
			if i := slices.IndexFunc(w.Actions, func(a kam.Action) bool { return a.ID == r.ID }); i >= 0 {
				r.Action, r.Name, found = &w.Actions[i], w.Actions[i].Title, true
			}
		}
	}
	if !found {
		return kam.Errorf(kam.ENotFound, "%s not found", r.Kind)
	}
	return nil
}

// PutBack restores what Remove took out, with the same ids. It fails with a
// conflict when the record is back already, and with not found when what it
// belonged to (its client or workshop) has been deleted since.
func (db *DB) PutBack(ctx context.Context, r Removed) error {
	if r.Kind == KindClient {
		if r.Account == nil {
			return kam.Errorf(kam.EInvalid, "nothing to put back")
		}
		return db.PutAccount(ctx, *r.Account, false)
	}
	return db.write(ctx, func(tx *sql.Tx) error {
		if ok, err := exists(ctx, tx, "clients", r.ClientID); err != nil || !ok {
			return orNotFound(err, "client")
		}
		tbl := tables[r.Kind]
		if tbl == "" {
			return kam.Errorf(kam.EInvalid, "cannot put back a %q", r.Kind)
		}
		if ok, err := exists(ctx, tx, tbl, r.ID); err != nil {
			return err
		} else if ok {
			return kam.Errorf(kam.EConflict, "%s is back already", r.Kind)
		}
		if err := putBack(ctx, db, tx, r); err != nil {
			return err
		}
		return keepCreated(ctx, tx, r)
	})
}

// putBack inserts the record of r (not a client) with what went with it.
func putBack(ctx context.Context, db *DB, tx *sql.Tx, r Removed) error {
	switch {
	case r.Kind == KindWorkshop && r.Workshop != nil:
		return db.putWorkshopData(ctx, tx, r.ClientID, *r.Workshop)
	case r.Kind == KindStakeholder && r.Stakeholder != nil:
		return db.putBackStakeholder(ctx, tx, r)
	case r.Kind == KindCompetitor && r.Competitor != nil:
		return db.insert(ctx, tx, competitors, r.ID, r.ClientID, r.Competitor.UpdatedAt, competitorValues(*r.Competitor)...)
	case r.Kind == KindOpportunity && r.Opportunity != nil:
		return db.insert(ctx, tx, opportunities, r.ID, r.ClientID, r.Opportunity.UpdatedAt, opportunityValues(*r.Opportunity)...)
	case r.Kind == KindArgument && r.Argument != nil:
		// Back to its place in the list; when another took it meanwhile, the
		// ones from there on move down one.
		var taken int
		if err := tx.QueryRowContext(ctx, "SELECT count(*) FROM arguments WHERE client_id = ? AND position = ?",
			r.ClientID, r.Argument.Position).Scan(&taken); err != nil {
			return err
		}
		if taken > 0 {
			if _, err := tx.ExecContext(ctx, "UPDATE arguments SET position = position + 1 WHERE client_id = ? AND position >= ?",
				r.ClientID, r.Argument.Position); err != nil {
				return err
			}
		}
		return db.insert(ctx, tx, arguments, r.ID, r.ClientID, r.Argument.UpdatedAt, argumentValues(*r.Argument)...)
	case r.Kind == KindAction && r.Action != nil:
		if ok, err := exists(ctx, tx, "workshops", r.WorkshopID); err != nil || !ok {
			return orNotFound(err, "workshop")
		}
		return db.insert(ctx, tx, actions, r.ID, r.WorkshopID, r.Action.UpdatedAt, actionValues(*r.Action)...)
	}
	return kam.Errorf(kam.EInvalid, "nothing to put back")
}

// putBackStakeholder restores a person and those of their relations whose
// other end is still there.
func (db *DB) putBackStakeholder(ctx context.Context, tx *sql.Tx, r Removed) error {
	if err := db.insert(ctx, tx, stakeholders, r.ID, r.ClientID, r.Stakeholder.UpdatedAt, stakeholderValues(*r.Stakeholder)...); err != nil {
		return err
	}
	for _, rel := range r.Relations {
		other := rel.From
		if other == r.ID {
			other = rel.To
		}
		ok, err := exists(ctx, tx, "stakeholders", other)
		if err != nil {
			return err
		}
		if !ok {
			continue
		}
		if taken, err := exists(ctx, tx, "relations", rel.ID); err != nil {
			return err
		} else if taken {
			continue
		}
		if err := db.insert(ctx, tx, relations, rel.ID, r.ClientID, rel.UpdatedAt, rel.From, rel.To, rel.Kind); err != nil {
			return err
		}
	}
	return nil
}
