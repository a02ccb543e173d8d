package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"kamworkbench/internal/kam"
)

// checkWAL checks a workspace that has a write-ahead log beside it before
// anything opens it: SQLite replays a log into the file on open and
// checkpoints it on close, so a log that does not belong to the file (left
// by a copy, or a sync tool that moved the two apart) would destroy it.
// The file and its log are copied into a private folder and the copy is
// opened and checked there; the originals are only read. An error means
// the copy is not a sound workspace of this version, and the file and its
// log were left exactly as they were.
func checkWAL(ctx context.Context, path string) error {
	st, err := os.Stat(path + "-wal")
	if errors.Is(err, fs.ErrNotExist) || err == nil && st.Size() == 0 {
		return nil // nothing to replay
	}
	if err != nil {
		return kam.Errorf(kam.EInvalid, "cannot read the write-ahead log %s-wal: %v", path, plainOSError(err))
	}
	if _, err := os.Stat(path); errors.Is(err, fs.ErrNotExist) {
		return kam.Errorf(kam.EInvalid, "there is a write-ahead log %s-wal but no workspace %s; it was left untouched (move it away to start a new workspace there)", path, path)
	}
	dir, done, err := copyDir()
	if err != nil {
		return kam.Errorf(kam.EInternal, "cannot check the workspace %s before opening it: no room for a private copy (%v); it was left untouched", path, plainOSError(err))
	}
	defer done()
	cp := filepath.Join(dir, "workspace.db")
	for _, suffix := range []string{"", "-wal"} {
		if err := copyFile(path+suffix, cp+suffix); err != nil {
			return kam.Errorf(kam.EInternal, "cannot check the workspace %s before opening it: copying %s failed (%v); it was left untouched", path, filepath.Base(path+suffix), plainOSError(err))
		}
	}
	problem, version := checkCopy(ctx, cp)
	switch {
	case problem != "":
		return kam.Errorf(kam.EInvalid, "%s is damaged: with its write-ahead log %s-wal it is not a sound workspace (%s); both were left untouched", path, filepath.Base(path), problem)
	case version > SchemaVersion():
		return newerError(path, version)
	}
	return nil
}

// checkCopy opens the private copy at path, replaying its log, and returns
// what is wrong with it ("" when it is sound) and its schema version.
func checkCopy(ctx context.Context, path string) (problem string, version int) {
	name, err := dsn(path, "?_pragma=busy_timeout(5000)")
	if err != nil {
		return err.Error(), 0
	}
	c, err := sql.Open("sqlite", name)
	if err != nil {
		return err.Error(), 0
	}
	defer c.Close()
	rows, err := c.QueryContext(ctx, "PRAGMA quick_check")
	if err != nil {
		return err.Error(), 0
	}
	var problems []string
	for rows.Next() {
		var s string
		if err := rows.Scan(&s); err != nil {
			rows.Close()
			return err.Error(), 0
		}
		if s != "ok" && len(problems) < 3 {
			problems = append(problems, s)
		}
	}
	if err := rows.Err(); err != nil {
		problems = append(problems, err.Error())
	}
	rows.Close()
	if len(problems) > 0 {
		return strings.Join(problems, "; "), 0
	}
	var appID, tables int
	if err := c.QueryRowContext(ctx, "PRAGMA application_id").Scan(&appID); err != nil {
		return err.Error(), 0
	}
	if err := c.QueryRowContext(ctx, "PRAGMA user_version").Scan(&version); err != nil {
		return err.Error(), 0
	}
	if err := c.QueryRowContext(ctx, "SELECT count(*) FROM sqlite_schema").Scan(&tables); err != nil {
		return err.Error(), 0
	}
	if appID != ApplicationID && (appID != 0 || version != 0 || tables != 0) {
		return "not a KAM Workbench workspace", 0
	}
	return "", version
}

// copyFile copies src to a new private file dst and flushes it.
func copyFile(src, dst string) error {
	in, err := os.Open(src)
	if err != nil {
		return err
	}
	defer in.Close()
	out, err := os.OpenFile(dst, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o600)
	if err != nil {
		return err
	}
	if _, err := io.Copy(out, in); err != nil {
		out.Close()
		return err
	}
	return out.Close()
}
