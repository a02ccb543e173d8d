package contacts

import (
	"fmt"
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"

	"kamworkbench/internal/kam"
)

// Skip is why a usable person was left out (Problem.Skipped, and
// Problem.Kind), for the window to word in its language.
type Skip string

// The reasons a usable person was left out.
const (
	SkippedOnMap    Skip = "on_map"   // already a stakeholder of the client
	SkippedRepeated Skip = "repeated" // the same as an earlier row or card of the file
)

// seen remembers the people already on the map and those read so far, by
// name key, so that an import adds nobody twice: importing the same file
// again adds no one.
type seen map[string][]seenAs

type seenAs struct {
	name  string // as on the map or in the file
	email string // emailKey; "" when not known
	line  int    // where the file has them; 0 for someone already on the map
}

// newSeen starts with the client's stakeholders.
func newSeen(existing []kam.Stakeholder) seen {
	s := make(seen, len(existing))
	for _, p := range existing {
		s.remember(p, 0)
	}
	return s
}

// nameKey is a name with case, spacing and Unicode composition (a Mac
// vCard may write “ö” as “o” and a combining mark) set aside.
func nameKey(name string) string {
	var b strings.Builder
	b.Grow(len(name))
	space := false
	for _, r := range norm.NFC.String(name) {
		if unicode.IsSpace(r) {
			space = b.Len() > 0
			continue
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		b.WriteRune(unicode.ToLower(r))
	}
	return b.String()
}

func emailKey(email string) string { return strings.ToLower(strings.TrimSpace(email)) }

// match returns whom p is the same person as: the same name, and the same
// e-mail address when both have one.
func (s seen) match(p kam.Stakeholder) (seenAs, bool) {
	email := emailKey(p.Email)
	for _, o := range s[nameKey(p.Name)] {
		if email == "" || o.email == "" || email == o.email {
			return o, true
		}
	}
	return seenAs{}, false
}

func (s seen) remember(p kam.Stakeholder, line int) {
	k := nameKey(p.Name)
	s[k] = append(s[k], seenAs{name: p.Name, email: emailKey(p.Email), line: line})
}

// skip reports a person left out because they are there already.
func (r *Result) skip(line int, p kam.Stakeholder, same seenAs) {
	pr := Problem{Line: line, Name: p.Name, Kind: string(SkippedOnMap), Skipped: SkippedOnMap,
		Reason: fmt.Sprintf("%s is already on the map", same.name)}
	if same.line > 0 {
		pr.Kind, pr.Skipped = string(SkippedRepeated), SkippedRepeated
		pr.Reason = fmt.Sprintf("%s is already in the file (line %d)", same.name, same.line)
	}
	r.report(pr)
}
