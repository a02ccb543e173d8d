//go:build windows

package main

import (
	"os"
	"syscall"
)

// A Windows GUI program has no console, so headless commands started from
// cmd or PowerShell would print nothing. Attach to the parent's console when
// there is a command and output is not redirected already.
func init() {
	if len(os.Args) < 2 {
		return
	}
	if _, err := os.Stdout.Stat(); err == nil {
		return // redirected to a file or pipe: keep it
	}
	const attachParentProcess = ^uintptr(0) // (DWORD)-1
	attach := syscall.NewLazyDLL("kernel32.dll").NewProc("AttachConsole")
	if ok, _, _ := attach.Call(attachParentProcess); ok == 0 {
		return
	}
	if out, err := os.OpenFile("CONOUT$", os.O_WRONLY, 0); err == nil {
		os.Stdout, os.Stderr = out, out
	}
}
