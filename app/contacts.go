package app

import (
	"context"
	"fmt"
	"path/filepath"
	"sync"

	"github.com/google/uuid"

	"kamworkbench/internal/contacts"
	"kamworkbench/internal/kam"
	"kamworkbench/internal/sqlite"
	"kamworkbench/internal/usecase"
)

// Contacts is the bound service for importing a contact list (CSV or vCard)
// into a client's stakeholders: Preview reads a file the user picks in a Go
// dialog and keeps what it found under a token; Commit stores exactly that;
// Discard (or never committing) writes nothing.
type Contacts struct {
	db      *sqlite.DB
	dialogs *Dialogs

	mu      sync.Mutex
	pending map[string]pendingImport
	order   []string // tokens, oldest first
}

// NewContacts returns the contact import of the window.
func NewContacts(db *sqlite.DB, dialogs *Dialogs) *Contacts {
	return &Contacts{db: db, dialogs: dialogs, pending: map[string]pendingImport{}}
}

type pendingImport struct {
	clientID string
	people   []kam.Stakeholder
}

// maxPending caps previews kept in memory; the oldest is dropped first.
const maxPending = 8

// ContactPreview is what a contact file would add, shown before anything is
// written. Token names it for Commit.
type ContactPreview struct {
	Token    string            `json:"token"`
	FileName string            `json:"file_name"`
	Format   string            `json:"format"`
	Encoding string            `json:"encoding"`
	People   []kam.Stakeholder `json:"people"`
	// Problems are the rows or cards not added, and why (contacts.Problem).
	Problems []contacts.Problem `json:"problems"`
}

// Preview asks the user for a contact file, reads it and returns what it
// would add to the client, writing nothing. People already on the client's
// map are not added again (see contacts.Parse). It returns nil when the user
// cancels the dialog.
func (c *Contacts) Preview(clientID string) (out *ContactPreview, err error) {
	defer guard(&err)
	ctx := context.Background()
	if _, err := c.db.Client(ctx, clientID); err != nil {
		return nil, err
	}
	path, err := c.dialogs.OpenFile("Kontakte importieren / Import contacts",
		FileFilter{DisplayName: "CSV, vCard (*.csv, *.txt, *.vcf)", Pattern: "*.csv;*.CSV;*.txt;*.TXT;*.vcf;*.VCF;*.vcard"},
		FileFilter{DisplayName: "*", Pattern: "*"},
	)
	if err != nil {
		return nil, fmt.Errorf("open file dialog: %w", err)
	}
	if path == "" {
		return nil, nil
	}
	// What the command line's import reads and adds, with the same checks.
	_, res, err := usecase.ReadContacts(ctx, c.db, clientID, path)
	if err != nil {
		return nil, err
	}
	out = &ContactPreview{
		Token: uuid.NewString(), FileName: filepath.Base(path), Format: res.Format, Encoding: res.Encoding,
		People: res.People, Problems: res.Problems,
	}
	if out.People == nil {
		out.People = []kam.Stakeholder{}
	}
	if out.Problems == nil {
		out.Problems = []contacts.Problem{}
	}
	c.keep(out.Token, pendingImport{clientID: clientID, people: res.People})
	return out, nil
}

// Commit adds the people of a preview to its client in one transaction,
// placed on the map below the people already there (contacts.Place, as
// the command line does), and returns them as stored. A token commits at
// most once.
func (c *Contacts) Commit(token string) (out []kam.Stakeholder, err error) {
	defer guard(&err)
	p, ok := c.take(token)
	if !ok {
		return nil, kam.Errorf(kam.ENotFound, "this import preview has expired; please choose the file again")
	}
	return usecase.AddContacts(context.Background(), c.db, p.clientID, p.people)
}

// Discard forgets a preview without writing anything.
func (c *Contacts) Discard(token string) (err error) {
	defer guard(&err)
	c.take(token)
	return nil
}

func (c *Contacts) keep(token string, p pendingImport) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.pending[token] = p
	c.order = append(c.order, token)
	for len(c.order) > maxPending {
		delete(c.pending, c.order[0])
		c.order = c.order[1:]
	}
}

func (c *Contacts) take(token string) (pendingImport, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	p, ok := c.pending[token]
	if ok {
		delete(c.pending, token)
		for i, t := range c.order {
			if t == token {
				c.order = append(c.order[:i], c.order[i+1:]...)
				break
			}
		}
	}
	return p, ok
}
