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

// Save creates the workshop, with its participants, when its id is empty.
// Otherwise it updates the title, date, place and facilitator and returns
// the workshop with the participants stored now: participants change one at
// a time (AddParticipant, UpdateParticipant, RemoveParticipant), so a save
// from a stale list never drops one that a phone in the room added.
func (s *Workshops) Save(w kam.Workshop) (out kam.Workshop, err error) {
	defer guard(&err)
	if w.ID == "" {
		return s.db.SaveWorkshop(context.Background(), w)
	}
	return s.db.SaveWorkshopDetails(context.Background(), w)
}

// AddParticipant adds a participant at the end of a workshop's list and
// returns it with its new id.
func (s *Workshops) AddParticipant(workshopID string, p kam.Participant) (out kam.Participant, err error) {
	defer guard(&err)
	return s.db.AddParticipant(context.Background(), workshopID, p)
}

// UpdateParticipant changes one participant of a workshop, found by its id;
// the others and every vote stay as they are.
func (s *Workshops) UpdateParticipant(workshopID string, p kam.Participant) (out kam.Participant, err error) {
	defer guard(&err)
	return s.db.UpdateParticipant(context.Background(), workshopID, p)
}

// RemoveParticipant removes one participant of a workshop with their votes
// (the window asks first when they voted).
func (s *Workshops) RemoveParticipant(workshopID, participantID string) (err error) {
	defer guard(&err)
	return s.db.RemoveParticipant(context.Background(), workshopID, participantID)
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
