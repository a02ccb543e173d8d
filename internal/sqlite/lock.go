package sqlite

import (
	"context"
	"fmt"
	"os"
	"strings"
	"time"

	"kamworkbench/internal/filelock"
	"kamworkbench/internal/kam"
)

// Holder says who holds a workspace's lock.
type Holder string

// The holders of a workspace's lock.
const (
	HolderWindow  Holder = "window"  // the window, for as long as it runs
	HolderCommand Holder = "command" // a command of the command line, while it runs
)

// What the holder of a lock is doing with the workspace, written in the
// lock file beside the holder so that others know whether to wait.
const (
	stateOpening    = "opening"    // checking and opening the workspace
	stateOpen       = "open"       // the workspace is open and sound; its write-ahead log is live
	stateProblem    = "problem"    // the window runs without the workspace, which could not be opened
	stateRestarting = "restarting" // the window ends and a new one takes over
)

// Waiting behind another command: how often to look, and for how long at
// most before giving up.
var (
	lockPoll  = 20 * time.Millisecond
	lockLimit = 2 * time.Minute
)

// InUseError is why a workspace cannot be opened for writing: the window
// of KAM Workbench holds it. Its code is kam.EConflict.
type InUseError struct{}

func (e *InUseError) Error() string {
	return "the workspace is open in KAM Workbench; close it first"
}

// Unwrap gives the error its code for the command line and the window.
func (e *InUseError) Unwrap() error { return &kam.Error{Code: kam.EConflict, Message: e.Error()} }

// Lock is one process's claim on a workspace: an OS lock on the file
// NAME.lock beside it (flock, or LockFileEx on Windows), so that one
// process writes a workspace at a time. The window holds it for as long
// as it runs; a writing command while it runs. The OS releases it when the
// process ends in any way, so a killed process leaves no stale lock. The
// file itself stays: removing a lock file races with the next process
// opening it.
type Lock struct {
	path   string // the workspace, absolute
	f      *os.File
	holder Holder
}

// Path returns the workspace's path.
func (lk *Lock) Path() string { return lk.path }

// lockPath is the lock file of the workspace at path.
func lockPath(path string) string { return path + ".lock" }

// LockWorkspace takes the lock on the workspace at path (whose folder
// must exist) for holder. Behind another command it waits; beside the
// window it returns an *InUseError at once.
func LockWorkspace(ctx context.Context, path string, holder Holder) (*Lock, error) {
	abs, err := workspacePath(path)
	if err != nil {
		return nil, err
	}
	deadline := time.Now().Add(lockLimit)
	for {
		lk, note, err := tryLockWorkspace(abs, holder)
		if lk != nil || err != nil {
			return lk, err
		}
		if h, state := parseNote(note); h == HolderWindow && state != stateRestarting {
			return nil, &InUseError{}
		}
		if err := wait(ctx, deadline); err != nil {
			return nil, err
		}
	}
}

// wait sleeps a moment before looking at the lock again.
func wait(ctx context.Context, deadline time.Time) error {
	if time.Now().After(deadline) {
		return kam.Errorf(kam.EConflict, "the workspace is busy: another KAM Workbench command has been using it for more than %v; try again later", lockLimit)
	}
	select {
	case <-ctx.Done():
		return ctx.Err()
	case <-time.After(lockPoll):
		return nil
	}
}

// tryLockWorkspace takes the lock if it is free. When another holds it, it
// returns their note instead. An error means the lock file cannot be
// opened or locked at all (a folder without write permission, say).
func tryLockWorkspace(abs string, holder Holder) (lk *Lock, note string, err error) {
	f, err := os.OpenFile(lockPath(abs), os.O_RDWR|os.O_CREATE, 0o600)
	if err != nil {
		return nil, "", &lockFileError{path: lockPath(abs), err: err}
	}
	busy, err := filelock.TryLock(f)
	if err != nil || busy {
		f.Close()
		if err != nil {
			return nil, "", &lockFileError{path: lockPath(abs), err: err}
		}
		b, _ := os.ReadFile(lockPath(abs))
		return nil, string(b), nil
	}
	lk = &Lock{path: abs, f: f, holder: holder}
	lk.note(stateOpening)
	return lk, "", nil
}

// lockFileError is a lock file that cannot be opened or locked.
type lockFileError struct {
	path string
	err  error
}

func (e *lockFileError) Error() string {
	return fmt.Sprintf("cannot lock the workspace (%s): %v", e.path, plainOSError(e.err))
}

// Unwrap gives the error its code, and the OS error beneath.
func (e *lockFileError) Unwrap() []error {
	return []error{&kam.Error{Code: kam.EInvalid, Message: e.Error()}, e.err}
}

// note records what the holder is doing with the workspace. Others only
// read it to decide whether to wait, so a failure to write it is harmless.
func (lk *Lock) note(state string) {
	if lk == nil || lk.f == nil {
		return
	}
	_ = lk.f.Truncate(0)
	_, _ = lk.f.WriteAt([]byte(fmt.Sprintf("%s %s %d\n", lk.holder, state, os.Getpid())), 0)
}

func parseNote(note string) (Holder, string) {
	f := strings.Fields(note)
	if len(f) < 2 {
		return "", ""
	}
	return Holder(f[0]), f[1]
}

// Restarting tells others that this window ends and a new one takes over:
// a window that starts now waits for this one instead of giving up.
func (lk *Lock) Restarting() { lk.note(stateRestarting) }

// Unlock releases the lock. Unlocking twice, or a nil lock, does nothing.
func (lk *Lock) Unlock() {
	if lk == nil || lk.f == nil {
		return
	}
	_ = lk.f.Truncate(0)
	_ = filelock.Unlock(lk.f)
	_ = lk.f.Close()
	lk.f = nil
}
