//go:build dev

package app

import (
	"os"
	"strings"

	"kamworkbench/internal/sqlite"
)

// devBuild says whether this is a `wails dev` build with the test seams.
const devBuild = true

// simulateFullDisk is the end-to-end tests' stand-in for a full disk: under
// `wails dev` (build tag dev) with KAMW_E2E_DISKFULL_FILE=<file> set at
// startup, every write first reads that file, and while it says "full" the
// workspace cannot grow, so saves fail with disk_full as on a full disk.
// Release builds ignore the variable (fulldisk_release.go).
func simulateFullDisk(db *sqlite.DB) {
	file := os.Getenv("KAMW_E2E_DISKFULL_FILE")
	if db == nil || file == "" {
		return
	}
	db.SimulateFullDisk(func() bool { return diskFullSaid(file) })
}

// diskFullSaid reports whether the file says "full"; a missing file says
// there is room.
func diskFullSaid(file string) bool {
	b, err := os.ReadFile(file)
	return err == nil && strings.TrimSpace(string(b)) == "full"
}
