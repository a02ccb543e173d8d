package app

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"sync"
	"time"

	"kamworkbench/internal/kam"
	"kamworkbench/internal/sqlite"
)

// How long and how many deletes the bin keeps for undo. The window offers
// the undo for about ten seconds; the bin keeps them longer, so a slow hand
// on the keyboard is never too late, and drops the oldest beyond the cap.
const (
	binKeep = 30 * time.Minute
	binCap  = 50
)

// Bin is the bound service behind "Rückgängig": every delete of the window
// goes through it, and it keeps what each one took out (in memory, for this
// session of the window), so PutBack can restore it exactly, ids included.
type Bin struct {
	db  *sqlite.DB
	now func() time.Time

	mu    sync.Mutex
	items map[string]binItem
}

type binItem struct {
	removed sqlite.Removed
	at      time.Time
}

// NewBin returns an empty bin over db.
func NewBin(db *sqlite.DB, now func() time.Time) *Bin {
	return &Bin{db: db, now: now, items: map[string]binItem{}}
}

// Deleted tells the window what a delete took out and how to undo it.
type Deleted struct {
	UndoID string `json:"undo_id"`
	Kind   string `json:"kind"`
	ID     string `json:"id"`
	Name   string `json:"name"`
}

// Restored tells the window what PutBack brought back and where it belongs.
type Restored struct {
	Kind       string `json:"kind"`
	ID         string `json:"id"`
	ClientID   string `json:"client_id"`
	WorkshopID string `json:"workshop_id,omitempty"`
	Name       string `json:"name"`
}

// remove deletes the record of kind with id and keeps it for undo.
func (b *Bin) remove(kind, id string) (Deleted, error) {
	r, err := b.db.Remove(context.Background(), kind, id)
	if err != nil {
		return Deleted{}, err
	}
	undo := newUndoID()
	b.mu.Lock()
	defer b.mu.Unlock()
	b.prune()
	b.items[undo] = binItem{removed: r, at: b.now()}
	return Deleted{UndoID: undo, Kind: r.Kind, ID: r.ID, Name: r.Name}, nil
}

// prune drops what is older than binKeep and the oldest beyond binCap; b.mu is held.
func (b *Bin) prune() {
	now := b.now()
	for k, it := range b.items {
		if now.Sub(it.at) > binKeep {
			delete(b.items, k)
		}
	}
	for len(b.items) >= binCap {
		var oldest string
		for k, it := range b.items {
			if oldest == "" || it.at.Before(b.items[oldest].at) {
				oldest = k
			}
		}
		delete(b.items, oldest)
	}
}

// PutBack undoes the delete undoID names: what it took out comes back as it
// was. An undo too late (or done already) is not found; one whose client or
// workshop has been deleted since says so.
func (b *Bin) PutBack(undoID string) (out Restored, err error) {
	defer guard(&err)
	b.mu.Lock()
	it, ok := b.items[undoID]
	if ok && b.now().Sub(it.at) > binKeep {
		delete(b.items, undoID)
		ok = false
	}
	b.mu.Unlock()
	if !ok {
		return out, kam.Errorf(kam.ENotFound, "this delete can no longer be undone")
	}
	r := it.removed
	if err := b.db.PutBack(context.Background(), r); err != nil {
		return out, err
	}
	b.mu.Lock()
	delete(b.items, undoID)
	b.mu.Unlock()
	return Restored{Kind: r.Kind, ID: r.ID, ClientID: r.ClientID, WorkshopID: r.WorkshopID, Name: r.Name}, nil
}

// newUndoID returns a random id for one delete.
func newUndoID() string {
	var b [16]byte
	_, _ = rand.Read(b[:])
	return hex.EncodeToString(b[:])
}
