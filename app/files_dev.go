//go:build dev

package app

import "os"

// e2eOpenedLog is the end-to-end tests' stand-in for the system's file
// handler: under `wails dev` (build tag dev) with KAMW_E2E_OPENED=<file>
// set at startup, "Öffnen" and "Im Ordner zeigen" append the command they
// would start to that file instead of starting it. Release builds ignore
// the variable (files_release.go).
func e2eOpenedLog() string { return os.Getenv("KAMW_E2E_OPENED") }
