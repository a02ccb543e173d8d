// Package app is the desktop window: the Wails-bound services, one per
// concern, each thin — validate, call internal, map errors.
package app

import (
	"context"
	"io/fs"
	"time"

	"github.com/wailsapp/wails/v2"
	"github.com/wailsapp/wails/v2/pkg/options"
	"github.com/wailsapp/wails/v2/pkg/options/assetserver"
	"github.com/wailsapp/wails/v2/pkg/options/linux"

	"kamworkbench/internal/catalog"
	"kamworkbench/internal/sqlite"
)

// Config is what the window needs from main.
type Config struct {
	Assets  fs.FS // the built frontend
	DB      *sqlite.DB
	Catalog *catalog.Catalog
	Version string
	Icon    []byte // the window's icon on Linux (PNG); Windows and macOS take it from the package

	// Problem, when set, is why the workspace at Path could not be opened:
	// DB is nil and the window starts in the "workspace problem" mode.
	Problem *Problem
	Path    string
	// Lock is the window's lock on the workspace (LockWorkspace); nil when
	// even that could not be taken (Problem says why).
	Lock *sqlite.Lock
}

// Services are the bound services of the window.
type Services struct {
	Clients      *Clients
	Workshops    *Workshops
	Assessment   *Assessment
	Stakeholders *Stakeholders
	Intelligence *Intelligence
	Actions      *Actions
	Settings     *Settings
	Contacts     *Contacts
	Reports      *Reports
	Bundles      *Bundles
	Backups      *Backups
	Startup      *Startup
	Bin          *Bin
	RoomVoting   *RoomVoting
	Files        *Files
	Overview     *Overview

	dialogs *Dialogs
	events  *events
}

// NewServices wires every bound service to the store and the catalogue.
func NewServices(db *sqlite.DB, cat *catalog.Catalog, version string) *Services {
	dialogs := NewDialogs()
	events := newEvents()
	startup := newStartup()
	bin := NewBin(db, time.Now)
	return &Services{
		Clients:      &Clients{db: db, bin: bin},
		Workshops:    &Workshops{db: db, bin: bin, now: time.Now},
		Assessment:   &Assessment{db: db, cat: cat},
		Stakeholders: &Stakeholders{db: db, bin: bin, now: time.Now},
		Intelligence: &Intelligence{db: db, bin: bin},
		Actions:      &Actions{db: db, bin: bin, cat: cat, dialogs: dialogs, now: time.Now},
		Settings:     &Settings{db: db, version: version},
		Contacts:     NewContacts(db, dialogs),
		Reports:      &Reports{db: db, cat: cat, dialogs: dialogs, now: time.Now},
		Bundles:      &Bundles{db: db, cat: cat, dialogs: dialogs, now: time.Now},
		Backups:      &Backups{db: db, path: workspacePath(db), restored: startup.markRestored},
		Startup:      startup,
		Bin:          bin,
		RoomVoting:   &RoomVoting{db: db, cat: cat, events: events},
		Files:        NewFiles(dialogs),
		Overview:     &Overview{db: db, now: time.Now},
		dialogs:      dialogs,
		events:       events,
	}
}

// Bind lists the services for Wails.
func (s *Services) Bind() []any {
	return []any{s.Clients, s.Workshops, s.Assessment, s.Stakeholders, s.Intelligence, s.Actions, s.Settings, s.Contacts, s.Reports, s.Bundles, s.Backups, s.Startup, s.Bin, s.RoomVoting, s.Files, s.Overview}
}

// Run opens the window and blocks until it is closed.
func Run(cfg Config) error {
	svc := NewServices(cfg.DB, cfg.Catalog, cfg.Version)
	simulateFullDisk(cfg.DB)
	closer := newCloser()
	// Room voting ends with the window: no port stays open behind it.
	closer.onClose = svc.RoomVoting.shutdown
	if cfg.Problem != nil {
		svc.workspaceProblem(cfg.Path, cfg.Lock, cfg.Problem)
	}
	return wails.Run(&options.App{
		Title:            "KAM Workbench",
		Width:            1440,
		Height:           900,
		MinWidth:         1024,
		MinHeight:        680,
		BackgroundColour: &options.RGBA{R: 248, G: 249, B: 251, A: 255},
		AssetServer:      &assetserver.Options{Assets: cfg.Assets},
		OnStartup: func(ctx context.Context) {
			svc.dialogs.startup(ctx)
			svc.events.startup(ctx)
			svc.Startup.startup(ctx)
			closer.startup(ctx)
		},
		// The UI stores what was just typed before the window goes (closing.go).
		OnBeforeClose: closer.beforeClose,
		// Errors say what SQLite's codes mean: a full disk, a locked workspace.
		ErrorFormatter: func(err error) any { return FormatError(sqlite.Explain(cfg.Path, err)) },
		Bind:           svc.Bind(),
		EnumBind:       Enums(),
		// A second window on this workspace brings this one to the front
		// (ToFront), where the system lets it; the workspace's lock is what
		// keeps it from opening the workspace.
		SingleInstanceLock: &options.SingleInstanceLock{UniqueId: instanceID(cfg.Path), OnSecondInstanceLaunch: svc.Startup.toFront},
		// A non-nil Linux block would switch WebKit's GPU use on; keep it off, as
		// Wails does without one (wails#2977: blank windows on some drivers).
		Linux: &linux.Options{Icon: cfg.Icon, ProgramName: "kam-workbench", WebviewGpuPolicy: linux.WebviewGpuPolicyNever},
	})
}
