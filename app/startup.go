package app

import (
	"context"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"sync"

	"github.com/wailsapp/wails/v2/pkg/runtime"

	"kamworkbench/internal/catalog"
	"kamworkbench/internal/demo"
	"kamworkbench/internal/kam"
	"kamworkbench/internal/sqlite"
)

// Problem is why the workspace could not be opened at start: the window
// then runs without it, explains Message, and offers BackupName, the newest
// sound backup ("" when there is none or restoring would not help).
type Problem struct {
	Code       string `json:"code"`
	Kind       string `json:"kind"` // "damaged", "newer" or "unreadable" (problem_kind.go)
	Message    string `json:"message"`
	BackupName string `json:"backup_name"`

	backupPath string
}

// String is the problem as one line for the terminal.
func (p *Problem) String() string {
	if p.backupPath == "" {
		return p.Message
	}
	return fmt.Sprintf("%s — the newest sound backup is %s (restore it in the window, or with: kam-workbench --db WORKSPACE restore FILE)", p.Message, p.backupPath)
}

// LockWorkspace takes the window's lock on the workspace at path, creating
// its folder first, and holds it for as long as the program runs (the OS
// releases it at the end, however the program ends). A window that has the
// workspace open already makes it fail with a *sqlite.InUseError.
func LockWorkspace(ctx context.Context, path string) (*sqlite.Lock, error) {
	abs, err := filepath.Abs(path)
	if err != nil {
		return nil, kam.Errorf(kam.EInvalid, "workspace %s: %v", path, err)
	}
	if err := os.MkdirAll(filepath.Dir(abs), 0o700); err != nil {
		return nil, kam.Errorf(kam.EInvalid, "cannot create the folder for the workspace %s: %v", abs, err)
	}
	return sqlite.LockWorkspace(ctx, abs, sqlite.HolderWindow)
}

// OpenWorkspace opens the workspace of lk, which the window holds, for the
// window: a new one starts with the sample client, and an automatic backup
// is taken when the last is a day old (keeping as many as the backup_keep
// setting says; a failure is reported on warn). When the workspace cannot
// be opened, it returns the Problem instead and leaves the file as it is.
func OpenWorkspace(ctx context.Context, lk *sqlite.Lock, cat *catalog.Catalog, warn io.Writer) (*sqlite.DB, *Problem) {
	path := lk.Path()
	db, err := lk.Open(ctx)
	if err != nil {
		return nil, Diagnose(ctx, path, err)
	}
	if err := addSampleOnce(ctx, db, cat); err != nil {
		db.Close()
		return nil, Diagnose(ctx, path, fmt.Errorf("add the sample client: %w", err))
	}
	if err := db.AutoBackup(ctx, db.BackupKeep(ctx)); err != nil {
		fmt.Fprintf(warn, "kam-workbench: automatic backup failed: %s\n", kam.ErrorMessage(err))
	}
	return db, nil
}

// addSampleOnce gives a workspace the sample client the first time the
// window opens it, unless it already holds clients (made on the command
// line, say). Once offered, the sample never comes back by itself.
func addSampleOnce(ctx context.Context, db *sqlite.DB, cat *catalog.Catalog) error {
	done, err := db.Setting(ctx, "sample_offered", "")
	if err != nil || done != "" {
		return err
	}
	clients, err := db.Clients(ctx)
	if err != nil {
		return err
	}
	if len(clients) == 0 {
		acc, err := demo.Add(ctx, db, cat)
		if err != nil {
			return err
		}
		if err := db.SetSetting(ctx, welcomeSetting, welcomeTo(acc)); err != nil {
			return err
		}
	}
	return db.SetSetting(ctx, "sample_offered", "1")
}

// welcomeSetting holds where the window opens the first time: the sample's
// latest workshop, as "clientID/workshopID", until Settings.TakeWelcome.
const welcomeSetting = "welcome"

func welcomeTo(acc kam.Account) string {
	latest := acc.Workshops[0].Workshop
	for _, w := range acc.Workshops[1:] {
		if w.Workshop.Date > latest.Date {
			latest = w.Workshop
		}
	}
	return acc.Client.ID + "/" + latest.ID
}

// Diagnose describes why the workspace at path could not be opened and
// finds the newest sound backup to offer. A workspace from a newer version
// gets no offer: the fix is to update, and its data is newer than any
// backup; nor does one on a full disk or locked by another program, whose
// data is sound.
func Diagnose(ctx context.Context, path string, err error) *Problem {
	p := &Problem{Code: kam.ErrorCode(err), Message: kam.ErrorMessage(err)}
	p.Kind = problemKind(p.Code, p.Message)
	if p.Kind == ProblemNewer || p.Kind == ProblemDiskFull || p.Kind == ProblemBusy {
		return p // restoring a backup would not help
	}
	if b, ok := sqlite.NewestSoundBackup(ctx, path); ok {
		p.BackupName, p.backupPath = b.Name, b.Path
	}
	return p
}

// Startup is the bound service for how the window started: whether the
// workspace opened, and a restart once a backup was restored.
type Startup struct {
	problem *Problem // nil when the workspace opened

	mu         sync.Mutex
	ctx        context.Context // the window's, for quitting
	restored   bool            // a backup replaced the workspace; a restart opens it
	restarting func()          // tells a window started anew to wait for this one (the lock's note)
	relaunch   func() error    // starts the program anew
	quit       func(ctx context.Context)
}

func newStartup() *Startup {
	return &Startup{relaunch: relaunch, quit: runtime.Quit}
}

// startup keeps the window's context.
func (s *Startup) startup(ctx context.Context) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.ctx = ctx
	go quitOnSignal(ctx)
}

func (s *Startup) markRestored() {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.restored = true
}

// Problem returns why the workspace could not be opened; a zero Problem
// (empty message) means it is open.
func (s *Startup) Problem() (p Problem, err error) {
	defer guard(&err)
	if s.problem == nil {
		return Problem{}, nil
	}
	return *s.problem, nil
}

// Restart starts KAM Workbench anew and closes this window, once a backup
// has replaced a workspace that could not be opened.
func (s *Startup) Restart() (err error) {
	defer guard(&err)
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.problem == nil || !s.restored {
		return kam.Errorf(kam.EConflict, "there is nothing to restart for")
	}
	if s.restarting != nil {
		s.restarting()
	}
	if err := s.relaunch(); err != nil {
		return kam.Errorf(kam.EInternal, "cannot start KAM Workbench again: %v; please start it yourself", err)
	}
	if s.ctx != nil {
		s.quit(s.ctx)
	}
	return nil
}

// relaunch starts this program again with the same arguments.
func relaunch() error {
	exe, err := os.Executable()
	if err != nil {
		return err
	}
	cmd := exec.Command(exe, os.Args[1:]...)
	cmd.Stdout, cmd.Stderr = os.Stdout, os.Stderr
	return cmd.Start()
}

// workspaceProblem switches the services to the mode where the workspace
// at path could not be opened: only Startup and Backups work. lk is the
// window's lock on it, nil when even that could not be taken.
func (s *Services) workspaceProblem(path string, lk *sqlite.Lock, p *Problem) {
	if abs, err := filepath.Abs(path); err == nil {
		path = abs
	}
	s.Startup.problem = p
	s.Backups.path = path
	s.Backups.lock = lk
	if lk != nil {
		s.Startup.restarting = lk.Restarting
	}
}
