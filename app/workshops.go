package app

import (
	"context"
	"time"

	"kamworkbench/internal/kam"
	"kamworkbench/internal/sqlite"
)

// Workshops is the bound service for a client's workshops (rounds).
type Workshops struct {
	db  *sqlite.DB
	bin *Bin
	now func() time.Time
}

// List returns a client's workshops, oldest first.
func (s *Workshops) List(clientID string) (out []kam.Workshop, err error) {
	defer guard(&err)
	return s.db.Workshops(context.Background(), clientID)
}

// Get returns one workshop.
func (s *Workshops) Get(id string) (w kam.Workshop, err error) {
	defer guard(&err)
	return s.db.Workshop(context.Background(), id)
}

// Save creates the workshop when its id is empty and updates it otherwise.
func (s *Workshops) Save(w kam.Workshop) (out kam.Workshop, err error) {
	defer guard(&err)
	return s.db.SaveWorkshop(context.Background(), w)
}

// CreateRound starts a new workshop at w.ClientID with w's title, date,
// place, facilitator and participants (all new, whatever ids they carry);
// an empty date means today. With copyFromID it starts from that earlier
// round's answers, to be revisited.
func (s *Workshops) CreateRound(w kam.Workshop, copyFromID string) (out kam.Workshop, err error) {
	defer guard(&err)
	ctx := context.Background()
	w.ID = ""
	if w.Date == "" {
		w.Date = s.now().Format("2006-01-02")
	}
	for i := range w.Participants {
		w.Participants[i].ID = ""
	}
	if copyFromID != "" {
		prev, err := s.db.Workshop(ctx, copyFromID)
		if err != nil {
			return out, err
		}
		if prev.ClientID != w.ClientID {
			return out, kam.Errorf(kam.ENotFound, "workshop not found")
		}
	}
	return s.db.CreateRound(ctx, w, copyFromID)
}

// Delete deletes a workshop with its answers and actions; Bin.PutBack
// undoes it.
func (s *Workshops) Delete(id string) (out Deleted, err error) {
	defer guard(&err)
	return s.bin.remove(sqlite.KindWorkshop, id)
}
