//go:build !dev

package app

import "kamworkbench/internal/sqlite"

// devBuild says whether this is a `wails dev` build with the test seams.
const devBuild = false

// simulateFullDisk does nothing outside `wails dev`: a release build never
// pretends the disk is full (see fulldisk_dev.go).
func simulateFullDisk(*sqlite.DB) {}
