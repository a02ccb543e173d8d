package app

import (
	"os"
	"os/exec"
	"path/filepath"
	"runtime"

	"kamworkbench/internal/kam"
)

// Files is the bound service behind "Öffnen" and "Im Ordner zeigen" after an
// export: it hands the file the window saved last to the system, to open
// with its usual program or to show in the file manager. Like every bound
// method it takes no path from the UI: it opens only what this window's
// save dialog named last (Dialogs.LastSaved), so the UI can never make it
// open or run anything else.
type Files struct {
	dialogs *Dialogs
	// start hands a command to the system without waiting for it; `wails
	// dev` swaps it for a log when KAMW_E2E_OPENED is set (files_dev.go).
	start func(name string, args ...string) error
	goos  string
}

// NewFiles returns the service over the window's dialogs.
func NewFiles(dialogs *Dialogs) *Files {
	f := &Files{dialogs: dialogs, start: startCommand, goos: runtime.GOOS}
	if log := e2eOpenedLog(); log != "" {
		f.start = func(name string, args ...string) error { return logCommand(log, name, args) }
	}
	return f
}

// OpenSaved opens the file the last export saved with the system's
// program for it (the PDF viewer, Excel…).
func (f *Files) OpenSaved() (err error) {
	defer guard(&err)
	return f.hand(false)
}

// ShowSaved shows the file the last export saved in the system's file
// manager, selected where the system can do that.
func (f *Files) ShowSaved() (err error) {
	defer guard(&err)
	return f.hand(true)
}

func (f *Files) hand(folder bool) error {
	path := f.dialogs.LastSaved()
	if path == "" {
		return kam.Errorf(kam.ENotFound, "this window has saved no file yet")
	}
	if _, err := os.Stat(path); err != nil {
		return kam.Errorf(kam.ENotFound, "the file %s is no longer there", filepath.Base(path))
	}
	name, args := openCommand(f.goos, path, folder)
	if err := f.start(name, args...); err != nil {
		return kam.Errorf(kam.EInternal, "could not start %s: %v", name, err)
	}
	return nil
}

// openCommand is the system's command that opens path with its program,
// or, with folder set, shows it in the file manager.
func openCommand(goos, path string, folder bool) (string, []string) {
	switch goos {
	case "windows":
		if folder {
			return "explorer.exe", []string{"/select," + path}
		}
		return "rundll32.exe", []string{"url.dll,FileProtocolHandler", path}
	case "darwin":
		if folder {
			return "open", []string{"-R", path}
		}
		return "open", []string{path}
	default: // Linux and the BSDs: the desktop's handler
		if folder {
			return "xdg-open", []string{filepath.Dir(path)}
		}
		return "xdg-open", []string{path}
	}
}

// startCommand starts the command and reaps it in the background: a viewer
// may stay open long after, and explorer.exe exits with 1 on success.
func startCommand(name string, args ...string) error {
	cmd := exec.Command(name, args...)
	if err := cmd.Start(); err != nil {
		return err
	}
	go func() { _ = cmd.Wait() }()
	return nil
}

// logCommand appends the command, one argument per tab-separated field, to
// the file log instead of starting it (the end-to-end tests' stand-in).
func logCommand(log, name string, args []string) error {
	fh, err := os.OpenFile(log, os.O_WRONLY|os.O_APPEND|os.O_CREATE, 0o600)
	if err != nil {
		return err
	}
	line := name
	for _, a := range args {
		line += "\t" + a
	}
	if _, err := fh.WriteString(line + "\n"); err != nil {
		_ = fh.Close()
		return err
	}
	return fh.Close()
}
