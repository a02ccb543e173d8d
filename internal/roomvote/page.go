package roomvote

import (
	"bytes"
	"embed"
	"encoding/json"
	"html/template"
	"mime"
	"net/http"
	"path"
	"strings"

	"kamworkbench/internal/glossary"
	"kamworkbench/internal/kam"
)

// The voting page: one HTML page, its script and its style, all in the
// binary. messages.json holds the page's own sentences in German and
// English; the labels of ratings and sides come from the glossary.
//
//go:embed page/index.html page/app.js page/app.css page/messages.json
var pageFS embed.FS

var (
	pageTemplate = template.Must(template.ParseFS(pageFS, "page/index.html"))
	messages     = mustMessages()
)

func mustMessages() map[string]map[string]string {
	b, err := pageFS.ReadFile("page/messages.json")
	if err != nil {
		panic(err)
	}
	var m map[string]map[string]string
	if err := json.Unmarshal(b, &m); err != nil {
		panic("roomvote: page/messages.json: " + err.Error())
	}
	return m
}

// lang is the session's language: English for "en…", German otherwise.
func (s *Server) lang() string {
	if strings.HasPrefix(strings.ToLower(s.cfg.Lang), "en") {
		return "en"
	}
	return "de"
}

// pageConfig is what the page's script reads from the body's data-config.
type pageConfig struct {
	Mode    string            `json:"mode"` // "code": type the code; "vote": pick who you are, then vote
	Text    map[string]string `json:"text"`
	Ratings [5]string         `json:"ratings"`
	NA      string            `json:"na"`
	Sides   map[string]string `json:"sides"`
}

// page renders the page in mode, in the session's language.
func (s *Server) page(mode string) http.Handler {
	lang := s.lang()
	pc := pageConfig{Mode: mode, Text: messages[lang], NA: glossary.Label(lang, glossary.Rating, glossary.NA),
		Sides: map[string]string{}}
	for r := range pc.Ratings {
		pc.Ratings[r] = glossary.LabelInt(lang, glossary.Rating, r)
	}
	for _, side := range kam.Sides {
		pc.Sides[string(side)] = glossary.Label(lang, glossary.Side, side)
	}
	cfg, err := json.Marshal(pc)
	if err != nil {
		panic(err)
	}
	var buf bytes.Buffer
	if err := pageTemplate.Execute(&buf, map[string]string{
		"Lang": lang, "Title": messages[lang]["title"], "NoScript": messages[lang]["noscript"], "Config": string(cfg),
	}); err != nil {
		panic(err)
	}
	body := buf.Bytes()
	return http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		_, _ = w.Write(body)
	})
}

// asset serves one of the page's files.
func asset(name string) http.Handler {
	body, err := pageFS.ReadFile("page/" + name)
	if err != nil {
		panic(err)
	}
	ctype := mime.TypeByExtension(path.Ext(name))
	if strings.HasSuffix(name, ".js") {
		ctype = "text/javascript; charset=utf-8"
	}
	return http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) {
		w.Header().Set("Content-Type", ctype)
		_, _ = w.Write(body)
	})
}
