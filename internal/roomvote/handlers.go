package roomvote

import (
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"slices"
	"strconv"
	"strings"
	"time"

	"kamworkbench/internal/kam"
)

// join trades the 6-digit code for the secret: 200 {"secret"} for the
// right code, 403 {"error":"wrong_code","left":n} for a wrong one, 410 once
// the code is dead, 429 for tries too fast.
func (s *Server) join(w http.ResponseWriter, r *http.Request) {
	var body struct {
		Code string `json:"code"`
	}
	if !readJSON(w, r, &body) {
		return
	}
	if !s.codes.allow(remoteIP(r)) {
		w.Header().Set("Retry-After", "2")
		fail(w, http.StatusTooManyRequests, "too_many")
		return
	}
	res, left := s.gate.try(body.Code)
	switch res {
	case codeRight:
		reply(w, map[string]string{"secret": s.gate.secret})
	case codeWrong:
		w.Header().Set("Content-Type", "application/json; charset=utf-8")
		w.WriteHeader(http.StatusForbidden)
		_ = json.NewEncoder(w).Encode(map[string]any{"error": "wrong_code", "left": left})
	default:
		fail(w, http.StatusGone, "code_dead")
	}
}

// person is a participant as a phone sees one: a name to pick.
type person struct {
	ID   string `json:"id"`
	Name string `json:"name"`
}

// people lists the workshop's participants by name, for the phone to pick
// one, and the sides an anonymous phone can take.
func (s *Server) people(w http.ResponseWriter, r *http.Request) {
	ws, err := s.cfg.Store.Workshop(r.Context(), s.cfg.WorkshopID)
	if err != nil {
		fail(w, http.StatusServiceUnavailable, "unavailable")
		return
	}
	out := make([]person, 0, len(ws.Participants))
	for _, p := range ws.Participants {
		out = append(out, person{ID: p.ID, Name: p.Name})
	}
	reply(w, map[string]any{"participants": out, "sides": kam.Sides})
}

// me joins a phone as a participant: one picked from the list, or an
// anonymous one of a side, which adds a participant to the workshop. The
// phone gets a token to vote with; a phone that joins again with its token
// keeps it (and its anonymous participant, on the same side).
func (s *Server) me(w http.ResponseWriter, r *http.Request) {
	var body struct {
		Phone         string   `json:"phone"`
		ParticipantID string   `json:"participant_id"`
		Side          kam.Side `json:"side"`
	}
	if !readJSON(w, r, &body) {
		return
	}
	if (body.ParticipantID == "") == (body.Side == "") || (body.Side != "" && !slices.Contains(kam.Sides, body.Side)) {
		fail(w, http.StatusBadRequest, "malformed")
		return
	}
	if !s.joins.allow(remoteIP(r)) {
		w.Header().Set("Retry-After", "1")
		fail(w, http.StatusTooManyRequests, "too_many")
		return
	}
	// One join at a time: anonymous names are numbered without gaps or twins.
	s.joinMu.Lock()
	defer s.joinMu.Unlock()
	s.pmu.Lock()
	prev := s.phones[body.Phone]
	count, anon := len(s.phones), s.anonymous
	s.pmu.Unlock()
	token := body.Phone
	if prev == nil {
		if count >= maxPhones {
			fail(w, http.StatusTooManyRequests, "full")
			return
		}
		token = newToken()
	}
	ws, err := s.cfg.Store.Workshop(r.Context(), s.cfg.WorkshopID)
	if err != nil {
		fail(w, http.StatusServiceUnavailable, "unavailable")
		return
	}
	var p kam.Participant
	added := false
	switch {
	case body.ParticipantID != "":
		i := slices.IndexFunc(ws.Participants, func(p kam.Participant) bool { return p.ID == body.ParticipantID })
		if i < 0 {
			fail(w, http.StatusNotFound, "no_participant")
			return
		}
		p = ws.Participants[i]
	case prev != nil && prev.anonymous && prev.participant.Side == body.Side &&
		slices.ContainsFunc(ws.Participants, func(q kam.Participant) bool { return q.ID == prev.participant.ID }):
		p = prev.participant
	default:
		if anon >= maxAnonymous {
			fail(w, http.StatusTooManyRequests, "full")
			return
		}
		p, err = s.cfg.Store.AddParticipant(r.Context(), s.cfg.WorkshopID,
			kam.Participant{Name: s.anonymousName(ws.Participants), Side: body.Side})
		if err != nil {
			fail(w, http.StatusConflict, "full")
			return
		}
		added = true
	}
	s.pmu.Lock()
	s.phones[token] = &phone{participant: p, anonymous: added || (prev != nil && prev.anonymous && prev.participant.ID == p.ID)}
	if added {
		s.anonymous++
	}
	s.pmu.Unlock()
	reply(w, map[string]string{"phone": token, "participant_id": p.ID, "name": p.Name})
	if h := s.cfg.Hooks.Joined; h != nil {
		h(p, added)
	}
}

// anonymousName is the next free "Anonym N" of the workshop.
func (s *Server) anonymousName(list []kam.Participant) string {
	base := messages[s.lang()]["anonymous"]
	n := 0
	for _, p := range list {
		if rest, ok := strings.CutPrefix(p.Name, base+" "); ok {
			if k, err := strconv.Atoi(rest); err == nil && k > n {
				n = k
			}
		}
	}
	return fmt.Sprintf("%s %d", base, n+1)
}

func newToken() string {
	b := make([]byte, 16)
	_, _ = rand.Read(b) // never fails (crypto/rand panics instead)
	return hex.EncodeToString(b)
}

// state is what a phone knows of the room: the open question (null when
// none) and whether its results are shown. Seq grows with every change.
type state struct {
	Seq      int       `json:"seq"`
	Question *Question `json:"question"`
	Revealed bool      `json:"revealed"`
}

func (s *Server) state() state {
	s.mu.RLock()
	defer s.mu.RUnlock()
	return state{Seq: s.seq, Question: s.open, Revealed: s.revealed}
}

// question answers the room's state once: for pages that poll.
func (s *Server) question(w http.ResponseWriter, _ *http.Request) {
	reply(w, s.state())
}

// events streams the room's state as server-sent events: at once, then on
// every change, with a ping now and then; "closed" when the session stops.
// The page's EventSource reconnects by itself when the stream ends.
func (s *Server) events(w http.ResponseWriter, r *http.Request) {
	ip := remoteIP(r)
	s.pmu.Lock()
	total := 0
	for _, n := range s.streams {
		total += n
	}
	if total >= maxStreams || s.streams[ip] >= maxStreamsPerIP {
		s.pmu.Unlock()
		w.Header().Set("Retry-After", "5")
		fail(w, http.StatusTooManyRequests, "too_many")
		return
	}
	s.streams[ip]++
	wake := make(chan struct{}, 1)
	s.subs[wake] = struct{}{}
	s.pmu.Unlock()
	defer func() {
		s.pmu.Lock()
		delete(s.subs, wake)
		if s.streams[ip]--; s.streams[ip] <= 0 {
			delete(s.streams, ip)
		}
		s.pmu.Unlock()
	}()

	rc := http.NewResponseController(w)
	w.Header().Set("Content-Type", "text/event-stream")
	w.Header().Set("X-Accel-Buffering", "no")
	send := func(event string, data any) bool {
		if err := rc.SetWriteDeadline(time.Now().Add(writeTimeout)); err != nil && !errors.Is(err, http.ErrNotSupported) {
			return false
		}
		if event != "" {
			b, _ := json.Marshal(data)
			if _, err := fmt.Fprintf(w, "event: %s\ndata: %s\n\n", event, b); err != nil {
				return false
			}
		} else if _, err := fmt.Fprint(w, ": ping\n\n"); err != nil {
			return false
		}
		return rc.Flush() == nil
	}
	if _, err := fmt.Fprint(w, "retry: 2000\n\n"); err != nil {
		return
	}
	if !send("state", s.state()) {
		return
	}
	ping := time.NewTicker(streamPing)
	defer ping.Stop()
	end := time.NewTimer(streamLifetime)
	defer end.Stop()
	for {
		select {
		case <-wake:
			if !send("state", s.state()) {
				return
			}
		case <-ping.C:
			if !send("", nil) {
				return
			}
		case <-s.done:
			send("closed", map[string]bool{"closed": true})
			return
		case <-end.C:
			return
		case <-r.Context().Done():
			return
		}
	}
}

// vote stores a phone's vote on the open question: 200 once stored, 409
// for any other question, 403 for a phone that has not joined, 410 when its
// participant was taken off the workshop.
func (s *Server) vote(w http.ResponseWriter, r *http.Request) {
	var body struct {
		Phone      string `json:"phone"`
		QuestionID string `json:"question_id"`
		Rating     *int   `json:"rating"`
		NA         bool   `json:"na"`
	}
	if !readJSON(w, r, &body) {
		return
	}
	s.pmu.Lock()
	ph := s.phones[body.Phone]
	s.pmu.Unlock()
	if ph == nil {
		fail(w, http.StatusForbidden, "join")
		return
	}
	if !s.perPhone.allow(body.Phone) {
		w.Header().Set("Retry-After", "1")
		fail(w, http.StatusTooManyRequests, "too_many")
		return
	}
	v := kam.Vote{ParticipantID: ph.participant.ID, QuestionID: body.QuestionID, Rating: body.Rating, NA: body.NA}
	if err := v.Validate(); err != nil {
		fail(w, http.StatusBadRequest, "malformed")
		return
	}
	s.mu.RLock()
	if s.open == nil || s.open.ID != v.QuestionID {
		s.mu.RUnlock()
		fail(w, http.StatusConflict, "not_open")
		return
	}
	err := s.writer.save(v)
	if err == nil {
		s.pmu.Lock()
		s.voted[v.ParticipantID] = true
		s.pmu.Unlock()
	}
	s.mu.RUnlock()
	var ke *kam.Error
	switch {
	case errors.As(err, &ke) && ke.Code == kam.ENotFound:
		s.pmu.Lock()
		delete(s.phones, body.Phone)
		s.pmu.Unlock()
		fail(w, http.StatusGone, "join")
		return
	case err != nil:
		fail(w, http.StatusServiceUnavailable, "not_stored")
		return
	}
	reply(w, map[string]bool{"stored": true})
	if h := s.cfg.Hooks.Voted; h != nil {
		h(v)
	}
}
