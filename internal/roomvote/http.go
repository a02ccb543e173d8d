package roomvote

import (
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"log"
	"mime"
	"net"
	"net/http"
	"runtime/debug"
	"strings"

	"kamworkbench/internal/kam"
)

// securityHeaders go on every answer: nothing from elsewhere, nothing
// inline, nothing kept, no address (with its secret) passed on.
var securityHeaders = map[string]string{
	"Content-Security-Policy": "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; " +
		"connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
	"Cache-Control":                "no-store",
	"X-Content-Type-Options":       "nosniff",
	"Referrer-Policy":              "no-referrer",
	"X-Frame-Options":              "DENY",
	"Cross-Origin-Opener-Policy":   "same-origin",
	"Cross-Origin-Resource-Policy": "same-origin",
	"Permissions-Policy":           "camera=(), microphone=(), geolocation=(), interest-cohort=()",
}

// routes is everything the server answers. Without the secret only the
// join page, its script and style, and the join endpoint; everything else
// is under /v/<secret>/.
func (s *Server) routes() http.Handler {
	open := http.NewServeMux()
	open.Handle("GET /{$}", s.timed(s.page("code")))
	open.Handle("GET /app.js", s.timed(asset("app.js")))
	open.Handle("GET /app.css", s.timed(asset("app.css")))
	open.Handle("POST /join", s.timed(http.HandlerFunc(s.join)))

	secret := http.NewServeMux()
	secret.Handle("GET /{$}", s.timed(s.page("vote")))
	secret.Handle("GET /app.js", s.timed(asset("app.js")))
	secret.Handle("GET /app.css", s.timed(asset("app.css")))
	secret.Handle("GET /api/people", s.timed(http.HandlerFunc(s.people)))
	secret.Handle("POST /api/me", s.timed(http.HandlerFunc(s.me)))
	secret.Handle("GET /api/question", s.timed(http.HandlerFunc(s.question)))
	secret.HandleFunc("GET /api/events", s.events) // a stream: its own timeouts
	secret.Handle("POST /api/vote", s.timed(http.HandlerFunc(s.vote)))

	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		defer func() {
			if v := recover(); v != nil {
				if v == http.ErrAbortHandler {
					panic(v)
				}
				log.Printf("room voting: panic: %v\n%s", v, debug.Stack())
				fail(w, http.StatusInternalServerError, "internal")
			}
		}()
		for k, v := range securityHeaders {
			w.Header().Set(k, v)
		}
		// Only the address the phones were given: a page elsewhere that
		// points its own name at this laptop (DNS rebinding) gets nothing.
		if r.Host != s.host {
			fail(w, http.StatusMisdirectedRequest, "host")
			return
		}
		if !s.perIP.allow(remoteIP(r)) {
			w.Header().Set("Retry-After", "1")
			fail(w, http.StatusTooManyRequests, "too_many")
			return
		}
		if rest, ok := strings.CutPrefix(r.URL.Path, "/v/"); ok {
			key, sub, _ := strings.Cut(rest, "/")
			if !s.gate.secretOK(key) {
				fail(w, http.StatusForbidden, "forbidden")
				return
			}
			if sub == "" && !strings.HasSuffix(rest, "/") {
				http.Redirect(w, r, "/v/"+key+"/", http.StatusMovedPermanently)
				return
			}
			r2 := r.Clone(r.Context())
			r2.URL.Path = "/" + sub
			r2.URL.RawPath = ""
			secret.ServeHTTP(w, r2)
			return
		}
		switch r.URL.Path {
		case "/", "/app.js", "/app.css", "/join":
			open.ServeHTTP(w, r)
		default:
			fail(w, http.StatusForbidden, "forbidden")
		}
	})
}

// timed gives a handler handlerTimeout to answer; past it the phone gets
// 503 and the handler's context is cancelled.
func (s *Server) timed(h http.Handler) http.Handler {
	return http.TimeoutHandler(h, handlerTimeout, `{"error":"timeout"}`)
}

// fail answers with a status and an error code the page understands.
func fail(w http.ResponseWriter, status int, code string) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(map[string]string{"error": code})
}

// reply answers 200 with v as JSON.
func reply(w http.ResponseWriter, v any) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	_ = json.NewEncoder(w).Encode(v)
}

// readJSON reads a request body strictly: JSON by its content type, at most
// maxBody bytes, exactly one object with known fields. It answers the
// phone itself (415, 413, 400) and returns false when the body is no good.
func readJSON(w http.ResponseWriter, r *http.Request, v any) bool {
	mt, _, err := mime.ParseMediaType(r.Header.Get("Content-Type"))
	if err != nil || mt != "application/json" {
		fail(w, http.StatusUnsupportedMediaType, "json")
		return false
	}
	if r.ContentLength > maxBody {
		fail(w, http.StatusRequestEntityTooLarge, "too_large")
		return false
	}
	body, err := io.ReadAll(http.MaxBytesReader(w, r.Body, maxBody))
	if err == nil {
		err = decodeStrict(body, v)
	}
	var tooLarge *http.MaxBytesError
	switch {
	case errors.As(err, &tooLarge):
		fail(w, http.StatusRequestEntityTooLarge, "too_large")
		return false
	case err != nil:
		fail(w, http.StatusBadRequest, "malformed")
		return false
	}
	return true
}

// decodeStrict decodes exactly one JSON object with known fields, whose
// text is text (kam.CheckJSONText: nothing decoding would mend).
func decodeStrict(body []byte, v any) error {
	if t := bytes.TrimLeft(body, " \t\r\n"); len(t) == 0 || t[0] != '{' {
		return errors.New("not a JSON object")
	}
	if err := kam.CheckJSONText(body); err != nil {
		return err
	}
	dec := json.NewDecoder(bytes.NewReader(body))
	dec.DisallowUnknownFields()
	if err := dec.Decode(v); err != nil {
		return err
	}
	// Exactly one value: anything after it is malformed.
	if _, err := dec.Token(); err != io.EOF {
		return errors.New("data after the JSON object")
	}
	return nil
}

// remoteIP is the phone's address without the port.
func remoteIP(r *http.Request) string {
	host, _, err := net.SplitHostPort(r.RemoteAddr)
	if err != nil {
		return r.RemoteAddr
	}
	return host
}
