//go:build dev

package app

import "os"

// e2eOpenFile is the end-to-end tests' stand-in for the open-file dialog:
// under `wails dev` (build tag dev) with KAMW_E2E_OPEN_FILE set at startup
// to a file, or to several joined like PATH (":" on Linux), every open-file
// dialog answers at once with the first file its filters match (see
// pickFor). Release builds ignore the variable (dialogs_release.go).
func e2eOpenFile() string { return os.Getenv("KAMW_E2E_OPEN_FILE") }

// e2eSaveDir is the stand-in for the save-file dialog: with
// KAMW_E2E_SAVE_DIR=<folder> set at startup under `wails dev`, every save
// dialog answers with the suggested file name in that folder.
func e2eSaveDir() string { return os.Getenv("KAMW_E2E_SAVE_DIR") }
