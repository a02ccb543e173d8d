//go:build !dev

package app

// e2eOpenFile is "" outside `wails dev`: a release build always asks the
// user (see dialogs_dev.go).
func e2eOpenFile() string { return "" }
