//go:build !dev

package app

// e2eOpenFile is "" outside `wails dev`: a release build always asks the
// user (see dialogs_dev.go).
func e2eOpenFile() string { return "" }

// e2eSaveDir is "" outside `wails dev`: a release build always asks where
// to save.
func e2eSaveDir() string { return "" }
