package roomvote_test

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net"
	"net/http"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"kamworkbench/internal/kam"
	"kamworkbench/internal/roomvote"
	"kamworkbench/internal/sqlite"
)

// Tests talk to the server over loopback only: KAMW_VOTE_ADDR makes it bind
// and offer 127.0.0.2, and phones come from other 127.x addresses.
const testAddr = "127.0.0.2"

var (
	q1 = &roomvote.Question{ID: "org.crm_exists", Text: "Existiert ein CRM?", Guide: map[string]string{"0": "Kein CRM."}}
	q2 = &roomvote.Question{ID: "org.crm_used", Text: "Wird das CRM genutzt?"}
)

// room is a running session on a fresh workspace with a workshop of three
// participants.
type room struct {
	t      testing.TB
	db     *sqlite.DB
	ws     kam.Workshop
	srv    *roomvote.Server
	info   roomvote.Info
	base   string // http://127.0.0.2:port
	secret string // /v/<secret>/
	joined atomic.Int32
	voted  atomic.Int32
}

// clock is a rate-limit clock: stepping, each reading a second after the
// one before, so buckets refill; or frozen, so they never do.
type clock struct {
	mu     sync.Mutex
	t      time.Time
	frozen bool
}

func (c *clock) now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	if !c.frozen {
		c.t = c.t.Add(time.Second)
	}
	return c.t
}

func startRoom(tb testing.TB, frozen bool) *room {
	tb.Helper()
	tb.Setenv(roomvote.EnvAddr, testAddr)
	ctx := context.Background()
	db, err := sqlite.Open(ctx, filepath.Join(tb.TempDir(), "workspace.db"))
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { db.Close() })
	c, err := db.SaveClient(ctx, kam.Client{Name: "Müller & Söhne"})
	if err != nil {
		tb.Fatal(err)
	}
	ws, err := db.SaveWorkshop(ctx, kam.Workshop{ClientID: c.ID, Title: "Runde 1", Date: "2026-11-27",
		Participants: []kam.Participant{{Name: "Ayşe", Role: "Vertrieb"}, {Name: "Jörg", Side: kam.SideOurs}, {Name: "Mia"}}})
	if err != nil {
		tb.Fatal(err)
	}
	return startOn(tb, db, ws, frozen)
}

func startOn(tb testing.TB, db *sqlite.DB, ws kam.Workshop, frozen bool) *room {
	tb.Helper()
	r := &room{t: tb, db: db, ws: ws}
	clk := &clock{t: time.Date(2026, 11, 27, 9, 0, 0, 0, time.UTC), frozen: frozen}
	srv, err := roomvote.Start(roomvote.Config{
		WorkshopID: ws.ID, Store: db, Lang: "de", Now: clk.now,
		Hooks: roomvote.Hooks{
			Voted:  func(kam.Vote) { r.voted.Add(1) },
			Joined: func(kam.Participant, bool) { r.joined.Add(1) },
		},
	})
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { srv.Stop(context.Background()) })
	r.srv = srv
	if r.info, err = srv.Info(); err != nil {
		tb.Fatal(err)
	}
	r.base = "http://" + srv.Addr()
	r.secret = strings.TrimPrefix(r.info.URL, r.base)
	return r
}

// phoneClient is an HTTP client whose connections come from the loopback
// address from, as if from one phone of the room.
func phoneClient(from string) *http.Client {
	d := &net.Dialer{LocalAddr: &net.TCPAddr{IP: net.ParseIP(from)}, Timeout: 5 * time.Second}
	return &http.Client{
		Transport: &http.Transport{DialContext: d.DialContext, MaxIdleConnsPerHost: 4, DisableCompression: true},
		Timeout:   30 * time.Second,
	}
}

var defaultPhone = phoneClient("127.0.0.1")

// call sends a request (body JSON-encoded unless it is a string or nil) and
// returns the status and the decoded JSON answer.
func (r *room) call(c *http.Client, method, path string, body any) (int, map[string]any) {
	r.t.Helper()
	var rd io.Reader
	switch b := body.(type) {
	case nil:
	case string:
		rd = strings.NewReader(b)
	default:
		j, err := json.Marshal(b)
		if err != nil {
			r.t.Fatal(err)
		}
		rd = bytes.NewReader(j)
	}
	req, err := http.NewRequest(method, r.base+path, rd)
	if err != nil {
		r.t.Fatal(err)
	}
	if body != nil {
		req.Header.Set("Content-Type", "application/json")
	}
	if c == nil {
		c = defaultPhone
	}
	res, err := c.Do(req)
	if err != nil {
		r.t.Fatal(err)
	}
	defer res.Body.Close()
	var out map[string]any
	b, _ := io.ReadAll(res.Body)
	_ = json.Unmarshal(b, &out)
	return res.StatusCode, out
}

// join joins a phone as the participant named name ("" for anonymous on
// the customer's side) and returns its token.
func (r *room) join(c *http.Client, name string) string {
	r.t.Helper()
	body := map[string]string{"side": string(kam.SideCustomer)}
	if name != "" {
		body = map[string]string{"participant_id": r.participant(name).ID}
	}
	st, out := r.call(c, "POST", r.secret+"api/me", body)
	if st != 200 {
		r.t.Fatalf("join as %q: got %d %v", name, st, out)
	}
	return out["phone"].(string)
}

func (r *room) participant(name string) kam.Participant {
	r.t.Helper()
	ws, err := r.db.Workshop(context.Background(), r.ws.ID)
	if err != nil {
		r.t.Fatal(err)
	}
	for _, p := range ws.Participants {
		if p.Name == name {
			return p
		}
	}
	r.t.Fatalf("no participant %q in %+v", name, ws.Participants)
	return kam.Participant{}
}

func rating(n int) *int { return &n }

// vote is a vote as a phone sends it.
func vote(phone, question string, r *int, na bool) map[string]any {
	return map[string]any{"phone": phone, "question_id": question, "rating": r, "na": na}
}

// storedVotes returns the workshop's votes as "participant name question rating".
func (r *room) storedVotes() []string {
	r.t.Helper()
	ctx := context.Background()
	ws, err := r.db.Workshop(ctx, r.ws.ID)
	if err != nil {
		r.t.Fatal(err)
	}
	names := map[string]string{}
	for _, p := range ws.Participants {
		names[p.ID] = p.Name
	}
	vs, err := r.db.Votes(ctx, r.ws.ID)
	if err != nil {
		r.t.Fatal(err)
	}
	var out []string
	for _, v := range vs {
		val := "na"
		if v.Rating != nil {
			val = fmt.Sprint(*v.Rating)
		}
		out = append(out, names[v.ParticipantID]+" "+v.QuestionID+" "+val)
	}
	return out
}
