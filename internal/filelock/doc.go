// Package filelock wraps the operating system's advisory file locks
// (flock on Linux and macOS, LockFileEx on Windows): an exclusive lock on
// an open file that another open file cannot take until it is released,
// and that the system releases when the process ends in any way.
package filelock
