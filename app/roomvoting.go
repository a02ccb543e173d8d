package app

import (
	"context"
	"net"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"kamworkbench/internal/catalog"
	"kamworkbench/internal/kam"
	"kamworkbench/internal/roomvote"
	"kamworkbench/internal/sqlite"
)

// RoomVoting is the bound service for voting from phones in the room: it
// starts the voting server for a workshop (internal/roomvote), moves the
// open question along with the facilitator, reveals, reports how far the
// room is, and stops. The window listens on nothing until Start, and on
// nothing again after Stop, when another workshop starts voting, or when
// the window closes.
type RoomVoting struct {
	db     *sqlite.DB
	cat    *catalog.Catalog
	events *events

	mu   sync.Mutex
	room *room // nil while voting is off
}

// RoomVotingStatus is what the window shows of room voting: off, or on for
// a workshop with the address and code to join, the QR code, the networks
// the laptop could offer instead, and how far the room is on the open
// question.
type RoomVotingStatus struct {
	On         bool               `json:"on"`
	WorkshopID string             `json:"workshop_id"`
	Lang       string             `json:"lang"`
	URL        string             `json:"url"`
	Address    string             `json:"address"`
	Code       string             `json:"code"`
	QR         string             `json:"qr"`
	Networks   []roomvote.Network `json:"networks"`
	QuestionID string             `json:"question_id"`
	Revealed   bool               `json:"revealed"`
	Phones     int                `json:"phones"`
	Voted      int                `json:"voted"`
	CodeDead   bool               `json:"code_dead"`
}

// StoredVote is a phone's vote, stored in a workshop.
type StoredVote struct {
	WorkshopID string   `json:"workshop_id"`
	Vote       kam.Vote `json:"vote"`
}

// AddedParticipant is a participant a phone added by joining anonymously.
type AddedParticipant struct {
	WorkshopID  string          `json:"workshop_id"`
	Participant kam.Participant `json:"participant"`
}

// room is one running session and what the window needs of it.
type room struct {
	workshopID string
	lang       string
	addr       string // the address offered, without the port
	events     *events
	srv        atomic.Pointer[roomvote.Server]
	info       roomvote.Info
}

// stopTimeout is how long a stop waits for requests in flight.
const stopTimeout = 3 * time.Second

// Start starts voting for a workshop in lang (the page's language, "de" or
// "en") on the address addr, one of the status's networks ("" takes the
// best). Voting on for another workshop is stopped first; already on for
// this one on the address asked for, Start only reports.
func (s *RoomVoting) Start(workshopID, lang, addr string) (st RoomVotingStatus, err error) {
	defer guard(&err)
	if _, err := s.db.Workshop(context.Background(), workshopID); err != nil {
		return st, err
	}
	lang = pageLang(lang)
	s.mu.Lock()
	defer s.mu.Unlock()
	if r := s.room; r != nil {
		if r.workshopID == workshopID && r.lang == lang && (addr == "" || addr == r.addr) {
			return r.status(), nil
		}
		s.stopLocked()
	}
	r := &room{workshopID: workshopID, lang: lang, events: s.events}
	srv, err := roomvote.Start(roomvote.Config{
		WorkshopID: workshopID, Store: s.db, Lang: lang, Addr: addr,
		Hooks: roomvote.Hooks{Voted: r.voted, Joined: r.joined},
	})
	if err != nil {
		return st, err
	}
	if r.info, err = srv.Info(); err != nil {
		stopServer(srv)
		return st, err
	}
	r.addr, _, _ = net.SplitHostPort(srv.Addr())
	r.srv.Store(srv)
	s.room = r
	st = r.status()
	s.events.send(EventRoomVotingChanged, st)
	return st, nil
}

// Stop ends voting; with voting off it does nothing.
func (s *RoomVoting) Stop() (err error) {
	defer guard(&err)
	s.mu.Lock()
	defer s.mu.Unlock()
	s.stopLocked()
	return nil
}

// shutdown ends voting as the window closes.
func (s *RoomVoting) shutdown() {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.stopLocked()
}

func (s *RoomVoting) stopLocked() {
	r := s.room
	if r == nil {
		return
	}
	s.room = nil
	stopServer(r.srv.Load())
	s.events.send(EventRoomVotingChanged, RoomVotingStatus{})
}

func stopServer(srv *roomvote.Server) {
	ctx, cancel := context.WithTimeout(context.Background(), stopTimeout)
	defer cancel()
	_ = srv.Stop(ctx) // past the timeout the connections are cut: the port is closed either way
}

// Open makes a question of the catalogue the one the phones rate (""
// for none); votes on any other are refused from now on.
func (s *RoomVoting) Open(workshopID, questionID string) (st RoomVotingStatus, err error) {
	defer guard(&err)
	s.mu.Lock()
	defer s.mu.Unlock()
	r, err := s.roomFor(workshopID)
	if err != nil {
		return st, err
	}
	var q *roomvote.Question
	if questionID != "" {
		cq, ok := s.cat.Question(questionID)
		if !ok {
			return st, kam.Invalid("question_id", "%q is not a question of the catalogue", questionID)
		}
		q = &roomvote.Question{ID: cq.ID, Text: cq.Text.In(r.lang), Guide: map[string]string{
			"0": cq.Guide.Zero.In(r.lang), "2": cq.Guide.Two.In(r.lang), "4": cq.Guide.Four.In(r.lang)}}
	}
	r.srv.Load().Open(q)
	st = r.status()
	s.events.send(EventRoomVotingChanged, st)
	return st, nil
}

// Reveal marks the open question's results as shown to the room.
func (s *RoomVoting) Reveal(workshopID, questionID string) (st RoomVotingStatus, err error) {
	defer guard(&err)
	s.mu.Lock()
	defer s.mu.Unlock()
	r, err := s.roomFor(workshopID)
	if err != nil {
		return st, err
	}
	if cur := r.srv.Load().Status().QuestionID; cur == "" || cur != questionID {
		return st, kam.Errorf(kam.EConflict, "this question is not the one open for voting")
	}
	r.srv.Load().Reveal()
	st = r.status()
	s.events.send(EventRoomVotingChanged, st)
	return st, nil
}

// Status reports room voting: off (the zero status) or on, and how far.
func (s *RoomVoting) Status() (st RoomVotingStatus, err error) {
	defer guard(&err)
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.room == nil {
		return st, nil
	}
	return s.room.status(), nil
}

func (s *RoomVoting) roomFor(workshopID string) (*room, error) {
	if s.room == nil || s.room.workshopID != workshopID {
		return nil, kam.Errorf(kam.EConflict, "room voting is not on for this workshop")
	}
	return s.room, nil
}

func (r *room) status() RoomVotingStatus {
	st := r.srv.Load().Status()
	return RoomVotingStatus{
		On: true, WorkshopID: r.workshopID, Lang: r.lang,
		URL: r.info.URL, Address: r.info.Address, Code: r.info.Code, QR: r.info.QR, Networks: r.info.Networks,
		QuestionID: st.QuestionID, Revealed: st.Revealed, Phones: st.Phones, Voted: st.Voted, CodeDead: st.CodeDead,
	}
}

// voted and joined are the server's hooks: they run on its goroutines and
// take no lock of the service (Stop holds it while the server shuts down).
func (r *room) voted(v kam.Vote) {
	if r.srv.Load() == nil {
		return
	}
	r.events.send(EventVoteStored, StoredVote{WorkshopID: r.workshopID, Vote: v})
	r.events.send(EventRoomVotingChanged, r.status())
}

func (r *room) joined(p kam.Participant, added bool) {
	if r.srv.Load() == nil {
		return
	}
	if added {
		r.events.send(EventParticipantAdded, AddedParticipant{WorkshopID: r.workshopID, Participant: p})
	}
	r.events.send(EventRoomVotingChanged, r.status())
}

// pageLang is the phones' language: English for "en…", German otherwise.
func pageLang(lang string) string {
	if strings.HasPrefix(strings.ToLower(lang), "en") {
		return "en"
	}
	return "de"
}
