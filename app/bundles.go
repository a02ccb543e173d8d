package app

import (
	"context"
	"errors"
	"fmt"
	"path/filepath"
	"sync"
	"time"

	"github.com/google/uuid"

	"kamworkbench/internal/bundle"
	"kamworkbench/internal/catalog"
	"kamworkbench/internal/kam"
	"kamworkbench/internal/sqlite"
)

// Bundles is the bound service that moves a client between laptops as a
// .kamw bundle: Export writes one through a Go save dialog, Import reads one
// through a Go open dialog. Both take the same steps as the command line
// (internal/bundle).
type Bundles struct {
	db      *sqlite.DB
	cat     *catalog.Catalog
	dialogs *Dialogs
	now     func() time.Time

	mu      sync.Mutex
	pending *pendingBundle // a sound bundle that met a conflict, kept for Resolve
}

type pendingBundle struct {
	token, fileName string
	acc             kam.Account
}

// ImportStatus is the outcome of an import.
type ImportStatus string

// Outcomes of an import.
const (
	BundleImported ImportStatus = "imported"
	BundleConflict ImportStatus = "conflict"
)

// ImportConflict is the kind of conflict an import met ("" for none).
type ImportConflict string

// Kinds of conflict an import can meet.
const (
	ConflictNone    ImportConflict = ""
	ConflictClient  ImportConflict = "client"  // the client is in the workspace already: replace it or import a copy
	ConflictRecords ImportConflict = "records" // some records are stored under another client: only a copy will do
)

// BundleImport is what an import did. With Status "conflict" nothing was
// written: Conflict says why, and Resolve(Token, mode) finishes the import
// without asking for the file again. With "imported", ClientID is the client
// as written (a copy has new ids).
type BundleImport struct {
	Status     ImportStatus   `json:"status"`
	Conflict   ImportConflict `json:"conflict"`
	Token      string         `json:"token"`
	FileName   string         `json:"file_name"`
	ClientID   string         `json:"client_id"`
	ClientName string         `json:"client_name"`
	Workshops  int            `json:"workshops"`
}

// Export asks where to save the client's bundle, suggesting
// "<client>-<date>.kamw", and writes it there. It returns the path written,
// or "" when the user cancelled the dialog.
func (b *Bundles) Export(clientID string) (path string, err error) {
	defer guard(&err)
	ctx := context.Background()
	c, err := b.db.Client(ctx, clientID)
	if err != nil {
		return "", err
	}
	title := "Kunde exportieren"
	if b.lang(ctx) == "en" {
		title = "Export client"
	}
	now := b.now()
	path, err = b.dialogs.SaveFile(title, bundle.FileName(c.Name, now), bundleFilter)
	if err != nil {
		return "", fmt.Errorf("save file dialog: %w", err)
	}
	if path == "" {
		return "", nil
	}
	if err := bundle.Export(ctx, b.db, clientID, path, now, b.cat.Known()); err != nil {
		return "", err
	}
	return path, nil
}

var bundleFilter = FileFilter{DisplayName: "KAM Workbench (*.kamw)", Pattern: "*.kamw;*.KAMW"}

// Import asks for a bundle, checks all of it and writes its client in one
// transaction. mode is "" (a client that is there already is a conflict,
// reported, not an error), "replace" or "copy". A refused bundle is an
// error naming the problem and where; the workspace stays as it was. It
// returns nil when the user cancelled the dialog.
func (b *Bundles) Import(mode string) (out *BundleImport, err error) {
	defer guard(&err)
	m, err := importMode(mode, true)
	if err != nil {
		return nil, err
	}
	ctx := context.Background()
	title := "Kunde importieren"
	if b.lang(ctx) == "en" {
		title = "Import client"
	}
	path, err := b.dialogs.OpenFile(title, bundleFilter, FileFilter{DisplayName: "*", Pattern: "*"})
	if err != nil {
		return nil, fmt.Errorf("open file dialog: %w", err)
	}
	if path == "" {
		return nil, nil
	}
	acc, err := bundle.ReadFile(path, b.cat.Known())
	if err != nil {
		return nil, err
	}
	return b.put(ctx, pendingBundle{token: uuid.NewString(), fileName: filepath.Base(path), acc: acc}, m)
}

// Resolve finishes an import that met a conflict, with mode "replace" or
// "copy". A token resolves at most once.
func (b *Bundles) Resolve(token, mode string) (out *BundleImport, err error) {
	defer guard(&err)
	m, err := importMode(mode, false)
	if err != nil {
		return nil, err
	}
	b.mu.Lock()
	p := b.pending
	if p == nil || p.token != token {
		b.mu.Unlock()
		return nil, kam.Errorf(kam.ENotFound, "this import has expired; please choose the bundle again")
	}
	b.pending = nil
	b.mu.Unlock()
	return b.put(context.Background(), *p, m)
}

// Discard forgets an import that met a conflict; nothing is written.
func (b *Bundles) Discard(token string) (err error) {
	defer guard(&err)
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.pending != nil && b.pending.token == token {
		b.pending = nil
	}
	return nil
}

// put imports p's account; a conflict keeps p for Resolve.
func (b *Bundles) put(ctx context.Context, p pendingBundle, m bundle.Mode) (*BundleImport, error) {
	got, err := bundle.Import(ctx, b.db, p.acc, m)
	var clash *bundle.Conflict
	if errors.As(err, &clash) {
		out := &BundleImport{Status: BundleConflict, Conflict: ConflictClient, Token: p.token, FileName: p.fileName,
			ClientID: p.acc.Client.ID, ClientName: p.acc.Client.Name, Workshops: len(p.acc.Workshops)}
		if clash.ID != "" {
			out.Conflict = ConflictRecords
		}
		b.mu.Lock()
		b.pending = &p // only the latest is kept: a bundle may be large
		b.mu.Unlock()
		return out, nil
	}
	if err != nil {
		return nil, err
	}
	return &BundleImport{Status: BundleImported, FileName: p.fileName,
		ClientID: got.Client.ID, ClientName: got.Client.Name, Workshops: len(got.Workshops)}, nil
}

// importMode checks a mode from the UI; "" is allowed only for a first try.
func importMode(mode string, first bool) (bundle.Mode, error) {
	switch m := bundle.Mode(mode); m {
	case bundle.ModeReplace, bundle.ModeCopy:
		return m, nil
	case bundle.ModeNew:
		if first {
			return m, nil
		}
	}
	return "", kam.Invalid("mode", "%q is not an import mode; use replace or copy", mode)
}

// lang is the UI language, for the dialogs' titles.
func (b *Bundles) lang(ctx context.Context) string { return b.db.Language(ctx) }
