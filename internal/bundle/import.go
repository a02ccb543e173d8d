package bundle

import (
	"context"
	"fmt"

	"kamworkbench/internal/kam"
)

// Mode says what Import does when the bundle's client is in the workspace
// already.
type Mode string

// The modes of Import.
const (
	ModeNew     Mode = ""        // refuse with a *Conflict
	ModeReplace Mode = "replace" // replace the stored client, atomically; a new client is simply added
	ModeCopy    Mode = "copy"    // import with new ids throughout, beside the original
)

// Store is the workspace Import writes to.
type Store interface {
	ClientExists(ctx context.Context, id string) (bool, error)
	ForeignID(ctx context.Context, acc kam.Account) (what, id string, err error)
	PutAccount(ctx context.Context, acc kam.Account, replace bool) error
	// PutCopy writes a copy, named by name inside the writing transaction
	// from the names taken then, and returns it as written.
	PutCopy(ctx context.Context, acc kam.Account, name func(taken func(string) bool) string) (kam.Account, error)
	Language(ctx context.Context) string // "de" or "en", for naming a copy
}

// Conflict is why Import wrote nothing although the bundle is sound: the
// bundle's client is in the workspace already (What and ID empty), or one of
// its records is stored under another client (What and ID name it), which
// only ModeCopy can resolve. Its code is kam.EConflict.
type Conflict struct {
	ClientID   string // the bundle's client
	ClientName string
	What, ID   string
}

func (c *Conflict) Error() string {
	if c.ID != "" {
		return fmt.Sprintf("the bundle's %s %s is already in this workspace under another client", c.What, c.ID)
	}
	return fmt.Sprintf("the client %q (%s) is already in this workspace", c.ClientName, c.ClientID)
}

// Unwrap gives the conflict its code for the CLI and the window.
func (c *Conflict) Unwrap() error { return &kam.Error{Code: kam.EConflict, Message: c.Error()} }

// Import writes a checked account (from Read or ReadFile) to the workspace
// in one transaction and returns it as written: with ModeCopy its ids are
// new and its client is named as a copy (see CopyName). A *Conflict, or
// any other error, means nothing was written.
func Import(ctx context.Context, st Store, acc kam.Account, mode Mode) (kam.Account, error) {
	switch mode {
	case ModeNew, ModeReplace:
	case ModeCopy:
		// New ids throughout, so nothing can clash; the name is picked in
		// the writing transaction, so copies imported at once differ.
		acc = AsCopy(acc)
		name, lang := acc.Client.Name, st.Language(ctx)
		return st.PutCopy(ctx, acc, func(taken func(string) bool) string { return CopyName(name, lang, taken) })
	default:
		return kam.Account{}, kam.Invalid("mode", "%q is not an import mode; use replace or copy", mode)
	}
	what, id, err := st.ForeignID(ctx, acc)
	if err != nil {
		return kam.Account{}, err
	}
	if id != "" {
		return kam.Account{}, &Conflict{ClientID: acc.Client.ID, ClientName: acc.Client.Name, What: what, ID: id}
	}
	if mode == ModeNew {
		exists, err := st.ClientExists(ctx, acc.Client.ID)
		if err != nil {
			return kam.Account{}, err
		}
		if exists {
			return kam.Account{}, &Conflict{ClientID: acc.Client.ID, ClientName: acc.Client.Name}
		}
	}
	if err := st.PutAccount(ctx, acc, mode == ModeReplace); err != nil {
		return kam.Account{}, err
	}
	return acc, nil
}
