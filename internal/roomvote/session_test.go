package roomvote_test

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net"
	"net/http"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"kamworkbench/internal/roomvote"
)

func TestJoinCode(t *testing.T) {
	r := startRoom(t, true)
	// Typed with a space, as the projector shows it.
	typed := r.info.Code[:3] + " " + r.info.Code[3:]
	st, out := r.call(nil, "POST", "/join", map[string]string{"code": typed})
	if st != 200 || "/v/"+fmt.Sprint(out["secret"])+"/" != r.secret {
		t.Fatalf("the right code: got %d %v, want the secret", st, out)
	}
	wrong := fmt.Sprintf("%06d", (atoi(r.info.Code)+1)%1_000_000)
	// Each wrong try from another phone, so that only the lockout stops them.
	for i := 1; i <= roomvote.MaxWrongCodes; i++ {
		st, out := r.call(phoneClient(fmt.Sprintf("127.0.1.%d", i)), "POST", "/join", map[string]string{"code": wrong})
		switch {
		case i < roomvote.MaxWrongCodes && (st != http.StatusForbidden || out["left"] != float64(roomvote.MaxWrongCodes-i)):
			t.Fatalf("wrong try %d: got %d %v", i, st, out)
		case i == roomvote.MaxWrongCodes && st != http.StatusGone:
			t.Fatalf("wrong try %d: got %d, want 410", i, st)
		}
	}
	// Dead: the right code no longer opens anything.
	if st, out := r.call(phoneClient("127.0.2.1"), "POST", "/join", map[string]string{"code": r.info.Code}); st != http.StatusGone || out["secret"] != nil {
		t.Fatalf("the right code after the lockout: got %d %v, want 410", st, out)
	}
	if !r.srv.Status().CodeDead {
		t.Fatal("status does not say the code is dead")
	}
	// The QR code's address still works.
	if st, _ := r.call(nil, "GET", r.secret+"api/people", nil); st != 200 {
		t.Fatalf("with the secret after the lockout: got %d", st)
	}
}

func TestJoinCodeRateLimited(t *testing.T) {
	r := startRoom(t, true)
	c := phoneClient("127.0.3.1")
	limited := 0
	for range 6 {
		if st, _ := r.call(c, "POST", "/join", map[string]string{"code": "abc"}); st == http.StatusTooManyRequests {
			limited++
		}
	}
	if limited == 0 {
		t.Fatal("six tries at once from one phone, none refused")
	}
	if r.srv.Status().CodeDead {
		t.Fatal("tries refused for speed count as wrong codes")
	}
}

func atoi(s string) int {
	n := 0
	fmt.Sscan(s, &n)
	return n
}

// stream is a phone's live connection to the server-sent events.
type stream struct {
	res *http.Response
	rd  *bufio.Reader
}

func (r *room) stream(c *http.Client) *stream {
	r.t.Helper()
	res, err := c.Get(r.base + r.secret + "api/events")
	if err != nil {
		r.t.Fatal(err)
	}
	if res.StatusCode != 200 || res.Header.Get("Content-Type") != "text/event-stream" {
		r.t.Fatalf("events: %d %s", res.StatusCode, res.Header.Get("Content-Type"))
	}
	r.t.Cleanup(func() { res.Body.Close() })
	return &stream{res: res, rd: bufio.NewReader(res.Body)}
}

// next returns the next event's name and data.
func (s *stream) next() (string, map[string]any, error) {
	var name string
	var data map[string]any
	for {
		line, err := s.rd.ReadString('\n')
		if err != nil {
			return "", nil, err
		}
		line = strings.TrimRight(line, "\n")
		switch {
		case line == "" && name != "":
			return name, data, nil
		case strings.HasPrefix(line, "event: "):
			name = strings.TrimPrefix(line, "event: ")
		case strings.HasPrefix(line, "data: "):
			if err := json.Unmarshal([]byte(strings.TrimPrefix(line, "data: ")), &data); err != nil {
				return "", nil, err
			}
		}
	}
}

func questionOf(data map[string]any) string {
	q, _ := data["question"].(map[string]any)
	id, _ := q["id"].(string)
	return id
}

func TestEventsFollowTheFacilitator(t *testing.T) {
	r := startRoom(t, false)
	s := r.stream(defaultPhone)
	name, data, err := s.next()
	if err != nil || name != "state" || data["question"] != nil {
		t.Fatalf("first event: %s %v %v, want the state with no question", name, data, err)
	}
	r.srv.Open(q1)
	if _, data, err = s.next(); err != nil || questionOf(data) != q1.ID || data["revealed"] != false {
		t.Fatalf("after opening q1: %v %v", data, err)
	}
	r.srv.Reveal()
	if _, data, err = s.next(); err != nil || questionOf(data) != q1.ID || data["revealed"] != true {
		t.Fatalf("after the reveal: %v %v", data, err)
	}
	r.srv.Open(q2)
	if _, data, err = s.next(); err != nil || questionOf(data) != q2.ID || data["revealed"] != false {
		t.Fatalf("after moving on: %v %v", data, err)
	}
	// Stopping tells the phone, then ends the stream.
	done := make(chan error, 1)
	go func() { done <- r.srv.Stop(context.Background()) }()
	if name, _, err = s.next(); err != nil || name != "closed" {
		t.Fatalf("on stop: %s %v, want closed", name, err)
	}
	if _, _, err = s.next(); err == nil {
		t.Fatal("the stream goes on after the stop")
	}
	if err := <-done; err != nil {
		t.Fatalf("stop: %v", err)
	}
}

func TestStopClosesThePort(t *testing.T) {
	r := startRoom(t, false)
	addr := r.srv.Addr()
	phone := r.join(nil, "Ayşe")
	r.srv.Open(q1)
	streams := []*stream{r.stream(phoneClient("127.0.4.1")), r.stream(phoneClient("127.0.4.2"))}
	if st, _ := r.call(nil, "POST", r.secret+"api/vote", vote(phone, q1.ID, rating(2), false)); st != 200 {
		t.Fatal(st)
	}
	if err := r.srv.Stop(context.Background()); err != nil {
		t.Fatalf("stop with two live phones: %v", err)
	}
	select {
	case <-r.srv.Done():
	default:
		t.Fatal("Done is not closed after Stop")
	}
	for _, s := range streams {
		for {
			if _, _, err := s.next(); err != nil {
				break
			}
		}
	}
	c, err := net.Dial("tcp", addr)
	if err == nil {
		c.Close()
		t.Fatalf("%s still accepts connections after Stop", addr)
	}
	if !errors.Is(err, syscall.ECONNREFUSED) {
		t.Fatalf("dial after Stop: %v, want connection refused", err)
	}
	if err := r.srv.Stop(context.Background()); err != nil {
		t.Fatalf("second stop: %v", err)
	}
	if got := r.storedVotes(); len(got) != 1 {
		t.Fatalf("the vote before the stop: stored %v", got)
	}
}

// TestConcurrentVotes has thirty phones vote and change their votes at once
// while the facilitator moves through the questions: every vote the server
// acknowledged is the one stored, and no vote lands on a question that was
// not open. Run it with -race.
func TestConcurrentVotes(t *testing.T) {
	r := startRoom(t, false)
	const phones = 30
	questions := []*roomvote.Question{q1, q2, {ID: "org.q3", Text: "Drei?"}, {ID: "org.q4", Text: "Vier?"}}
	tokens := make([]string, phones)
	clients := make([]*http.Client, phones)
	for i := range phones {
		clients[i] = phoneClient(fmt.Sprintf("127.0.5.%d", i+1))
		tokens[i] = r.join(clients[i], "")
	}
	type key struct{ phone, question string }
	var mu sync.Mutex
	acked := map[key]int{}
	for _, q := range questions {
		r.srv.Open(q)
		var wg sync.WaitGroup
		for i := range phones {
			wg.Add(1)
			go func() {
				defer wg.Done()
				for k := range 4 {
					v := (i + k) % 5
					st, _ := r.call(clients[i], "POST", r.secret+"api/vote", vote(tokens[i], q.ID, rating(v), false))
					if st == 200 {
						mu.Lock()
						acked[key{tokens[i], q.ID}] = v
						mu.Unlock()
					} else if st != http.StatusTooManyRequests {
						t.Errorf("phone %d: got %d", i, st)
					}
				}
			}()
		}
		// Meanwhile the projector asks how far the room is.
		for range 10 {
			_ = r.srv.Status()
		}
		wg.Wait()
	}
	// A late vote on the first question, after moving on, is refused.
	if st, _ := r.call(clients[0], "POST", r.secret+"api/vote", vote(tokens[0], q1.ID, rating(0), false)); st != http.StatusConflict {
		t.Fatalf("late vote: got %d, want 409", st)
	}
	stored := map[string]bool{}
	for _, s := range r.storedVotes() {
		stored[s] = true
	}
	if len(stored) != phones*len(questions) || len(acked) != phones*len(questions) {
		t.Fatalf("stored %d votes, acknowledged %d, want %d", len(stored), len(acked), phones*len(questions))
	}
	names := map[string]string{}
	for i, tok := range tokens {
		names[tok] = fmt.Sprintf("Anonym %d", i+1)
	}
	for k, v := range acked {
		if want := fmt.Sprintf("%s %s %d", names[k.phone], k.question, v); !stored[want] {
			t.Errorf("acknowledged %q, not stored so", want)
		}
	}
	if s := r.srv.Status(); s.Phones != phones || s.Voted != phones {
		t.Fatalf("status %+v", s)
	}
}

func TestStreamsCapped(t *testing.T) {
	r := startRoom(t, false)
	c := phoneClient("127.0.6.1")
	var refused bool
	for range 12 {
		res, err := c.Get(r.base + r.secret + "api/events")
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { res.Body.Close() })
		if res.StatusCode == http.StatusTooManyRequests {
			refused = true
			break
		}
	}
	if !refused {
		t.Fatal("twelve live connections from one phone, none refused")
	}
	// Stop ends them all.
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	if err := r.srv.Stop(ctx); err != nil {
		t.Fatal(err)
	}
}
