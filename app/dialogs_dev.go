//go:build dev

package app

import "os"

// e2eOpenFile is the end-to-end tests' stand-in for the open-file dialog:
// under `wails dev` (build tag dev) with KAMW_E2E_OPEN_FILE=<path> set at
// startup, every open-file dialog answers with that file at once. Release
// builds ignore the variable (dialogs_release.go).
func e2eOpenFile() string { return os.Getenv("KAMW_E2E_OPEN_FILE") }
