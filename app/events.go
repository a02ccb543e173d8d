package app

import (
	"context"
	"sync"

	"github.com/wailsapp/wails/v2/pkg/runtime"
)

// Events the window hears from Go, named noun:verb.
const (
	// EventRoomVotingChanged carries a RoomVotingStatus: voting started or
	// stopped, a phone joined or voted, the open question moved on.
	EventRoomVotingChanged = "roomvoting:changed"
	// EventVoteStored carries a StoredVote: a phone's vote is in the
	// workspace, as if typed in the window.
	EventVoteStored = "vote:stored"
	// EventParticipantAdded carries an AddedParticipant: a phone joined
	// anonymously and so added a participant to the workshop.
	EventParticipantAdded = "participant:added"
)

// events sends Wails runtime events to the window. It needs the window's
// context, which Run hands over from OnStartup; until then, and in tests
// that swap emit, nothing reaches a window.
type events struct {
	mu   sync.Mutex
	ctx  context.Context
	emit func(ctx context.Context, name string, data ...any)
}

func newEvents() *events { return &events{emit: runtime.EventsEmit} }

func (e *events) startup(ctx context.Context) {
	e.mu.Lock()
	defer e.mu.Unlock()
	e.ctx = ctx
}

// send emits one event with its data; without a window it does nothing.
func (e *events) send(name string, data any) {
	e.mu.Lock()
	ctx, emit := e.ctx, e.emit
	e.mu.Unlock()
	if ctx == nil || emit == nil {
		return
	}
	emit(ctx, name, data)
}
