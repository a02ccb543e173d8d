package usecase

import (
	"context"
	"path/filepath"

	"kamworkbench/internal/contacts"
	"kamworkbench/internal/kam"
	"kamworkbench/internal/sqlite"
)

// ReadContacts reads a contact file (CSV or vCard) for a client: whom it
// would add (the people not on the client's map yet) and which rows or
// cards it leaves out, and why. It writes nothing.
func ReadContacts(ctx context.Context, db *sqlite.DB, clientID, path string) (kam.Client, contacts.Result, error) {
	data, err := contacts.ReadFile(path)
	if err != nil {
		return kam.Client{}, contacts.Result{}, err
	}
	client, err := db.Client(ctx, clientID)
	if kam.ErrorCode(err) == kam.ENotFound {
		err = kam.Errorf(kam.ENotFound, "there is no client with id %q in this workspace", clientID)
	}
	if err != nil {
		return client, contacts.Result{}, err
	}
	existing, err := db.Stakeholders(ctx, clientID)
	if err != nil {
		return client, contacts.Result{}, err
	}
	res, err := contacts.Parse(filepath.Base(path), data, existing)
	return client, res, err
}

// AddContacts adds people read from a contact file to a client in one
// transaction, placed on the map below the people there now
// (contacts.Place), and returns them as stored.
func AddContacts(ctx context.Context, db *sqlite.DB, clientID string, people []kam.Stakeholder) ([]kam.Stakeholder, error) {
	if len(people) == 0 {
		return []kam.Stakeholder{}, nil
	}
	existing, err := db.Stakeholders(ctx, clientID)
	if err != nil {
		return nil, err
	}
	contacts.Place(existing, people)
	return db.AddStakeholders(ctx, clientID, people)
}
