package app

import (
	"context"
	"os"
	"os/signal"
	"syscall"

	"github.com/wailsapp/wails/v2/pkg/runtime"
)

// quitOnSignal closes the window the normal way when the system asks the
// program to stop (logout, shutdown, Ctrl+C in a terminal), so the workspace
// is closed and checkpointed as on a click on the close button.
func quitOnSignal(ctx context.Context) {
	sig := make(chan os.Signal, 1)
	signal.Notify(sig, os.Interrupt, syscall.SIGTERM)
	defer signal.Stop(sig)
	select {
	case <-sig:
		runtime.Quit(ctx)
	case <-ctx.Done():
	}
}
