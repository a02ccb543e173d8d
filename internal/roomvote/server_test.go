package roomvote_test

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/netip"
	"reflect"
	"slices"
	"strings"
	"testing"

	"kamworkbench/internal/kam"
	"kamworkbench/internal/roomvote"
)

func TestOffersTheAddressItWasGiven(t *testing.T) {
	r := startRoom(t, false)
	host, port, err := net.SplitHostPort(r.srv.Addr())
	if err != nil || host != testAddr || port == "0" {
		t.Fatalf("listens on %q, want %s and a port the system chose", r.srv.Addr(), testAddr)
	}
	if want := "http://" + r.srv.Addr() + "/v/"; !strings.HasPrefix(r.info.URL, want) || len(r.info.URL) != len(want)+26+1 {
		t.Fatalf("URL %q, want %s<26 characters of secret>/", r.info.URL, want)
	}
	if r.info.Address != r.srv.Addr() || len(r.info.Code) != 6 || strings.Trim(r.info.Code, "0123456789") != "" {
		t.Fatalf("short address %q and code %q", r.info.Address, r.info.Code)
	}
	if !strings.HasPrefix(r.info.QR, "data:image/svg+xml;base64,") {
		t.Fatalf("QR code %.40q…, want an SVG data URL", r.info.QR)
	}
}

func TestSecretsDiffer(t *testing.T) {
	r := startRoom(t, false)
	seen := map[string]bool{r.secret: true}
	for range 5 {
		o := startOn(t, r.db, r.ws, false)
		if seen[o.secret] {
			t.Fatalf("secret %s twice", o.secret)
		}
		seen[o.secret] = true
		o.srv.Stop(context.Background())
	}
}

func TestSecretRequired(t *testing.T) {
	r := startRoom(t, false)
	phone := r.join(nil, "Ayşe")
	r.srv.Open(q1)
	wrong := "/v/" + strings.Repeat("a", 26) + "/"
	short := r.secret[:len(r.secret)-2] + "/"
	upper := "/v/" + strings.ToUpper(strings.TrimPrefix(r.secret, "/v/"))
	for _, c := range []struct{ method, path string }{
		{"GET", "/api/question"},
		{"GET", "/api/events"},
		{"GET", "/api/people"},
		{"POST", "/api/vote"},
		{"POST", "/api/me"},
		{"GET", "/v/"},
		{"GET", "/v//api/question"},
		{"GET", wrong},
		{"GET", wrong + "api/question"},
		{"POST", wrong + "api/vote"},
		{"GET", short + "api/people"},
		{"GET", upper + "api/people"},
		{"GET", "/favicon.ico"},
		{"GET", "/workspace.db"},
	} {
		var body any
		if c.method == "POST" {
			body = vote(phone, q1.ID, rating(3), false)
		}
		if st, _ := r.call(nil, c.method, c.path, body); st != http.StatusForbidden {
			t.Errorf("%s %s without the secret: got %d, want 403", c.method, c.path, st)
		}
	}
	if got := r.storedVotes(); len(got) != 0 {
		t.Fatalf("stored %v without the secret", got)
	}
	// With it, the same requests work; the join page needs none.
	for _, c := range []struct{ method, path string }{
		{"GET", "/"}, {"GET", "/app.js"}, {"GET", "/app.css"},
		{"GET", r.secret}, {"GET", r.secret + "app.js"}, {"GET", r.secret + "api/question"}, {"GET", r.secret + "api/people"},
	} {
		if st, _ := r.call(nil, c.method, c.path, nil); st != http.StatusOK {
			t.Errorf("%s %s: got %d, want 200", c.method, c.path, st)
		}
	}
	if st, out := r.call(nil, "POST", r.secret+"api/vote", vote(phone, q1.ID, rating(3), false)); st != 200 {
		t.Fatalf("vote with the secret: got %d %v", st, out)
	}
}

func TestSecurityHeaders(t *testing.T) {
	r := startRoom(t, false)
	for _, p := range []string{"/", "/app.js", r.secret, r.secret + "api/question", r.secret + "nothing", "/nothing"} {
		res, err := defaultPhone.Get(r.base + p)
		if err != nil {
			t.Fatal(err)
		}
		res.Body.Close()
		h := res.Header
		if csp := h.Get("Content-Security-Policy"); !strings.HasPrefix(csp, "default-src 'self'") || strings.Contains(csp, "unsafe") {
			t.Errorf("%s: Content-Security-Policy %q", p, csp)
		}
		for k, want := range map[string]string{"Cache-Control": "no-store", "X-Content-Type-Options": "nosniff",
			"Referrer-Policy": "no-referrer", "X-Frame-Options": "DENY"} {
			if got := h.Get(k); got != want {
				t.Errorf("%s: %s %q, want %q", p, k, got, want)
			}
		}
	}
	res, err := defaultPhone.Get(r.base + r.secret)
	if err != nil {
		t.Fatal(err)
	}
	b, _ := io.ReadAll(res.Body)
	res.Body.Close()
	page := string(b)
	if ct := res.Header.Get("Content-Type"); ct != "text/html; charset=utf-8" || !strings.Contains(page, `lang="de"`) ||
		!strings.Contains(page, "vorbildlich") || strings.Contains(page, "<script>") || strings.Contains(page, "http") {
		t.Fatalf("page (%s): %s", ct, page)
	}
}

func TestOnlyItsOwnAddress(t *testing.T) {
	r := startRoom(t, false)
	for _, host := range []string{"localhost", "evil.example:80", "127.0.0.1:" + strings.Split(r.srv.Addr(), ":")[1], testAddr} {
		req, _ := http.NewRequest("GET", r.base+r.secret+"api/question", nil)
		req.Host = host
		res, err := defaultPhone.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		res.Body.Close()
		if res.StatusCode != http.StatusMisdirectedRequest {
			t.Errorf("Host %q: got %d, want 421", host, res.StatusCode)
		}
	}
}

func TestOnlyTheOpenQuestion(t *testing.T) {
	r := startRoom(t, false)
	phone := r.join(nil, "Ayşe")
	tryVote := func(q string, v int) int {
		st, _ := r.call(nil, "POST", r.secret+"api/vote", vote(phone, q, rating(v), false))
		return st
	}
	if st := tryVote(q1.ID, 2); st != http.StatusConflict {
		t.Fatalf("no question open: got %d, want 409", st)
	}
	r.srv.Open(q1)
	if st := tryVote(q2.ID, 2); st != http.StatusConflict {
		t.Fatalf("a question not open: got %d, want 409", st)
	}
	if st := tryVote("org.nothing", 2); st != http.StatusConflict {
		t.Fatalf("a question of nothing: got %d, want 409", st)
	}
	if st := tryVote(q1.ID, 2); st != 200 {
		t.Fatalf("the open question: got %d", st)
	}
	// Changed while open: the newest vote counts.
	if st := tryVote(q1.ID, 4); st != 200 {
		t.Fatalf("changed vote: got %d", st)
	}
	if st, _ := r.call(nil, "POST", r.secret+"api/vote", vote(phone, q1.ID, nil, true)); st != 200 {
		t.Fatalf("not applicable: got %d", st)
	}
	if st := tryVote(q1.ID, 1); st != 200 {
		t.Fatalf("changed vote: got %d", st)
	}
	r.srv.Open(q2)
	if st := tryVote(q1.ID, 0); st != http.StatusConflict {
		t.Fatalf("after moving on: got %d, want 409", st)
	}
	r.srv.Open(nil)
	if st := tryVote(q2.ID, 0); st != http.StatusConflict {
		t.Fatalf("no question open any more: got %d, want 409", st)
	}
	if got, want := r.storedVotes(), []string{"Ayşe org.crm_exists 1"}; !reflect.DeepEqual(got, want) {
		t.Fatalf("stored %q, want %q", got, want)
	}
	if r.voted.Load() != 4 {
		t.Fatalf("the window heard of %d votes, want 4", r.voted.Load())
	}
}

func TestOversize(t *testing.T) {
	r := startRoom(t, false)
	phone := r.join(nil, "Ayşe")
	r.srv.Open(q1)
	big := fmt.Sprintf(`{"phone":%q,"question_id":%q,"rating":2,"na":false}`, phone, q1.ID+strings.Repeat(" ", 2000))
	big = strings.Replace(big, `"rating"`, strings.Repeat(" ", 2000)+`"rating"`, 1)
	for _, p := range []string{r.secret + "api/vote", r.secret + "api/me", "/join"} {
		if st, _ := r.call(nil, "POST", p, big); st != http.StatusRequestEntityTooLarge {
			t.Errorf("%s with 4 KB: got %d, want 413", p, st)
		}
		// Without a length up front (chunked), cut off all the same.
		req, _ := http.NewRequest("POST", r.base+p, io.MultiReader(strings.NewReader(big)))
		req.Header.Set("Content-Type", "application/json")
		req.ContentLength = -1
		res, err := defaultPhone.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		res.Body.Close()
		if res.StatusCode != http.StatusRequestEntityTooLarge {
			t.Errorf("%s chunked: got %d, want 413", p, res.StatusCode)
		}
	}
	// A header past the cap is refused before any handler runs.
	req, _ := http.NewRequest("GET", r.base+r.secret+"api/question", nil)
	req.Header.Set("X-Big", strings.Repeat("x", 64<<10))
	res, err := defaultPhone.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	res.Body.Close()
	if res.StatusCode != http.StatusRequestHeaderFieldsTooLarge {
		t.Errorf("64 KB header: got %d, want 431", res.StatusCode)
	}
	if got := r.storedVotes(); len(got) != 0 {
		t.Fatalf("stored %v", got)
	}
}

func TestMalformed(t *testing.T) {
	r := startRoom(t, false)
	phone := r.join(nil, "Ayşe")
	r.srv.Open(q1)
	good := fmt.Sprintf(`{"phone":%q,"question_id":%q,"rating":2,"na":false}`, phone, q1.ID)
	for name, body := range map[string]string{
		"empty":          ``,
		"not JSON":       `rating=2`,
		"cut off":        good[:len(good)-3],
		"null":           `null`,
		"an array":       `[` + good + `]`,
		"a string":       `"2"`,
		"two values":     good + good,
		"trailing data":  good + ` x`,
		"unknown field":  strings.Replace(good, `"na"`, `"admin":true,"na"`, 1),
		"rating as text": strings.Replace(good, `"rating":2`, `"rating":"2"`, 1),
		"rating 5":       strings.Replace(good, `"rating":2`, `"rating":5`, 1),
		"rating -1":      strings.Replace(good, `"rating":2`, `"rating":-1`, 1),
		"rating 2.5":     strings.Replace(good, `"rating":2`, `"rating":2.5`, 1),
		"rating and na":  strings.Replace(good, `"na":false`, `"na":true`, 1),
		"neither":        strings.Replace(good, `"rating":2`, `"rating":null`, 1),
		"huge number":    strings.Replace(good, `"rating":2`, `"rating":1e400`, 1),
		"lone surrogate": strings.Replace(good, `"phone":"`, `"phone":"\ud800`, 1),
		"not UTF-8":      strings.Replace(good, `"phone":"`, "\"phone\":\"\xff", 1),
	} {
		if st, _ := r.call(nil, "POST", r.secret+"api/vote", body); st != http.StatusBadRequest {
			t.Errorf("%s: got %d, want 400", name, st)
		}
	}
	for name, body := range map[string]string{
		"no choice":   `{"phone":""}`,
		"both":        `{"participant_id":"x","side":"customer"}`,
		"bad side":    `{"side":"both"}`,
		"unknown key": `{"side":"customer","role":"admin"}`,
	} {
		if st, _ := r.call(nil, "POST", r.secret+"api/me", body); st != http.StatusBadRequest {
			t.Errorf("join, %s: got %d, want 400", name, st)
		}
	}
	// JSON it must be, by its content type too.
	req, _ := http.NewRequest("POST", r.base+r.secret+"api/vote", strings.NewReader(good))
	req.Header.Set("Content-Type", "text/plain")
	res, err := defaultPhone.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	res.Body.Close()
	if res.StatusCode != http.StatusUnsupportedMediaType {
		t.Errorf("text/plain: got %d, want 415", res.StatusCode)
	}
	// Wrong methods.
	for _, c := range []struct{ method, path string }{{"GET", r.secret + "api/vote"}, {"PUT", r.secret + "api/vote"},
		{"DELETE", r.secret + "api/me"}, {"POST", r.secret + "api/question"}, {"GET", "/join"}} {
		if st, _ := r.call(nil, c.method, c.path, nil); st != http.StatusMethodNotAllowed {
			t.Errorf("%s %s: got %d, want 405", c.method, c.path, st)
		}
	}
	if got := r.storedVotes(); len(got) != 0 {
		t.Fatalf("stored %v", got)
	}
	if st, _ := r.call(nil, "POST", r.secret+"api/vote", good); st != 200 {
		t.Fatalf("the good vote after all that: got %d", st)
	}
}

func TestRateLimitPerPhone(t *testing.T) {
	r := startRoom(t, true) // the clock stands still: no bucket refills
	a, b := r.join(nil, "Ayşe"), r.join(nil, "Jörg")
	r.srv.Open(q1)
	ok, limited := 0, 0
	for i := range 30 {
		switch st, _ := r.call(nil, "POST", r.secret+"api/vote", vote(a, q1.ID, rating(i%5), false)); st {
		case 200:
			ok++
		case http.StatusTooManyRequests:
			limited++
		default:
			t.Fatalf("vote %d: got %d", i, st)
		}
	}
	if ok == 0 || limited == 0 || ok+limited != 30 {
		t.Fatalf("one phone's 30 quick votes: %d stored, %d refused; want some of each", ok, limited)
	}
	if st, _ := r.call(nil, "POST", r.secret+"api/vote", vote(b, q1.ID, rating(1), false)); st != 200 {
		t.Fatalf("another phone: got %d, want 200", st)
	}
}

func TestRateLimitPerAddress(t *testing.T) {
	r := startRoom(t, true)
	c := phoneClient("127.0.0.9")
	limited := false
	for range 200 {
		if st, _ := r.call(c, "GET", r.secret+"api/question", nil); st == http.StatusTooManyRequests {
			limited = true
			break
		}
	}
	if !limited {
		t.Fatal("200 requests at once from one address, none refused")
	}
	if st, _ := r.call(phoneClient("127.0.0.10"), "GET", r.secret+"api/question", nil); st != 200 {
		t.Fatalf("another address: got %d", st)
	}
}

func TestPeopleAreNamesOnly(t *testing.T) {
	r := startRoom(t, false)
	st, out := r.call(nil, "GET", r.secret+"api/people", nil)
	if st != 200 {
		t.Fatal(st)
	}
	list := out["participants"].([]any)
	var names []string
	for _, p := range list {
		m := p.(map[string]any)
		keys := slices.Sorted(func(yield func(string) bool) {
			for k := range m {
				if !yield(k) {
					return
				}
			}
		})
		if !reflect.DeepEqual(keys, []string{"id", "name"}) {
			t.Fatalf("a participant as the phones see one: %v, want id and name only", m)
		}
		names = append(names, m["name"].(string))
	}
	if !reflect.DeepEqual(names, []string{"Ayşe", "Jörg", "Mia"}) {
		t.Fatalf("names %v", names)
	}
	// The room's state: the open question's id, text and guide, nothing more.
	r.srv.Open(q1)
	_, q := r.call(nil, "GET", r.secret+"api/question", nil)
	if len(q) != 3 || q["revealed"] != false || !reflect.DeepEqual(q["question"],
		map[string]any{"id": q1.ID, "text": q1.Text, "guide": map[string]any{"0": "Kein CRM."}}) {
		t.Fatalf("state %v", q)
	}
}

func TestJoin(t *testing.T) {
	r := startRoom(t, false)
	// A name from the list.
	st, out := r.call(nil, "POST", r.secret+"api/me", map[string]string{"participant_id": r.participant("Mia").ID})
	if st != 200 || out["name"] != "Mia" || len(out["phone"].(string)) != 32 {
		t.Fatalf("join as Mia: %d %v", st, out)
	}
	mia := out["phone"].(string)
	// Anonymous adds a participant of the side chosen, numbered.
	st, out = r.call(nil, "POST", r.secret+"api/me", map[string]string{"side": string(kam.SideOurs)})
	if st != 200 || out["name"] != "Anonym 1" {
		t.Fatalf("anonymous: %d %v", st, out)
	}
	anon := out["phone"].(string)
	if p := r.participant("Anonym 1"); p.Side != kam.SideOurs {
		t.Fatalf("anonymous participant %+v, want our side", p)
	}
	// The same phone anonymous again on the same side keeps its participant.
	st, out = r.call(nil, "POST", r.secret+"api/me", map[string]string{"phone": anon, "side": string(kam.SideOurs)})
	if st != 200 || out["phone"] != anon || out["name"] != "Anonym 1" {
		t.Fatalf("anonymous again: %d %v", st, out)
	}
	st, out = r.call(nil, "POST", r.secret+"api/me", map[string]string{"side": string(kam.SideCustomer)})
	if st != 200 || out["name"] != "Anonym 2" {
		t.Fatalf("second anonymous phone: %d %v", st, out)
	}
	// Mia's phone switches to Ayşe and votes as her.
	st, out = r.call(nil, "POST", r.secret+"api/me", map[string]string{"phone": mia, "participant_id": r.participant("Ayşe").ID})
	if st != 200 || out["phone"] != mia || out["name"] != "Ayşe" {
		t.Fatalf("switch: %d %v", st, out)
	}
	r.srv.Open(q1)
	for _, p := range []string{mia, anon} {
		if st, _ := r.call(nil, "POST", r.secret+"api/vote", vote(p, q1.ID, rating(3), false)); st != 200 {
			t.Fatalf("vote: %d", st)
		}
	}
	if got, want := r.storedVotes(), []string{"Ayşe org.crm_exists 3", "Anonym 1 org.crm_exists 3"}; !reflect.DeepEqual(got, want) {
		t.Fatalf("stored %q, want %q", got, want)
	}
	// A participant that is not in the workshop; a phone that never joined.
	if st, _ := r.call(nil, "POST", r.secret+"api/me", map[string]string{"participant_id": "00000000-0000-4000-8000-000000000000"}); st != http.StatusNotFound {
		t.Fatalf("a stranger: got %d, want 404", st)
	}
	if st, out := r.call(nil, "POST", r.secret+"api/vote", vote("0123456789abcdef0123456789abcdef", q1.ID, rating(1), false)); st != http.StatusForbidden || out["error"] != "join" {
		t.Fatalf("a phone that never joined: got %d %v, want 403", st, out)
	}
	s := r.srv.Status()
	if s.Phones != 3 || s.Voted != 2 || s.QuestionID != q1.ID || r.joined.Load() != 5 {
		t.Fatalf("status %+v, joins heard %d", s, r.joined.Load())
	}
}

func TestParticipantTakenOff(t *testing.T) {
	r := startRoom(t, false)
	phone := r.join(nil, "Mia")
	r.srv.Open(q1)
	ws, err := r.db.Workshop(context.Background(), r.ws.ID)
	if err != nil {
		t.Fatal(err)
	}
	ws.Participants = ws.Participants[:2] // Mia leaves the list in the window
	if _, err := r.db.SaveWorkshop(context.Background(), ws); err != nil {
		t.Fatal(err)
	}
	if st, out := r.call(nil, "POST", r.secret+"api/vote", vote(phone, q1.ID, rating(2), false)); st != http.StatusGone || out["error"] != "join" {
		t.Fatalf("got %d %v, want 410: join again", st, out)
	}
}

func TestStartErrors(t *testing.T) {
	t.Setenv(roomvote.EnvAddr, "")
	r := startRoom(t, false) // for its store; startRoom set the address, unset it again
	t.Setenv(roomvote.EnvAddr, "")
	for _, c := range []struct {
		name string
		ifs  []roomvote.Interface
		addr string
		kind string
	}{
		{"no network", nil, "", "no_network"},
		{"only loopback", []roomvote.Interface{{Name: "lo", Up: true, Loopback: true}}, "", "no_network"},
		{"an address that is not a network of the laptop", []roomvote.Interface{{Name: "wlan0", Up: true, Addrs: []netip.Prefix{netip.MustParsePrefix("192.168.1.5/24")}}}, "8.8.8.8", "network"},
	} {
		t.Run(c.name, func(t *testing.T) {
			_, err := roomvote.Start(roomvote.Config{WorkshopID: r.ws.ID, Store: r.db, Lang: "de", Addr: c.addr,
				Interfaces: func() ([]roomvote.Interface, error) { return c.ifs, nil }})
			var e *roomvote.Error
			if !errors.As(err, &e) || e.Kind != c.kind {
				t.Fatalf("got %v, want kind %s", err, c.kind)
			}
		})
	}
	t.Setenv(roomvote.EnvAddr, "0.0.0.0")
	if _, err := roomvote.Start(roomvote.Config{WorkshopID: r.ws.ID, Store: r.db, Lang: "de"}); err == nil {
		t.Fatal("started on every address")
	}
}
