package app

import (
	"context"
	"path/filepath"
	"strings"
	"sync"

	"github.com/wailsapp/wails/v2/pkg/runtime"
)

// FileFilter narrows a file dialog to some kinds of file, as in
// {"CSV (*.csv)", "*.csv"}.
type FileFilter = runtime.FileFilter

// Dialogs opens the native file dialogs. The Wails runtime needs the
// window's startup context, which Run hands over from OnStartup; bound
// methods go through Dialogs, so the UI never names a path itself.
type Dialogs struct {
	ctx context.Context
	// openFile asks the user for a file and returns "" when they cancel.
	// `wails dev` swaps it for fixed files when KAMW_E2E_OPEN_FILE is set
	// (see dialogs_dev.go and pickFor), since an end-to-end test cannot
	// drive a native dialog.
	openFile func(ctx context.Context, opts runtime.OpenDialogOptions) (string, error)
	// saveFile asks where to save a file and returns "" when they cancel.
	// `wails dev` swaps it for a folder when KAMW_E2E_SAVE_DIR is set: the
	// suggested name in that folder, at once.
	saveFile func(ctx context.Context, opts runtime.SaveDialogOptions) (string, error)

	mu sync.Mutex
	// lastSaved is the file the save dialog named last: the one Files opens.
	lastSaved string
}

// NewDialogs returns the dialogs of the window, ready once started.
func NewDialogs() *Dialogs {
	d := &Dialogs{openFile: runtime.OpenFileDialog, saveFile: runtime.SaveFileDialog}
	if paths := filepath.SplitList(e2eOpenFile()); len(paths) > 0 {
		d.openFile = func(_ context.Context, opts runtime.OpenDialogOptions) (string, error) {
			return pickFor(opts.Filters, paths), nil
		}
	}
	if dir := e2eSaveDir(); dir != "" {
		d.saveFile = func(_ context.Context, opts runtime.SaveDialogOptions) (string, error) {
			return filepath.Join(dir, filepath.Base(opts.DefaultFilename)), nil
		}
	}
	return d
}

// pickFor answers an open dialog from the end-to-end tests' list of files:
// the first whose name one of the dialog's filters matches (a contact list
// for the contact import, a bundle for the client import), else the first.
func pickFor(filters []FileFilter, paths []string) string {
	for _, p := range paths {
		for _, f := range filters {
			for _, pat := range strings.Split(f.Pattern, ";") {
				if pat = strings.TrimSpace(pat); pat == "" || pat == "*" {
					continue
				}
				if ok, _ := filepath.Match(pat, filepath.Base(p)); ok {
					return p
				}
			}
		}
	}
	return paths[0]
}

// startup keeps the window's context for the runtime calls.
func (d *Dialogs) startup(ctx context.Context) { d.ctx = ctx }

// OpenFile asks the user to pick one file to read; "" means they cancelled.
func (d *Dialogs) OpenFile(title string, filters ...FileFilter) (string, error) {
	ctx := d.ctx
	if ctx == nil {
		ctx = context.Background()
	}
	return d.openFile(ctx, runtime.OpenDialogOptions{Title: title, Filters: filters})
}

// SaveFile asks the user where to save a file, suggesting name; "" means
// they cancelled. The path returned is absolute and has the extension of
// name when the dialog left it to the user.
func (d *Dialogs) SaveFile(title, name string, filters ...FileFilter) (string, error) {
	ctx := d.ctx
	if ctx == nil {
		ctx = context.Background()
	}
	path, err := d.saveFile(ctx, runtime.SaveDialogOptions{
		Title: title, DefaultFilename: name, Filters: filters, CanCreateDirectories: true,
	})
	if err != nil || path == "" {
		return "", err
	}
	if filepath.Ext(path) == "" { // some dialogs leave the extension to the user
		path += filepath.Ext(name)
	}
	if path, err = filepath.Abs(path); err != nil {
		return "", err
	}
	d.mu.Lock()
	defer d.mu.Unlock()
	d.lastSaved = path
	return path, nil
}

// LastSaved is the file the save dialog named last in this session; "" when
// it named none.
func (d *Dialogs) LastSaved() string {
	d.mu.Lock()
	defer d.mu.Unlock()
	return d.lastSaved
}
