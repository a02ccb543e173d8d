package app

import (
	"context"
	"time"

	"kamworkbench/internal/kam"
	"kamworkbench/internal/sqlite"
)

// Stakeholders is the bound service for a client's buying center.
type Stakeholders struct {
	db  *sqlite.DB
	bin *Bin
	now func() time.Time // the day coverage is judged on
}

// List returns a client's stakeholders.
func (s *Stakeholders) List(clientID string) (out []kam.Stakeholder, err error) {
	defer guard(&err)
	return s.db.Stakeholders(context.Background(), clientID)
}

// Save creates the stakeholder when its id is empty and updates it otherwise.
func (s *Stakeholders) Save(p kam.Stakeholder) (out kam.Stakeholder, err error) {
	defer guard(&err)
	return s.db.SaveStakeholder(context.Background(), p)
}

// Move saves map positions of one or more stakeholders at once.
func (s *Stakeholders) Move(positions []sqlite.Position) (err error) {
	defer guard(&err)
	if err := checkCount("positions", len(positions)); err != nil {
		return err
	}
	return s.db.MoveStakeholders(context.Background(), positions)
}

// Delete deletes a stakeholder and their relations; Bin.PutBack undoes it.
func (s *Stakeholders) Delete(id string) (out Deleted, err error) {
	defer guard(&err)
	return s.bin.remove(sqlite.KindStakeholder, id)
}

// Relations returns the relations between a client's stakeholders.
func (s *Stakeholders) Relations(clientID string) (out []kam.Relation, err error) {
	defer guard(&err)
	return s.db.Relations(context.Background(), clientID)
}

// SaveRelation creates the relation when its id is empty and updates it
// otherwise.
func (s *Stakeholders) SaveRelation(r kam.Relation) (out kam.Relation, err error) {
	defer guard(&err)
	return s.db.SaveRelation(context.Background(), r)
}

// DeleteRelation deletes one relation.
func (s *Stakeholders) DeleteRelation(id string) (err error) {
	defer guard(&err)
	return s.db.DeleteRelation(context.Background(), id)
}
