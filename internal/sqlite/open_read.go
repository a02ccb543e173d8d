package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"time"

	"kamworkbench/internal/kam"
)

// OpenRead opens the workspace at path for a command that only reads it
// (list, report, pdf, export, check). It never creates a workspace: a
// missing one is a not_found error. When no other process of ours holds
// the workspace, it is opened as Open does, under its lock (a stale
// write-ahead log refused, an older schema migrated). Beside the window,
// or a command that has it open, it is read while they write it. Where it
// cannot be locked or opened in place (a folder without write permission,
// a read-only or full disk), and beside a window that could not open it, a private
// copy of the file and its write-ahead log is read instead and the
// originals are never opened.
func OpenRead(ctx context.Context, path string) (*DB, error) {
	abs, err := workspacePath(path)
	if err != nil {
		return nil, err
	}
	if _, err := os.Stat(abs); errors.Is(err, fs.ErrNotExist) {
		return nil, kam.Errorf(kam.ENotFound, "there is no workspace at %s (the window creates one when it opens, and so do demo and import)", abs)
	}
	if err := inspect(abs); err != nil {
		return nil, err
	}
	deadline := time.Now().Add(lockLimit)
	for {
		lk, note, err := tryLockWorkspace(abs, HolderCommand)
		switch {
		case err != nil:
			return openCopy(ctx, abs)
		case lk != nil:
			db, err := lk.Open(ctx)
			if err == nil {
				db.lock = lk
				return db, nil
			}
			lk.Unlock()
			if c := classify(err, filepath.Dir(abs)); c == classReadOnly || c == classCantOpen || c == classFull {
				return openCopy(ctx, abs)
			}
			return nil, err
		}
		switch _, state := parseNote(note); state {
		case stateOpen:
			return openShared(ctx, abs)
		case stateProblem:
			return openCopy(ctx, abs)
		}
		if err := wait(ctx, deadline); err != nil {
			return nil, err
		}
	}
}

// openShared opens the workspace at path (absolute) beside the process
// that holds it and has it open: the write-ahead log is theirs and live, so
// it is neither checked nor checkpointed here, nothing is migrated, and the
// connection cannot write.
func openShared(ctx context.Context, path string) (*DB, error) {
	name, err := dsn(path, "?_pragma=busy_timeout(5000)&_pragma=query_only(1)")
	if err != nil {
		return nil, err
	}
	sqlDB, err := sql.Open("sqlite", name)
	if err != nil {
		return nil, openError(path, err)
	}
	sqlDB.SetMaxOpenConns(1)
	db := &DB{db: sqlDB, path: path, now: time.Now, shared: true}
	var appID, version int
	err = sqlDB.QueryRowContext(ctx, "PRAGMA application_id").Scan(&appID)
	if err == nil {
		err = sqlDB.QueryRowContext(ctx, "PRAGMA user_version").Scan(&version)
	}
	switch {
	case err != nil:
		err = openError(path, err)
	case appID != ApplicationID:
		err = kam.Errorf(kam.EInvalid, "%s is not a KAM Workbench workspace", path)
	case version > SchemaVersion():
		err = newerError(path, version)
	case version < SchemaVersion():
		err = kam.Errorf(kam.EConflict, "the workspace %s is open in an older KAM Workbench (schema %d); close it first", path, version)
	}
	if err != nil {
		sqlDB.Close()
		return nil, err
	}
	return db, nil
}

// openCopy reads a private copy of the workspace at path (absolute) and its
// write-ahead log, made in a temporary folder that Close removes; the
// originals are only read. Messages and Path name the workspace itself.
func openCopy(ctx context.Context, path string) (*DB, error) {
	dir, done, err := copyDir()
	if err != nil {
		return nil, kam.Errorf(kam.EInternal, "cannot read the workspace %s: no room for a private copy (%v)", path, plainOSError(err))
	}
	cp := filepath.Join(dir, "workspace.db")
	for _, suffix := range []string{"", "-wal"} {
		err := copyFile(path+suffix, cp+suffix)
		if suffix != "" && errors.Is(err, fs.ErrNotExist) {
			continue
		}
		if err != nil {
			done()
			return nil, kam.Errorf(kam.EInvalid, "cannot read the workspace %s: %v", path, plainOSError(err))
		}
	}
	name, err := dsn(cp, pragmas)
	if err == nil {
		err = inspect(cp)
	}
	var db *DB
	if err == nil {
		db, err = openFile(ctx, name, cp) // the copy is ours: its log is replayed into it alone
	}
	if err != nil {
		done()
		return nil, renamed(err, cp, path)
	}
	db.path, db.scratch = path, done
	return db, nil
}

// renamed returns err with the private copy's path cp in its message
// replaced by the path of the workspace it was copied from.
func renamed(err error, cp, path string) error {
	var ke *kam.Error
	if errors.As(err, &ke) {
		return &kam.Error{Code: ke.Code, Field: ke.Field, Message: strings.ReplaceAll(ke.Message, cp, path)}
	}
	return fmt.Errorf("read the workspace %s: %w", path, err)
}
