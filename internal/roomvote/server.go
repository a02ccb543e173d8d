// Package roomvote is voting from phones in the room: a small HTTP server on
// the laptop's local network, started for one workshop and stopped again,
// that serves a voting page, lets a phone join as a participant of the
// workshop (or as an anonymous one) and takes its votes on the question the
// facilitator has open. DESIGN.md's "Room voting" is the contract.
//
// What a phone can reach: the page and its join endpoint (which trades the
// 6-digit code for the session's secret); with the secret in the address,
// the participant names, the open question's text (live, as server-sent
// events or by polling) and the vote. Nothing else of the workspace. Every
// request is capped in size, rate and time; the server makes no outgoing
// connection.
package roomvote

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"net/url"
	"slices"
	"sync"
	"time"

	"golang.org/x/net/netutil"

	"kamworkbench/internal/kam"
)

// Store is what the server needs of the workspace: the workshop's
// participants, adding an anonymous one, and storing a vote (the same
// SaveVote as a vote typed in the window; SaveVotes for several in one
// transaction).
type Store interface {
	Workshop(ctx context.Context, id string) (kam.Workshop, error)
	AddParticipant(ctx context.Context, workshopID string, p kam.Participant) (kam.Participant, error)
	SaveVote(ctx context.Context, workshopID string, v kam.Vote) error
	SaveVotes(ctx context.Context, workshopID string, votes []kam.Vote) error
}

// Question is the question open for voting as the phones show it, in the
// workshop's language: its text and what ratings 0, 2 and 4 look like.
type Question struct {
	ID    string            `json:"id"`
	Text  string            `json:"text"`
	Guide map[string]string `json:"guide,omitempty"`
}

// Hooks tell the window what happened; each is called outside the server's
// locks and may be nil.
type Hooks struct {
	// Voted follows a stored vote.
	Voted func(v kam.Vote)
	// Joined follows a phone's join; added is true when the phone joined
	// anonymously and so added a participant to the workshop.
	Joined func(p kam.Participant, added bool)
}

// Config starts a session.
type Config struct {
	WorkshopID string
	Store      Store
	// Lang is the workshop's language, the page's: "de" or "en".
	Lang string
	// Addr is the address to offer, one of the Networks; "" takes the
	// best. KAMW_VOTE_ADDR, when set, wins over both.
	Addr  string
	Hooks Hooks

	// Interfaces lists the network interfaces (SystemInterfaces unless a
	// test says otherwise); Now is the clock of the rate limits.
	Interfaces func() ([]Interface, error)
	Now        func() time.Time
}

// Limits of a session.
const (
	maxBody         = 1 << 10 // bytes of a request body
	maxHeader       = 8 << 10
	handlerTimeout  = 5 * time.Second
	maxPhones       = 300 // phones that may join one session
	maxAnonymous    = 100 // participants anonymous joins may add
	maxStreams      = 300 // live connections at once
	maxStreamsPerIP = 8
	maxConns        = 512             // open connections at once; more wait to be accepted
	streamLifetime  = 5 * time.Minute // then the page reconnects
	streamPing      = 20 * time.Second
	writeTimeout    = 10 * time.Second
)

// Server is one running session.
type Server struct {
	cfg      Config
	gate     *gate
	host     string // "address:port", as the phones send it in Host
	networks []Network
	srv      *http.Server
	writer   *writer
	served   chan struct{} // closed when Serve has returned
	done     chan struct{} // closed when the session stops
	stopOnce sync.Once
	stopErr  error

	// mu guards the open question. A vote holds it for reading while it is
	// stored, so moving on waits for votes in flight: a vote is stored only
	// while its question is open.
	mu       sync.RWMutex
	seq      int
	open     *Question
	revealed bool

	// joinMu lets one phone join at a time.
	joinMu sync.Mutex

	// pmu guards the phones and who voted on the open question.
	pmu       sync.Mutex
	phones    map[string]*phone
	voted     map[string]bool // participant ids
	anonymous int
	subs      map[chan struct{}]struct{}
	streams   map[string]int // live streams per address

	perIP, perPhone, codes, joins *limiter
}

// phone is one joined phone: the participant it votes as.
type phone struct {
	participant kam.Participant
	anonymous   bool
}

// Info is what the projector shows: the address with the secret (for the
// QR code), the short address and code for typing, and the QR code.
type Info struct {
	URL      string    `json:"url"`
	Address  string    `json:"address"`
	Code     string    `json:"code"`
	QR       string    `json:"qr"`
	Networks []Network `json:"networks"`
}

// Status is how far the room is: phones joined, and the votes on the open
// question.
type Status struct {
	QuestionID string `json:"question_id"`
	Revealed   bool   `json:"revealed"`
	Phones     int    `json:"phones"`
	Voted      int    `json:"voted"`
	CodeDead   bool   `json:"code_dead"`
}

// Error is a session that could not start, with a kind the window says in
// the user's words: "no_network" (no local network to offer), "network"
// (the address asked for is not one of them), "listen" (the system refused
// the port).
type Error struct {
	Kind string
	Err  error
}

func (e *Error) Error() string     { return e.Err.Error() }
func (e *Error) Unwrap() error     { return e.Err }
func (e *Error) ErrorKind() string { return e.Kind }

// Start opens a session for a workshop: it picks the address, listens on a
// port the system chooses and serves until Stop.
func Start(cfg Config) (*Server, error) {
	if cfg.Store == nil || cfg.WorkshopID == "" {
		return nil, errors.New("room voting: no workshop")
	}
	if cfg.Interfaces == nil {
		cfg.Interfaces = SystemInterfaces
	}
	if cfg.Now == nil {
		cfg.Now = time.Now
	}
	addr, nets, err := chooseAddr(cfg)
	if err != nil {
		return nil, err
	}
	g, err := newGate()
	if err != nil {
		return nil, err
	}
	ln, err := net.Listen("tcp", net.JoinHostPort(addr, "0"))
	if err != nil {
		return nil, &Error{Kind: "listen", Err: kam.Errorf(kam.EConflict, "cannot listen on %s: %v", addr, err)}
	}
	s := &Server{
		cfg:      cfg,
		gate:     g,
		host:     ln.Addr().String(),
		networks: nets,
		served:   make(chan struct{}),
		done:     make(chan struct{}),
		phones:   map[string]*phone{},
		voted:    map[string]bool{},
		subs:     map[chan struct{}]struct{}{},
		streams:  map[string]int{},
		perIP:    newLimiter(30, 90, 4096, cfg.Now),
		perPhone: newLimiter(4, 12, 4096, cfg.Now),
		codes:    newLimiter(0.5, 3, 4096, cfg.Now),
		joins:    newLimiter(1, 5, 4096, cfg.Now),
		writer:   newWriter(cfg.Store, cfg.WorkshopID),
	}
	s.srv = &http.Server{
		Handler:           s.routes(),
		ReadHeaderTimeout: 5 * time.Second,
		ReadTimeout:       10 * time.Second,
		IdleTimeout:       60 * time.Second,
		MaxHeaderBytes:    maxHeader,
		ErrorLog:          nil,
	}
	go func() {
		defer close(s.served)
		_ = s.srv.Serve(netutil.LimitListener(ln, maxConns))
	}()
	return s, nil
}

// chooseAddr returns the address to listen on and offer, and the networks
// the facilitator may choose from.
func chooseAddr(cfg Config) (string, []Network, error) {
	override, err := overrideAddr()
	if err != nil {
		return "", nil, &Error{Kind: "network", Err: kam.Errorf(kam.EInvalid, "%v", err)}
	}
	if override != "" {
		return override, []Network{{Addr: override, Interface: EnvAddr}}, nil
	}
	ifs, err := cfg.Interfaces()
	if err != nil {
		return "", nil, &Error{Kind: "no_network", Err: kam.Errorf(kam.EConflict, "%v", err)}
	}
	nets := Networks(ifs)
	if len(nets) == 0 {
		return "", nil, &Error{Kind: "no_network", Err: kam.Errorf(kam.EConflict,
			"no local network: connect the laptop to the room's Wi-Fi or open a hotspot")}
	}
	if cfg.Addr == "" {
		return nets[0].Addr, nets, nil
	}
	if !slices.ContainsFunc(nets, func(n Network) bool { return n.Addr == cfg.Addr }) {
		return "", nil, &Error{Kind: "network", Err: kam.Errorf(kam.EInvalid, "%q is not a local network of this laptop", cfg.Addr)}
	}
	return cfg.Addr, nets, nil
}

// Info returns the session's addresses, code and QR code.
func (s *Server) Info() (Info, error) {
	u := s.URL()
	q, err := QRCode(u)
	if err != nil {
		return Info{}, err
	}
	return Info{URL: u, Address: s.host, Code: s.gate.code, QR: q, Networks: slices.Clone(s.networks)}, nil
}

// URL is the voting page's address with the secret: the QR code's content.
func (s *Server) URL() string {
	return (&url.URL{Scheme: "http", Host: s.host, Path: "/v/" + s.gate.secret + "/"}).String()
}

// Addr is the address and port the server listens on.
func (s *Server) Addr() string { return s.host }

// Open makes q the open question (nil: none): phones follow at once, votes
// for any other question are refused from now on, and its results are
// hidden until Reveal. It waits for votes being stored.
func (s *Server) Open(q *Question) {
	s.mu.Lock()
	if q != nil {
		c := *q
		q = &c
	}
	changed := (s.open == nil) != (q == nil) || (q != nil && s.open.ID != q.ID)
	s.open = q
	if changed {
		s.seq++
		s.revealed = false
		s.pmu.Lock()
		clear(s.voted)
		s.pmu.Unlock()
	}
	s.mu.Unlock()
	if changed {
		s.notify()
	}
}

// Reveal marks the open question's results as shown to the room.
func (s *Server) Reveal() {
	s.mu.Lock()
	ok := s.open != nil && !s.revealed
	if ok {
		s.revealed = true
		s.seq++
	}
	s.mu.Unlock()
	if ok {
		s.notify()
	}
}

// Status reports the phones joined and the votes on the open question.
func (s *Server) Status() Status {
	s.mu.RLock()
	st := Status{Revealed: s.revealed}
	if s.open != nil {
		st.QuestionID = s.open.ID
	}
	s.pmu.Lock()
	st.Phones, st.Voted = len(s.phones), len(s.voted)
	s.pmu.Unlock()
	s.mu.RUnlock()
	st.CodeDead = s.gate.dead()
	return st
}

// Stop ends the session: the phones' live connections are told and closed,
// requests in flight finish (until ctx ends, then they are cut), and the
// port is closed when Stop returns. Stopping twice is no error.
func (s *Server) Stop(ctx context.Context) error {
	s.stopOnce.Do(func() {
		close(s.done)
		if err := s.srv.Shutdown(ctx); err != nil {
			s.stopErr = fmt.Errorf("stop room voting: %w", err)
			_ = s.srv.Close()
		}
		<-s.served
		s.writer.stop()
	})
	return s.stopErr
}

// Done is closed once the session stops.
func (s *Server) Done() <-chan struct{} { return s.done }

// notify wakes every live connection to send the new state.
func (s *Server) notify() {
	s.pmu.Lock()
	defer s.pmu.Unlock()
	for ch := range s.subs {
		select {
		case ch <- struct{}{}:
		default: // it has a wake-up waiting already
		}
	}
}
