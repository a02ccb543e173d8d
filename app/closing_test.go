package app

import (
	"context"
	"sync"
	"testing"
	"time"
)

// fakeRuntime records what the closer asks of the Wails runtime.
type fakeRuntime struct {
	mu       sync.Mutex
	emitted  []string
	quits    int
	handlers map[string]func(...any)
	timers   []func()
}

func newTestCloser() (*closer, *fakeRuntime) {
	rt := &fakeRuntime{handlers: map[string]func(...any){}}
	c := newCloser()
	c.emit = func(_ context.Context, name string) {
		rt.mu.Lock()
		defer rt.mu.Unlock()
		rt.emitted = append(rt.emitted, name)
	}
	c.on = func(_ context.Context, name string, cb func(...any)) func() {
		rt.handlers[name] = cb
		return func() {}
	}
	c.after = func(_ time.Duration, f func()) *time.Timer {
		rt.timers = append(rt.timers, f)
		return time.NewTimer(time.Hour)
	}
	c.quit = func(ctx context.Context) {
		rt.mu.Lock()
		rt.quits++
		rt.mu.Unlock()
		// Wails' Quit asks OnBeforeClose again before it closes.
		if c.beforeClose(ctx) {
			panic("the window was kept open after the UI allowed it to close")
		}
	}
	c.startup(context.Background())
	return c, rt
}

func TestCloseWaitsForTheUI(t *testing.T) {
	c, rt := newTestCloser()
	ctx := context.Background()
	if !c.beforeClose(ctx) {
		t.Fatal("got close at once, want the window kept open until the UI stored its edits")
	}
	if !c.beforeClose(ctx) {
		t.Fatal("a second click closed the window before the UI answered")
	}
	if got := rt.emitted; len(got) != 1 || got[0] != EventWindowClosing {
		t.Fatalf("emitted %v, want one %s", got, EventWindowClosing)
	}
	rt.handlers[EventWindowFlushed]()
	if rt.quits != 1 {
		t.Fatalf("got %d quits after the UI answered, want 1", rt.quits)
	}
	if c.beforeClose(ctx) {
		t.Fatal("the window stays open after the UI answered")
	}
	rt.handlers[EventWindowFlushed]()
	if rt.quits != 1 {
		t.Fatalf("got %d quits, want still 1", rt.quits)
	}
}

func TestCloseAnywayWhenTheUIDoesNotAnswer(t *testing.T) {
	c, rt := newTestCloser()
	c.beforeClose(context.Background())
	if len(rt.timers) != 1 {
		t.Fatalf("got %d timers, want 1", len(rt.timers))
	}
	rt.timers[0]() // the grace period is over
	if rt.quits != 1 {
		t.Fatalf("got %d quits, want 1", rt.quits)
	}
}

func TestStayKeepsTheWindowAndAsksAgain(t *testing.T) {
	c, rt := newTestCloser()
	ctx := context.Background()
	c.beforeClose(ctx)
	rt.handlers[EventWindowStay]()
	if rt.quits != 0 {
		t.Fatal("the window closed although the UI asked to stay")
	}
	if !c.beforeClose(ctx) {
		t.Fatal("the next click closed the window without asking the UI")
	}
	if len(rt.emitted) != 2 {
		t.Fatalf("emitted %v, want the UI asked twice", rt.emitted)
	}
	rt.handlers[EventWindowFlushed]()
	if rt.quits != 1 {
		t.Fatalf("got %d quits, want 1", rt.quits)
	}
}
