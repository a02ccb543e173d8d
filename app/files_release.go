//go:build !dev

package app

// e2eOpenedLog is "" outside `wails dev`: a release build always starts
// the system's handler (see files_dev.go).
func e2eOpenedLog() string { return "" }
