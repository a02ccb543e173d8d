package app

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"net"
	"net/http"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"

	"kamworkbench/internal/catalog"
	"kamworkbench/internal/kam"
	"kamworkbench/internal/roomvote"
)

// heard records the events the window would hear.
type heard struct {
	mu     sync.Mutex
	names  []string
	events map[string][]any
}

func (h *heard) last(name string) any {
	h.mu.Lock()
	defer h.mu.Unlock()
	if l := h.events[name]; len(l) > 0 {
		return l[len(l)-1]
	}
	return nil
}

func newRoomVoting(t *testing.T) (*Services, *heard) {
	t.Helper()
	t.Setenv(roomvote.EnvAddr, "127.0.0.2")
	db := openWindowWorkspace(t, filepath.Join(t.TempDir(), "workspace.db"))
	t.Cleanup(func() { db.Close() })
	svc := NewServices(db, catalog.MustLoad(), "test")
	h := &heard{events: map[string][]any{}}
	svc.events.emit = func(_ context.Context, name string, data ...any) {
		h.mu.Lock()
		defer h.mu.Unlock()
		h.names = append(h.names, name)
		h.events[name] = append(h.events[name], data...)
	}
	svc.events.startup(context.Background())
	t.Cleanup(svc.RoomVoting.shutdown)
	return svc, h
}

// phonePost sends JSON to the voting server as a phone would.
func phonePost(t *testing.T, url string, body any) (int, map[string]any) {
	t.Helper()
	b, _ := json.Marshal(body)
	res, err := http.Post(url, "application/json", bytes.NewReader(b))
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	var out map[string]any
	_ = json.NewDecoder(res.Body).Decode(&out)
	return res.StatusCode, out
}

func refused(t *testing.T, addr string) {
	t.Helper()
	c, err := net.Dial("tcp", addr)
	if err == nil {
		c.Close()
		t.Fatalf("%s still listens", addr)
	}
	if !errors.Is(err, syscall.ECONNREFUSED) {
		t.Fatalf("dial %s: %v, want connection refused", addr, err)
	}
}

func TestRoomVoting(t *testing.T) {
	svc, h := newRoomVoting(t)
	ctx := context.Background()
	rv := svc.RoomVoting
	clients, err := svc.RoomVoting.db.Clients(ctx)
	if err != nil {
		t.Fatal(err)
	}
	acc, err := svc.RoomVoting.db.Account(ctx, clients[0].ID)
	if err != nil {
		t.Fatal(err)
	}
	ws := acc.Workshops[1].Workshop
	if len(ws.Participants) == 0 {
		t.Fatal("the sample workshop has no participants")
	}

	if st, err := rv.Status(); err != nil || st.On {
		t.Fatalf("before Start: %+v, %v, want off", st, err)
	}
	if _, err := rv.Open(ws.ID, "org.crm_exists"); err == nil {
		t.Fatal("Open with voting off succeeded")
	}
	st, err := rv.Start(ws.ID, "en-GB", "")
	if err != nil {
		t.Fatal(err)
	}
	if !st.On || st.WorkshopID != ws.ID || st.Lang != "en" || !strings.HasPrefix(st.Address, "127.0.0.2:") ||
		!strings.HasPrefix(st.URL, "http://"+st.Address+"/v/") || len(st.Code) != 6 || !strings.HasPrefix(st.QR, "data:image/svg+xml") {
		t.Fatalf("started: %+v", st)
	}
	if again, err := rv.Start(ws.ID, "en", ""); err != nil || again.URL != st.URL {
		t.Fatalf("Start again: %+v, %v, want the same session", again, err)
	}
	if _, err := rv.Open(ws.ID, "nothing.here"); err == nil {
		t.Fatal("opened a question not in the catalogue")
	}
	if _, err := rv.Open("00000000-0000-4000-8000-000000000000", "org.crm_exists"); err == nil {
		t.Fatal("opened a question of another workshop")
	}
	if st, err = rv.Open(ws.ID, "org.crm_exists"); err != nil || st.QuestionID != "org.crm_exists" {
		t.Fatalf("open: %+v, %v", st, err)
	}

	// A phone joins as the first participant and votes.
	code, out := phonePost(t, st.URL+"api/me", map[string]string{"participant_id": ws.Participants[0].ID})
	if code != 200 {
		t.Fatalf("join: %d %v", code, out)
	}
	code, out = phonePost(t, st.URL+"api/vote", map[string]any{"phone": out["phone"], "question_id": "org.crm_exists", "rating": 3, "na": false})
	if code != 200 {
		t.Fatalf("vote: %d %v", code, out)
	}
	votes, err := svc.Assessment.Votes(ws.ID)
	if err != nil {
		t.Fatal(err)
	}
	found := false
	for _, v := range votes {
		if v.ParticipantID == ws.Participants[0].ID && v.QuestionID == "org.crm_exists" && v.Rating != nil && *v.Rating == 3 {
			found = true
		}
	}
	if !found {
		t.Fatalf("the phone's vote is not among the workshop's votes: %+v", votes)
	}
	if sv, ok := h.last(EventVoteStored).(StoredVote); !ok || sv.WorkshopID != ws.ID || sv.Vote.ParticipantID != ws.Participants[0].ID {
		t.Fatalf("the window heard %+v of the vote", h.last(EventVoteStored))
	}
	if cs, ok := h.last(EventRoomVotingChanged).(RoomVotingStatus); !ok || cs.Phones != 1 || cs.Voted != 1 {
		t.Fatalf("the window heard %+v, want one phone and one vote", h.last(EventRoomVotingChanged))
	}
	// Anonymous adds a participant, and the window hears of it.
	if code, out := phonePost(t, st.URL+"api/me", map[string]string{"side": string(kam.SideOurs)}); code != 200 || out["name"] != "Anonymous 1" {
		t.Fatalf("anonymous: %d %v", code, out)
	}
	if ap, ok := h.last(EventParticipantAdded).(AddedParticipant); !ok || ap.Participant.Name != "Anonymous 1" || ap.Participant.Side != kam.SideOurs {
		t.Fatalf("the window heard %+v of the new participant", h.last(EventParticipantAdded))
	}

	if _, err := rv.Reveal(ws.ID, "org.crm_used"); err == nil {
		t.Fatal("revealed a question that is not open")
	}
	if st, err = rv.Reveal(ws.ID, "org.crm_exists"); err != nil || !st.Revealed {
		t.Fatalf("reveal: %+v, %v", st, err)
	}
	if st, err = rv.Open(ws.ID, ""); err != nil || st.QuestionID != "" || st.Voted != 0 || st.Revealed {
		t.Fatalf("no question: %+v, %v", st, err)
	}

	// Voting for another workshop ends this one's.
	other := acc.Workshops[0].Workshop
	st2, err := rv.Start(other.ID, "de", "")
	if err != nil || st2.WorkshopID != other.ID || st2.URL == st.URL {
		t.Fatalf("start for another workshop: %+v, %v", st2, err)
	}
	refused(t, st.Address)
	if err := rv.Stop(); err != nil {
		t.Fatal(err)
	}
	refused(t, st2.Address)
	if st, err := rv.Status(); err != nil || st.On {
		t.Fatalf("after Stop: %+v, %v", st, err)
	}
	if cs, ok := h.last(EventRoomVotingChanged).(RoomVotingStatus); !ok || cs.On {
		t.Fatalf("the window heard %+v after the stop, want off", h.last(EventRoomVotingChanged))
	}
	if err := rv.Stop(); err != nil {
		t.Fatalf("stop twice: %v", err)
	}
}

func TestRoomVotingStartErrors(t *testing.T) {
	svc, _ := newRoomVoting(t)
	for _, id := range []string{"", "x", "00000000-0000-4000-8000-000000000000"} {
		if st, err := svc.RoomVoting.Start(id, "de", ""); err == nil || st.On {
			t.Errorf("Start(%q): %+v, %v", id, st, err)
		}
	}
	// An address that is not one of the laptop's networks (or no network at
	// all, on a machine without one): an error of a kind the window words.
	t.Setenv(roomvote.EnvAddr, "")
	clients, _ := svc.RoomVoting.db.Clients(context.Background())
	acc, _ := svc.RoomVoting.db.Account(context.Background(), clients[0].ID)
	_, err := svc.RoomVoting.Start(acc.Workshops[0].Workshop.ID, "de", "203.0.113.7")
	var ui UIError
	if err == nil || json.Unmarshal([]byte(FormatError(err).(string)), &ui) != nil || (ui.Kind != "network" && ui.Kind != "no_network") {
		t.Fatalf("an address that is no network of the laptop: %v", err)
	}
}

func TestRoomVotingStopsWithTheWindow(t *testing.T) {
	svc, _ := newRoomVoting(t)
	clients, _ := svc.RoomVoting.db.Clients(context.Background())
	acc, _ := svc.RoomVoting.db.Account(context.Background(), clients[0].ID)
	st, err := svc.RoomVoting.Start(acc.Workshops[0].Workshop.ID, "de", "")
	if err != nil {
		t.Fatal(err)
	}
	c, rt := newTestCloser()
	c.onClose = svc.RoomVoting.shutdown
	c.beforeClose(context.Background())
	rt.handlers[EventWindowFlushed]()
	if rt.quits != 1 {
		t.Fatalf("quits %d", rt.quits)
	}
	refused(t, st.Address)
	if st, _ := svc.RoomVoting.Status(); st.On {
		t.Fatal("voting still on after the window closed")
	}
}
