package app

import (
	"context"

	"kamworkbench/internal/kam"
	"kamworkbench/internal/sqlite"
)

// Clients is the bound service for the client list and client details.
type Clients struct {
	db  *sqlite.DB
	bin *Bin
}

// ClientSummary is a client as the sidebar lists it.
type ClientSummary struct {
	ID        string            `json:"id"`
	Name      string            `json:"name"`
	Industry  string            `json:"industry"`
	Location  string            `json:"location"`
	Workshops []WorkshopSummary `json:"workshops"`
}

// WorkshopSummary is a workshop as lists show it.
type WorkshopSummary struct {
	ID    string `json:"id"`
	Title string `json:"title"`
	Date  string `json:"date"`
}

// List returns every client with its workshops.
func (s *Clients) List() (out []ClientSummary, err error) {
	defer guard(&err)
	ctx := context.Background()
	clients, err := s.db.Clients(ctx)
	if err != nil {
		return nil, err
	}
	out = make([]ClientSummary, 0, len(clients))
	for _, c := range clients {
		ws, err := s.db.Workshops(ctx, c.ID)
		if err != nil {
			return nil, err
		}
		cs := ClientSummary{ID: c.ID, Name: c.Name, Industry: c.Industry, Location: c.Location, Workshops: make([]WorkshopSummary, 0, len(ws))}
		for _, w := range ws {
			cs.Workshops = append(cs.Workshops, WorkshopSummary{ID: w.ID, Title: w.Title, Date: w.Date})
		}
		out = append(out, cs)
	}
	return out, nil
}

// Get returns one client.
func (s *Clients) Get(id string) (c kam.Client, err error) {
	defer guard(&err)
	return s.db.Client(context.Background(), id)
}

// Save creates the client when its id is empty and updates it otherwise.
func (s *Clients) Save(c kam.Client) (out kam.Client, err error) {
	defer guard(&err)
	return s.db.SaveClient(context.Background(), c)
}

// Delete deletes a client with everything recorded about it; Bin.PutBack
// undoes it.
func (s *Clients) Delete(id string) (out Deleted, err error) {
	defer guard(&err)
	return s.bin.remove(sqlite.KindClient, id)
}
