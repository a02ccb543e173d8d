// Package glossary holds the words of KAM Workbench: the label of every enum
// value (departments, buying roles, attitudes, influence, relationship
// strengths, relation kinds, threats, priorities, statuses, stages, sides,
// ratings, coverage gaps) and the name of each kind, in German and English.
//
// They live once, in words.json, embedded here. The PDF, the action CSV and
// the command line read them through this package; the window imports the
// same file into its translations (frontend/src/i18n), so a label is never
// written a second time. The tests fail when a language lacks a label, when
// a value of the domain has none, and when a table of labels shows up
// anywhere else.
package glossary

import (
	_ "embed"
	"encoding/json"
	"fmt"
	"sort"
	"strconv"
	"strings"
)

//go:embed words.json
var wordsJSON []byte

// Kind names one set of labelled values: a key of words.json.
type Kind string

// The kinds of words.json.
const (
	Department       Kind = "department"
	BuyingRole       Kind = "buying_role"
	Attitude         Kind = "attitude"
	Influence        Kind = "influence"
	Relationship     Kind = "relationship"
	RelationKind     Kind = "relation_kind"
	Threat           Kind = "threat"
	Priority         Kind = "priority"
	Status           Kind = "status"
	Stage            Kind = "stage"
	Side             Kind = "side"
	Rating           Kind = "rating"
	CoverageGap      Kind = "coverage_gap"
	CoverageGapShort Kind = "coverage_gap_short"
	// Perspective labels the room's views: the sides' (kam.Sides) and the
	// agreed one (Agreed).
	Perspective Kind = "perspective"
)

// Single words of words.json that belong to no set.
const (
	AnyRole = "any_role" // an argument meant for every buying role
	NAShort = "na_short" // "not applicable" where there is room for two letters
	// NoConsensus marks a question the room has no consensus on
	// (kam.QuestionScore.Consensus false).
	NoConsensus = "no_consensus"
	Spread      = "spread" // highest minus lowest rated vote of a question
)

// NA is the rating value "not applicable" among the ratings 0–4.
const NA = "na"

// Agreed is the perspective of the agreed ratings, beside the sides'.
const Agreed = "agreed"

// language is one language's words: the names of the kinds, the sets of
// labels by kind, and the single words.
type language struct {
	kinds  map[Kind]string
	sets   map[Kind]map[string]string
	single map[string]string
}

// book is the parsed words.json, German and English.
type book struct {
	langs map[string]*language
}

// words is words.json, parsed once; the tests rule out that it is broken.
var words = mustParse(wordsJSON)

// Languages are the languages of the glossary, German first.
var Languages = []string{"de", "en"}

// Label is the label of value of kind in lang (German unless lang is
// English); the value itself when it has none, so a bad value shows rather
// than vanishes.
func Label[T ~string](lang string, kind Kind, value T) string {
	if l, ok := words.lang(lang).sets[kind][string(value)]; ok {
		return l
	}
	return string(value)
}

// LabelInt is Label for the kinds whose values are numbers (attitude,
// influence, relationship, threat, rating).
func LabelInt(lang string, kind Kind, value int) string {
	return Label(lang, kind, strconv.Itoa(value))
}

// Name is the name of a kind in lang: "Abteilung", "Department".
func Name(lang string, kind Kind) string {
	if n, ok := words.lang(lang).kinds[kind]; ok {
		return n
	}
	return string(kind)
}

// Word is one of the single words (AnyRole, NAShort) in lang.
func Word(lang, key string) string {
	if w, ok := words.lang(lang).single[key]; ok {
		return w
	}
	return key
}

// Values lists the values kind has labels for in lang, sorted.
func Values(lang string, kind Kind) []string {
	var out []string
	for v := range words.lang(lang).sets[kind] {
		out = append(out, v)
	}
	sort.Strings(out)
	return out
}

// Kinds lists the kinds of words.json in lang, sorted.
func Kinds(lang string) []Kind {
	var out []Kind
	for k := range words.lang(lang).sets {
		out = append(out, k)
	}
	sort.Slice(out, func(i, j int) bool { return out[i] < out[j] })
	return out
}

// Named lists the kinds lang has a name for, sorted.
func Named(lang string) []Kind {
	var out []Kind
	for k := range words.lang(lang).kinds {
		out = append(out, k)
	}
	sort.Slice(out, func(i, j int) bool { return out[i] < out[j] })
	return out
}

// Singles lists the single words of lang, sorted.
func Singles(lang string) []string {
	var out []string
	for k := range words.lang(lang).single {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

// lang picks English for "en" and its regional variants, German otherwise.
func (w *book) lang(code string) *language {
	primary, _, _ := strings.Cut(strings.ReplaceAll(code, "_", "-"), "-")
	if strings.EqualFold(primary, "en") {
		return w.langs["en"]
	}
	return w.langs["de"]
}

func mustParse(data []byte) *book {
	w, err := parse(data)
	if err != nil {
		panic(err)
	}
	return w
}

// parse reads words.json: per language an object whose "kinds" are the
// names of the kinds, whose objects are sets of labels and whose strings are
// single words.
func parse(data []byte) (*book, error) {
	var raw map[string]map[string]json.RawMessage
	if err := json.Unmarshal(data, &raw); err != nil {
		return nil, fmt.Errorf("parse glossary: %w", err)
	}
	w := &book{langs: map[string]*language{}}
	for _, code := range Languages {
		entries, ok := raw[code]
		if !ok {
			return nil, fmt.Errorf("parse glossary: no language %q", code)
		}
		l := &language{kinds: map[Kind]string{}, sets: map[Kind]map[string]string{}, single: map[string]string{}}
		for key, msg := range entries {
			var s string
			if json.Unmarshal(msg, &s) == nil {
				l.single[key] = s
				continue
			}
			var set map[string]string
			if err := json.Unmarshal(msg, &set); err != nil {
				return nil, fmt.Errorf("parse glossary: %s.%s is neither a word nor a set of labels: %w", code, key, err)
			}
			if key == "kinds" {
				for k, n := range set {
					l.kinds[Kind(k)] = n
				}
				continue
			}
			l.sets[Kind(key)] = set
		}
		w.langs[code] = l
	}
	if len(raw) != len(Languages) {
		return nil, fmt.Errorf("parse glossary: %d languages, want %d", len(raw), len(Languages))
	}
	return w, nil
}
