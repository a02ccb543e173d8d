package roomvote

import (
	"context"
	"errors"

	"kamworkbench/internal/kam"
)

// maxBatch caps the votes that share one commit.
const maxBatch = 64

var errStopped = errors.New("room voting stopped")

// writer stores the phones' votes. A room of phones taps at once; each
// commit waits for the disk, so the votes that arrive while one commit runs
// share the next (group commit): the last of thirty taps waits for two
// commits, not thirty. A batch the store refuses (a participant taken off
// the workshop meanwhile) is stored vote by vote, so one bad vote sinks no
// other.
type writer struct {
	store      Store
	workshopID string
	in         chan *pending
	quit       chan struct{}
	done       chan struct{}
}

type pending struct {
	v   kam.Vote
	err chan error
}

func newWriter(store Store, workshopID string) *writer {
	w := &writer{store: store, workshopID: workshopID, in: make(chan *pending),
		quit: make(chan struct{}), done: make(chan struct{})}
	go w.run()
	return w
}

// save stores v and returns once it is committed (or refused). It does not
// give up early: the caller holds the open question for as long as its vote
// may still land.
func (w *writer) save(v kam.Vote) error {
	p := &pending{v: v, err: make(chan error, 1)}
	select {
	case w.in <- p:
	case <-w.quit:
		return errStopped
	}
	return <-p.err
}

func (w *writer) run() {
	defer close(w.done)
	for {
		select {
		case p := <-w.in:
			batch := []*pending{p}
		more:
			for len(batch) < maxBatch {
				select {
				case p := <-w.in:
					batch = append(batch, p)
				default:
					break more
				}
			}
			w.commit(batch)
		case <-w.quit:
			return
		}
	}
}

func (w *writer) commit(batch []*pending) {
	ctx, cancel := context.WithTimeout(context.Background(), handlerTimeout)
	defer cancel()
	votes := make([]kam.Vote, len(batch))
	for i, p := range batch {
		votes[i] = p.v
	}
	err := w.store.SaveVotes(ctx, w.workshopID, votes)
	if err != nil && len(batch) > 1 {
		for _, p := range batch {
			p.err <- w.store.SaveVote(ctx, w.workshopID, p.v)
		}
		return
	}
	for _, p := range batch {
		p.err <- err
	}
}

// stop ends the writer once no vote is on its way.
func (w *writer) stop() {
	close(w.quit)
	<-w.done
}
