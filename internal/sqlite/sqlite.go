// Package sqlite is the workspace store: one SQLite file holding every
// client, workshop and everything recorded about them.
package sqlite

import (
	"context"
	"database/sql"
	"embed"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/google/uuid"
	_ "modernc.org/sqlite" // the pure-Go driver

	"kamworkbench/internal/kam"
)

// ApplicationID marks a SQLite file as a KAM Workbench workspace ("KAMW").
const ApplicationID = 0x4b414d57

//go:embed migrations/*.sql
var migrationFiles embed.FS

// migrationSource holds the migrations the store applies; tests swap in a
// longer list to exercise a pending migration.
var migrationSource fs.FS = migrationFiles

// pragmas are applied by the driver to the one connection, in this order.
const pragmas = "?_pragma=busy_timeout(5000)&_pragma=journal_mode(WAL)&_pragma=synchronous(FULL)&_pragma=foreign_keys(1)&_txlock=immediate"

// dsn joins a plain file path and driver options. The driver reads
// everything after the first "?" as options, so a path holding one would
// silently open another file; it is refused instead.
//
// SQLite's own limit on a path is refused here too, with a message instead
// of "unable to open database file".
func dsn(path, options string) (string, error) {
	if strings.ContainsRune(path, '?') {
		return "", kam.Errorf(kam.EInvalid, "%s: KAM Workbench cannot use a file or folder whose name contains \"?\"; please rename it", path)
	}
	if n := len(path); n > sqliteMaxPath && runtime.GOOS != "windows" {
		return "", kam.Errorf(kam.EInvalid, "the path %s is %d bytes long, and SQLite opens files of at most %d: "+
			"move the workspace to a folder with a shorter path, or give it a shorter name", path, n, sqliteMaxPath)
	}
	return path + options, nil
}

// sqliteMaxPath is the longest path, in bytes, of a file SQLite opens on
// Linux and macOS: its 512 bytes less room for the "-journal" it appends
// (Windows has a limit of its own, which SQLite reports).
const sqliteMaxPath = 512 - len("-journal")

// MaxPath is the longest path of a workspace, in bytes, on Linux and macOS:
// SQLite must open it and the files KAM Workbench writes beside it (the
// copy a restore prepares). MaxFolder is the longest path of its folder,
// which holds the backups folder with the longest names.
const (
	MaxPath   = sqliteMaxPath - len(".restore.tmp")
	MaxFolder = sqliteMaxPath - len("/backups/kam-workbench-20060102-150405-000-before-restore.db.tmp")
)

// roomForFiles refuses a workspace path (absolute) too long for SQLite to
// open it or the files beside it, before anything is created.
func roomForFiles(abs string) error {
	if runtime.GOOS == "windows" {
		return nil
	}
	if n := len(abs); n > MaxPath {
		return kam.Errorf(kam.EInvalid, "the workspace's path is %d bytes long, and KAM Workbench works with at most %d (SQLite's limit, with room for its backups): "+
			"move it to a folder with a shorter path, or give it a shorter name (%s)", n, MaxPath, abs)
	}
	if dir := filepath.Dir(abs); len(dir) > MaxFolder {
		return kam.Errorf(kam.EInvalid, "the workspace's folder has a path of %d bytes, and KAM Workbench works with at most %d (SQLite's limit, with room for the backups in it): "+
			"move the workspace to a folder with a shorter path (%s)", len(dir), MaxFolder, dir)
	}
	return nil
}

// DB is an open workspace.
type DB struct {
	db   *sql.DB
	path string
	now  func() time.Time
	snap *sql.Tx // the read transaction of a snapshot (snapshot.go); nil otherwise

	mu   sync.Mutex // guards last
	last time.Time  // the last stamp handed out

	// writing is held by every write transaction, and by Remove from reading
	// a record until it is deleted, so no write comes in between.
	writing sync.Mutex

	full fullDisk // end-to-end tests' stand-in for a full disk (fulldisk.go)

	lock    *Lock  // the lock Close releases; nil when the caller holds it
	shared  bool   // opened beside the process that holds the workspace: for reading only
	scratch func() // removes the private copy read instead of the workspace; Close calls it
}

// Path returns the workspace file's path.
func (db *DB) Path() string { return db.path }

// BackupDir returns the folder where the workspace's backups are kept.
func (db *DB) BackupDir() string { return BackupDir(db.path) }

// BackupDir returns the backup folder of the workspace at path.
func BackupDir(path string) string { return filepath.Join(filepath.Dir(path), "backups") }

// SchemaVersion returns the newest schema version this build knows.
func SchemaVersion() int { return len(migrations()) }

// Open opens or creates the workspace at path for writing and migrates it.
// It takes the workspace's lock as a command (see LockWorkspace), which
// Close releases: beside the window it fails with an *InUseError, behind
// another command it waits. A file that is not a KAM Workbench workspace,
// comes from a newer version, or fails quick_check, alone or together with
// its write-ahead log, is refused and left untouched.
func Open(ctx context.Context, path string) (*DB, error) {
	abs, err := workspacePath(path)
	if err != nil {
		return nil, err
	}
	if err := inspect(abs); err != nil {
		return nil, err
	}
	if err := os.MkdirAll(filepath.Dir(abs), 0o700); err != nil {
		return nil, kam.Errorf(kam.EInvalid, "cannot create the folder for the workspace %s: %v", abs, plainOSError(err))
	}
	lk, err := LockWorkspace(ctx, abs, HolderCommand)
	if err != nil {
		return nil, err
	}
	db, err := lk.Open(ctx)
	if err != nil {
		lk.Unlock()
		return nil, err
	}
	db.lock = lk
	return db, nil
}

// Open opens or creates the workspace of lk, which the caller holds (the
// window, for as long as it runs), as the package's Open does. Closing the
// DB leaves the lock held.
func (lk *Lock) Open(ctx context.Context) (*DB, error) {
	lk.removeLeftovers()
	db, err := openPrivate(ctx, lk.path)
	if err != nil {
		lk.note(stateProblem)
		return nil, err
	}
	lk.note(stateOpen)
	return db, nil
}

// workspacePath returns the absolute path of the workspace at path.
func workspacePath(path string) (string, error) {
	if path == "" {
		return "", kam.Errorf(kam.EInvalid, "no workspace file given")
	}
	abs, err := filepath.Abs(path)
	if err != nil {
		return "", kam.Errorf(kam.EInvalid, "workspace %s: %v", path, err)
	}
	if _, err := dsn(abs, ""); err != nil {
		return "", err
	}
	if err := roomForFiles(abs); err != nil {
		return "", err
	}
	return abs, nil
}

// openPrivate opens or creates the database file at path (absolute), which
// no other process of ours uses: the workspace under its lock, or a file of
// our own such as a backup being prepared for restoring.
func openPrivate(ctx context.Context, path string) (*DB, error) {
	name, err := dsn(path, pragmas)
	if err != nil {
		return nil, err
	}
	if err := inspect(path); err != nil {
		return nil, err
	}
	if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
		return nil, kam.Errorf(kam.EInvalid, "cannot create the folder for the workspace %s: %v", path, plainOSError(err))
	}
	if err := checkWAL(ctx, path); err != nil {
		return nil, err
	}
	if err := ownerOnly(path); err != nil {
		return nil, err
	}
	return openFile(ctx, name, path)
}

// openFile opens the database file at path (absolute; name is its DSN) as
// it is, replaying its write-ahead log, checks it and migrates it.
func openFile(ctx context.Context, name, path string) (*DB, error) {
	sqlDB, err := sql.Open("sqlite", name)
	if err != nil {
		return nil, fmt.Errorf("open workspace: %w", err)
	}
	sqlDB.SetMaxOpenConns(1) // one writer; reads queue behind it, which is plenty for one person
	db := &DB{db: sqlDB, path: path, now: time.Now}
	if err := db.start(ctx); err != nil {
		sqlDB.Close()
		return nil, err
	}
	return db, nil
}

// Close checkpoints the write-ahead log and closes the workspace, then
// releases its lock when Open took it.
func (db *DB) Close() error {
	if !db.shared {
		// Without waiting: while another program holds the file, the log
		// stays, sound, for the next start to take in.
		_, _ = db.db.Exec("PRAGMA busy_timeout = 0")
		_, _ = db.db.Exec("PRAGMA wal_checkpoint(TRUNCATE)")
	}
	err := db.db.Close()
	db.lock.Unlock()
	db.lock = nil
	if db.scratch != nil {
		db.scratch()
	}
	return err
}

// inspect reads the header of an existing file without opening it as a
// database, so that a foreign or newer file is refused untouched.
func inspect(path string) error {
	st, err := os.Stat(path)
	if err != nil {
		// Find the nearest existing ancestor: it must be a folder.
		for dir := filepath.Dir(path); ; dir = filepath.Dir(dir) {
			if d, derr := os.Stat(dir); derr == nil {
				if !d.IsDir() {
					return kam.Errorf(kam.EInvalid, "cannot create the workspace %s: %s is a file, not a folder", path, dir)
				}
				break
			}
			if dir == filepath.Dir(dir) {
				break
			}
		}
	}
	if errors.Is(err, fs.ErrNotExist) {
		return nil
	}
	if err != nil {
		return kam.Errorf(kam.EInvalid, "cannot read the workspace %s: %v", path, err)
	}
	if st.IsDir() {
		return kam.Errorf(kam.EInvalid, "%s is a folder, not a workspace file", path)
	}
	if st.Size() == 0 {
		return nil
	}
	f, err := os.Open(path)
	if err != nil {
		return kam.Errorf(kam.EInvalid, "cannot read the workspace %s: %v", path, err)
	}
	defer f.Close()
	var h [100]byte
	if _, err := io.ReadFull(f, h[:]); err != nil || string(h[:16]) != "SQLite format 3\x00" {
		return kam.Errorf(kam.EInvalid, "%s is not a KAM Workbench workspace (not a SQLite database); it was left untouched", path)
	}
	version := int(binary.BigEndian.Uint32(h[60:64]))
	appID := binary.BigEndian.Uint32(h[68:72])
	switch {
	case appID == ApplicationID && version > SchemaVersion():
		return newerError(path, version)
	case appID == ApplicationID:
		return nil
	case appID == 0 && version == 0 && emptySchema(f):
		return nil // an empty database, or one whose first migration is still in the WAL; start checks again
	default:
		return kam.Errorf(kam.EInvalid, "%s is a SQLite database of another program, not a KAM Workbench workspace; it was left untouched", path)
	}
}

// emptySchema reports whether page 1 of a SQLite file, the schema table,
// holds no entries: a leaf page (type 13) with zero cells.
func emptySchema(f *os.File) bool {
	var p [8]byte
	if _, err := f.ReadAt(p[:], 100); err != nil {
		return false
	}
	return p[0] == 13 && p[3] == 0 && p[4] == 0
}

func newerError(path string, version int) error {
	return kam.Errorf(kam.EConflict, "%s was written by a newer KAM Workbench (schema %d; this one knows up to %d). Please update KAM Workbench; the file was left untouched", path, version, SchemaVersion())
}

// start verifies the pragmas and the file, then migrates.
func (db *DB) start(ctx context.Context) error {
	var mode string
	var fk, sync int
	if err := db.db.QueryRowContext(ctx, "PRAGMA journal_mode").Scan(&mode); err != nil {
		return openError(db.path, err)
	}
	if err := db.db.QueryRowContext(ctx, "PRAGMA foreign_keys").Scan(&fk); err != nil {
		return openError(db.path, err)
	}
	if err := db.db.QueryRowContext(ctx, "PRAGMA synchronous").Scan(&sync); err != nil {
		return openError(db.path, err)
	}
	if mode != "wal" || fk != 1 || sync != 2 {
		return fmt.Errorf("open workspace: pragmas not applied (journal_mode=%s foreign_keys=%d synchronous=%d)", mode, fk, sync)
	}
	if err := db.quickCheck(ctx); err != nil {
		return err
	}
	var appID, version, tables int
	if err := db.db.QueryRowContext(ctx, "PRAGMA application_id").Scan(&appID); err != nil {
		return openError(db.path, err)
	}
	if err := db.db.QueryRowContext(ctx, "PRAGMA user_version").Scan(&version); err != nil {
		return openError(db.path, err)
	}
	if err := db.db.QueryRowContext(ctx, "SELECT count(*) FROM sqlite_schema").Scan(&tables); err != nil {
		return openError(db.path, err)
	}
	if appID != ApplicationID && (appID != 0 || version != 0 || tables != 0) {
		return kam.Errorf(kam.EInvalid, "%s is a SQLite database of another program, not a KAM Workbench workspace; it was left untouched", db.path)
	}
	if version > SchemaVersion() {
		return newerError(db.path, version)
	}
	return db.migrate(ctx, version)
}

// quickCheck runs SQLite's quick_check and reports a damaged file.
func (db *DB) quickCheck(ctx context.Context) error {
	rows, err := db.db.QueryContext(ctx, "PRAGMA quick_check")
	if err != nil {
		return openError(db.path, err)
	}
	defer rows.Close()
	var problems []string
	for rows.Next() {
		var s string
		if err := rows.Scan(&s); err != nil {
			return openError(db.path, err)
		}
		if s != "ok" {
			problems = append(problems, s)
		}
	}
	if err := rows.Err(); err != nil {
		return openError(db.path, err)
	}
	if len(problems) > 0 {
		if len(problems) > 3 {
			problems = problems[:3]
		}
		return kam.Errorf(kam.EInvalid, "%s is damaged (%s); it was left untouched", db.path, strings.Join(problems, "; "))
	}
	return nil
}

// Check verifies the workspace's integrity and schema version.
func (db *DB) Check(ctx context.Context) error {
	if err := db.quickCheck(ctx); err != nil {
		return err
	}
	var version int
	if err := db.db.QueryRowContext(ctx, "PRAGMA user_version").Scan(&version); err != nil {
		return err
	}
	if version != SchemaVersion() {
		return kam.Errorf(kam.EInvalid, "schema version %d, want %d", version, SchemaVersion())
	}
	var violations int
	if err := db.db.QueryRowContext(ctx, "SELECT count(*) FROM pragma_foreign_key_check").Scan(&violations); err != nil {
		return err
	}
	if violations > 0 {
		return kam.Errorf(kam.EInvalid, "%d broken references between records", violations)
	}
	return nil
}

type migration struct {
	version int
	name    string
	sql     string
}

func migrations() []migration {
	names, err := fs.Glob(migrationSource, "migrations/*.sql")
	if err != nil {
		panic(err) // the pattern is constant
	}
	sort.Strings(names)
	out := make([]migration, 0, len(names))
	for i, n := range names {
		b, err := fs.ReadFile(migrationSource, n)
		if err != nil {
			panic(err) // embedded at build time
		}
		out = append(out, migration{version: i + 1, name: n, sql: string(b)})
	}
	return out
}

// migrate applies the migrations after version, each in one transaction, and
// takes a VACUUM INTO copy first when the file already holds data.
func (db *DB) migrate(ctx context.Context, version int) error {
	pending := migrations()[version:]
	if len(pending) == 0 {
		return nil
	}
	if version > 0 {
		if _, err := db.Backup(ctx, fmt.Sprintf("before-schema-%d", pending[0].version)); err != nil {
			return fmt.Errorf("back up before migrating: %w", err)
		}
	}
	for _, m := range pending {
		if err := db.apply(ctx, m); err != nil {
			return fmt.Errorf("migrate to schema %d (%s): %w", m.version, m.name, err)
		}
	}
	// Move the new header into the main file so that inspect sees it.
	_, err := db.db.ExecContext(ctx, "PRAGMA wal_checkpoint(TRUNCATE)")
	return err
}

func (db *DB) apply(ctx context.Context, m migration) error {
	tx, err := db.db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	if _, err := tx.ExecContext(ctx, m.sql); err != nil {
		return err
	}
	if _, err := tx.ExecContext(ctx, fmt.Sprintf("PRAGMA application_id = %d", ApplicationID)); err != nil {
		return err
	}
	if _, err := tx.ExecContext(ctx, fmt.Sprintf("PRAGMA user_version = %d", m.version)); err != nil {
		return err
	}
	return tx.Commit()
}

// newID returns a fresh record id.
func newID() string { return uuid.NewString() }

// validID refuses ids that cannot be ours before they reach SQL.
func validID(what, id string) error {
	if _, err := uuid.Parse(id); err != nil || len(id) != 36 {
		return kam.Errorf(kam.ENotFound, "%s not found", what)
	}
	return nil
}

// stamp returns a strictly increasing time stamp, so records written in one
// transaction keep the order they were written in.
func (db *DB) stamp() string {
	db.mu.Lock()
	defer db.mu.Unlock()
	t := db.now().UTC()
	if !t.After(db.last) {
		t = db.last.Add(time.Microsecond)
	}
	db.last = t
	return t.Format("2006-01-02T15:04:05.000000Z")
}

// write runs fn in one immediate transaction and commits it.
func (db *DB) write(ctx context.Context, fn func(tx *sql.Tx) error) error {
	db.writing.Lock()
	defer db.writing.Unlock()
	return db.writeLocked(ctx, fn)
}

// writeLocked is write for a caller that holds db.writing.
func (db *DB) writeLocked(ctx context.Context, fn func(tx *sql.Tx) error) error {
	tx, err := db.db.BeginTx(ctx, nil)
	if err != nil {
		return writeError(db.path, err)
	}
	defer tx.Rollback()
	if err := db.full.apply(ctx, tx); err != nil {
		return writeError(db.path, err)
	}
	if err := fn(tx); err != nil {
		return writeError(db.path, err)
	}
	return writeError(db.path, tx.Commit())
}

// exec runs a statement that must touch exactly one row.
func execOne(ctx context.Context, tx *sql.Tx, what, query string, args ...any) error {
	res, err := tx.ExecContext(ctx, query, args...)
	if err != nil {
		return err
	}
	n, err := res.RowsAffected()
	if err != nil {
		return err
	}
	if n == 0 {
		return kam.Errorf(kam.ENotFound, "%s not found", what)
	}
	return nil
}

// exists reports whether a row with id is in table; table is a constant.
func exists(ctx context.Context, tx *sql.Tx, table, id string) (bool, error) {
	var n int
	err := tx.QueryRowContext(ctx, "SELECT count(*) FROM "+table+" WHERE id = ?", id).Scan(&n)
	return n > 0, err
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}
