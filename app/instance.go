package app

import (
	"context"
	"crypto/sha256"
	"embed"
	"encoding/hex"
	"io/fs"
	"path/filepath"
	"time"

	"github.com/wailsapp/wails/v2"
	"github.com/wailsapp/wails/v2/pkg/options"
	"github.com/wailsapp/wails/v2/pkg/options/assetserver"
	"github.com/wailsapp/wails/v2/pkg/runtime"
)

// instanceID names the window of the workspace at path for Wails'
// single-instance lock: a second window on the same workspace reaches the
// first, while windows on other workspaces live side by side.
func instanceID(path string) string {
	if abs, err := filepath.Abs(path); err == nil {
		path = abs
	}
	sum := sha256.Sum256([]byte(path))
	return "kamworkbench-" + hex.EncodeToString(sum[:8])
}

// toFront brings the window to the front when a second one was started on
// its workspace (Wails' OnSecondInstanceLaunch).
func (s *Startup) toFront(options.SecondInstanceData) {
	s.mu.Lock()
	ctx := s.ctx
	s.mu.Unlock()
	if ctx == nil {
		return
	}
	runtime.WindowUnminimise(ctx)
	runtime.WindowShow(ctx)
}

// blankPage is all the hidden window of ToFront shows.
//
//go:embed tofront/index.html
var blankPage embed.FS

// toFrontLimit ends the hidden window of ToFront should its page never
// report ready.
const toFrontLimit = 15 * time.Second

// ToFront asks the window that has the workspace at path open to come to
// the front, through Wails' single-instance lock, and returns once it has
// asked (Wails then ends this process) or found that it cannot: on Linux
// the request travels over the D-Bus session bus, and without one a
// hidden, empty window starts and closes again. It never opens the
// workspace.
func ToFront(path string) error {
	page, err := fs.Sub(blankPage, "tofront")
	if err != nil {
		return err
	}
	return wails.Run(&options.App{
		Title:              "KAM Workbench – bereits geöffnet",
		Width:              320,
		Height:             200,
		StartHidden:        true,
		AssetServer:        &assetserver.Options{Assets: page},
		SingleInstanceLock: &options.SingleInstanceLock{UniqueId: instanceID(path)},
		OnStartup: func(ctx context.Context) {
			time.AfterFunc(toFrontLimit, func() { runtime.Quit(ctx) })
		},
		OnDomReady: func(ctx context.Context) { runtime.Quit(ctx) },
	})
}
