package sqlite

import (
	"errors"
	"fmt"
	"path/filepath"

	msqlite "modernc.org/sqlite"
	sqlite3 "modernc.org/sqlite/lib"

	"kamworkbench/internal/kam"
)

// What SQLite's result codes mean to a consultant. Errors are told apart
// by their code, never by their text.

// resultCode returns the extended SQLite result code in err's chain, 0
// when err is not SQLite's.
func resultCode(err error) int {
	var se *msqlite.Error
	if errors.As(err, &se) {
		return se.Code()
	}
	return 0
}

// primary returns the primary result code of an extended one.
func primary(code int) int { return code & 0xff }

// errorClass sorts SQLite's errors by what a consultant can do about them.
type errorClass int

const (
	classOther      errorClass = iota
	classFull                  // the disk where the workspace lives is full
	classBusy                  // another program holds the workspace locked
	classReadOnly              // the file, its folder or the disk cannot be written
	classCantOpen              // the file cannot be opened at all
	classDamaged               // the file is not a database, or a damaged one
	classIO                    // the disk failed to read or write
	classForeignKey            // a record refers to one that does not exist
	classDuplicate             // a record's id is taken
)

// classify returns the class of err; dir is the workspace's folder, whose
// disk is asked whether it is full when SQLite reports a disk I/O error
// (which is what a full disk gives while the -shm file grows).
func classify(err error, dir string) errorClass {
	code := resultCode(err)
	switch primary(code) {
	case 0:
		return classOther
	case sqlite3.SQLITE_FULL:
		return classFull
	case sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED:
		return classBusy
	case sqlite3.SQLITE_READONLY, sqlite3.SQLITE_PERM, sqlite3.SQLITE_AUTH:
		return classReadOnly
	case sqlite3.SQLITE_CANTOPEN:
		return classCantOpen
	case sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB:
		return classDamaged
	case sqlite3.SQLITE_IOERR:
		if dir != "" && diskFull(dir) {
			return classFull
		}
		return classIO
	case sqlite3.SQLITE_CONSTRAINT:
		switch code {
		case sqlite3.SQLITE_CONSTRAINT_FOREIGNKEY:
			return classForeignKey
		case sqlite3.SQLITE_CONSTRAINT_PRIMARYKEY, sqlite3.SQLITE_CONSTRAINT_UNIQUE:
			return classDuplicate
		}
	}
	return classOther
}

// diskFull reports whether the disk holding dir has (next to) no room
// left: less than 64 KiB, a few pages.
func diskFull(dir string) bool {
	free, err := freeSpace(dir)
	return err == nil && free < 64<<10
}

// Messages for the errors every use of the workspace can meet.
const (
	msgFull = "The disk where the workspace lives is full"
	msgBusy = "The workspace is locked by another program (a backup or sync tool, or another copy of KAM Workbench)"
)

// explain turns a SQLite error met while reading the workspace at path
// into a *kam.Error that says what happened; domain errors and anything
// else pass unchanged.
func explain(path string, err error) error {
	if err == nil || isDomain(err) {
		return err
	}
	switch classify(err, filepath.Dir(path)) {
	case classFull:
		return caused(err, kam.EDiskFull, "%s: free some space and try again; nothing saved before is lost", msgFull)
	case classBusy:
		return caused(err, kam.EBusy, "%s; try again in a moment", msgBusy)
	case classIO:
		return caused(err, kam.EInternal, "The disk where the workspace lives could not be read or written (%v)", err)
	case classDamaged:
		return caused(err, kam.EInvalid, "%s is damaged (%v); it was left untouched", path, err)
	}
	return err
}

// Explain is explain for the store's callers, who put every error they
// show through it: the command line and the window.
func Explain(path string, err error) error {
	if abs, aerr := filepath.Abs(path); aerr == nil {
		path = abs
	}
	return explain(path, err)
}

// writeError turns SQLite's errors on a write to the workspace at path into
// messages a consultant understands; domain errors pass unchanged.
func writeError(path string, err error) error {
	if err == nil || isDomain(err) {
		return err
	}
	switch classify(err, filepath.Dir(path)) {
	case classFull:
		return caused(err, kam.EDiskFull, "The disk is full: the change was not saved. Free some space and try again; everything saved before is safe")
	case classBusy:
		return caused(err, kam.EBusy, "%s: the change was not saved. Try again in a moment", msgBusy)
	case classReadOnly:
		return caused(err, kam.EInternal, "The workspace is read-only: the change was not saved")
	case classIO:
		return caused(err, kam.EInternal, "The disk where the workspace lives could not be written: the change was not saved (%v)", err)
	case classForeignKey:
		return caused(err, kam.ENotFound, "a record this change refers to does not exist (any more)")
	case classDuplicate:
		return caused(err, kam.EConflict, "a record with the same id is already in this workspace, perhaps under another client; nothing was saved")
	}
	return err
}

// openError turns an error met while opening the workspace at path into
// one that says what happened; the file is left as it is.
func openError(path string, err error) error {
	if isDomain(err) {
		return err
	}
	switch classify(err, filepath.Dir(path)) {
	case classDamaged:
		return caused(err, kam.EInvalid, "%s is damaged or not a KAM Workbench workspace (%v); it was left untouched", path, err)
	case classFull:
		return caused(err, kam.EDiskFull, "%s: KAM Workbench cannot open the workspace %s. Free some space and try again; the workspace was left untouched", msgFull, path)
	case classBusy:
		return caused(err, kam.EBusy, "%s, so it cannot be opened: %s. Close that program, or wait for it, and try again", msgBusy, path)
	case classReadOnly, classCantOpen:
		return caused(err, kam.EInvalid, "cannot open the workspace %s: %v", path, err)
	case classIO:
		return caused(err, kam.EInternal, "The disk where the workspace lives could not be read: %s (%v); it was left untouched", path, err)
	}
	return fmt.Errorf("open workspace %s: %w", path, err)
}

// isDomain reports whether err is already a message for the user.
func isDomain(err error) bool {
	var ke *kam.Error
	return errors.As(err, &ke)
}

// causedError is a message for the user with the SQLite error beneath it,
// so that callers can still tell its class (classify).
type causedError struct {
	msg   *kam.Error
	cause error
}

func (e *causedError) Error() string { return e.msg.Error() }

// Unwrap gives the message's code and the SQLite error.
func (e *causedError) Unwrap() []error { return []error{e.msg, e.cause} }

// caused returns a message for the user about cause.
func caused(cause error, code, format string, args ...any) error {
	return &causedError{msg: kam.Errorf(code, format, args...), cause: cause}
}
