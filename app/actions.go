package app

import (
	"context"
	"time"

	"kamworkbench/internal/catalog"
	"kamworkbench/internal/kam"
	"kamworkbench/internal/sqlite"
)

// Actions is the bound service for a workshop's action plan.
type Actions struct {
	db      *sqlite.DB
	bin     *Bin
	cat     *catalog.Catalog
	dialogs *Dialogs
	now     func() time.Time
}

// List returns a workshop's actions.
func (s *Actions) List(workshopID string) (out []kam.Action, err error) {
	defer guard(&err)
	return s.db.Actions(context.Background(), workshopID)
}

// Save creates the action when its id is empty and updates it otherwise. A
// linked question must be in the catalogue.
func (s *Actions) Save(a kam.Action) (out kam.Action, err error) {
	defer guard(&err)
	if _, ok := s.cat.Question(a.QuestionID); a.QuestionID != "" && !ok {
		return a, kam.Invalid("question_id", "%q is not a question of the catalogue", a.QuestionID)
	}
	return s.db.SaveAction(context.Background(), a)
}

// Delete deletes an action; Bin.PutBack undoes it.
func (s *Actions) Delete(id string) (out Deleted, err error) {
	defer guard(&err)
	return s.bin.remove(sqlite.KindAction, id)
}
