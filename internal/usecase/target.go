package usecase

import (
	"os"
	"path/filepath"
	"strings"

	"kamworkbench/internal/kam"
	"kamworkbench/internal/sqlite"
)

// Target is the file an export writes, as an absolute path: never the
// workspace itself, never a folder. what names the file in messages ("PDF",
// "workbook").
func Target(db *sqlite.DB, path, what string) (string, error) {
	if path == "" {
		return "", kam.Invalid("path", "give a file name for the %s", what)
	}
	abs, err := filepath.Abs(path)
	if err != nil {
		return "", kam.Errorf(kam.EInvalid, "%s file %s: %v", what, path, err)
	}
	if abs == db.Path() {
		return "", kam.Errorf(kam.EInvalid, "the %s cannot overwrite the workspace itself", strings.ToLower(what[:1])+what[1:])
	}
	if st, err := os.Stat(abs); err == nil && st.IsDir() {
		return "", kam.Errorf(kam.EInvalid, "%s is a folder; give a file name for the %s", path, what)
	}
	return abs, nil
}
