package app

import (
	"context"
	"sync"
	"time"

	"github.com/wailsapp/wails/v2/pkg/runtime"
)

// The window asks the UI before it closes, so that a note typed a moment
// ago, still waiting for the pause in typing, is stored first.
const (
	// EventWindowClosing tells the UI the window is about to close: store
	// everything pending, then answer with EventWindowFlushed.
	EventWindowClosing = "window:closing"
	// EventWindowFlushed is the UI's answer: everything is stored; close.
	EventWindowFlushed = "window:flushed"
	// EventWindowStay is the UI's answer when something could not be
	// stored: keep the window open, the user decides.
	EventWindowStay = "window:stay"
)

// closeGrace is how long the window waits for a UI that does not answer
// (a blank page, a hung script) before it closes anyway.
const closeGrace = 5 * time.Second

// closer holds the window's close handshake. Wails calls beforeClose for the
// close button, runtime.Quit and a stop signal alike.
type closer struct {
	mu      sync.Mutex
	asked   bool // the UI was asked and has not answered yet
	allowed bool // the UI answered (or never will): let the window close
	timer   *time.Timer
	grace   time.Duration
	// onClose, when set, runs once the window may close, before it does
	// (room voting stops here).
	onClose func()

	// The Wails runtime, swapped in tests.
	emit  func(ctx context.Context, name string)
	on    func(ctx context.Context, name string, cb func(...any)) func()
	quit  func(ctx context.Context)
	after func(d time.Duration, f func()) *time.Timer
}

func newCloser() *closer {
	return &closer{
		grace: closeGrace,
		emit:  func(ctx context.Context, name string) { runtime.EventsEmit(ctx, name) },
		on:    runtime.EventsOn,
		quit:  runtime.Quit,
		after: time.AfterFunc,
	}
}

// startup listens for the UI's answers.
func (c *closer) startup(ctx context.Context) {
	c.on(ctx, EventWindowFlushed, func(...any) { c.allow(ctx) })
	c.on(ctx, EventWindowStay, func(...any) { c.stay() })
}

// beforeClose is Wails' OnBeforeClose: the first time it keeps the window
// open and asks the UI to store what is pending; once the UI has answered,
// or the grace period is over, it lets the window close.
func (c *closer) beforeClose(ctx context.Context) (prevent bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.allowed {
		return false
	}
	if !c.asked {
		c.asked = true
		c.timer = c.after(c.grace, func() { c.allow(ctx) })
		c.emit(ctx, EventWindowClosing)
	}
	return true
}

// allow lets the window close and closes it.
func (c *closer) allow(ctx context.Context) {
	c.mu.Lock()
	if c.allowed {
		c.mu.Unlock()
		return
	}
	c.allowed = true
	if c.timer != nil {
		c.timer.Stop()
	}
	c.mu.Unlock()
	if c.onClose != nil {
		c.onClose()
	}
	// Outside the lock: Quit runs beforeClose again, on some platforms at once.
	c.quit(ctx)
}

// stay cancels a close the UI has to ask the user about; the next click on
// the close button asks the UI again.
func (c *closer) stay() {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.allowed {
		return
	}
	c.asked = false
	if c.timer != nil {
		c.timer.Stop()
		c.timer = nil
	}
}
