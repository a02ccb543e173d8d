package contacts

import (
	"io"
	"mime/quotedprintable"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/htmlindex"
)

// isVCard reports whether text starts, after blank space, with BEGIN:VCARD.
func isVCard(text string) bool {
	t := strings.TrimLeftFunc(text, unicode.IsSpace)
	return len(t) >= 11 && strings.EqualFold(t[:11], "BEGIN:VCARD")
}

// property is one content line of a vCard: NAME;PARAM=VALUE:value.
type property struct {
	line   int
	name   string              // upper case, without a group ("item1.EMAIL" is EMAIL)
	params map[string][]string // keys upper case, values lower case; bare 2.1 parameters are TYPE
	value  string              // as written, still escaped or encoded
}

// card is one BEGIN:VCARD … END:VCARD block.
type card struct {
	line  int // of BEGIN:VCARD
	props []property
}

// parseVCard reads any number of vCards (2.1, 3.0, 4.0).
func parseVCard(label, text string, s seen) (Result, error) {
	res := Result{Format: "vcard", seen: s}
	var cur *card
	for _, l := range unfold(text) {
		p, ok := parseProperty(l.line, l.text)
		if !ok {
			continue
		}
		switch {
		case p.name == "BEGIN" && strings.EqualFold(strings.TrimSpace(p.value), "VCARD"):
			if cur != nil {
				res.problem(cur.line, KindCardUnclosed, "this card is not closed by END:VCARD before the next card starts, so it was left out")
			}
			cur = &card{line: p.line}
		case p.name == "END" && strings.EqualFold(strings.TrimSpace(p.value), "VCARD"):
			if cur != nil {
				res.addCard(cur)
				cur = nil
				if len(res.People) > MaxPeople {
					return Result{}, tooMany(label)
				}
			}
		case cur != nil:
			cur.props = append(cur.props, p)
		}
	}
	if cur != nil {
		res.problem(cur.line, KindCardCutOff, "this card is not closed by END:VCARD (the file may be cut off), so it was left out")
	}
	return res, nil
}

// physical is a logical line and the physical line it starts on.
type physical struct {
	line int
	text string
}

// unfold joins folded lines: a line starting with a space or tab continues
// the one before, without that one character (RFC 6350 3.2). A vCard 2.1
// quoted-printable value ending in "=" continues on the next line.
func unfold(text string) []physical {
	var out []physical
	var cur strings.Builder
	start, qp := 0, false
	flush := func() {
		if start > 0 {
			out = append(out, physical{line: start, text: cur.String()})
		}
		cur.Reset()
		start = 0
	}
	for i, l := range strings.Split(text, "\n") {
		l = strings.TrimSuffix(l, "\r")
		switch {
		case start > 0 && qp && strings.HasSuffix(cur.String(), "="):
			cur.WriteByte('\n')
			cur.WriteString(l)
		case start > 0 && l != "" && (l[0] == ' ' || l[0] == '\t'):
			cur.WriteString(l[1:])
		default:
			flush()
			if strings.TrimSpace(l) != "" {
				start, qp = i+1, quotedPrintable(l)
				cur.WriteString(l)
			}
		}
	}
	flush()
	return out
}

// quotedPrintable reports whether a content line's parameters say its value
// is quoted-printable.
func quotedPrintable(l string) bool {
	head, _, ok := cutOutsideQuotes(l, ':')
	return ok && strings.Contains(strings.ToUpper(head), "QUOTED-PRINTABLE")
}

// cutOutsideQuotes cuts s around the first sep that is not inside double
// quotes (parameter values may be quoted and hold ':' or ';').
func cutOutsideQuotes(s string, sep byte) (before, after string, found bool) {
	quoted := false
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '"':
			quoted = !quoted
		case sep:
			if !quoted {
				return s[:i], s[i+1:], true
			}
		}
	}
	return s, "", false
}

// parseProperty reads one content line; ok is false for a line that is not
// one (no colon, no name).
func parseProperty(line int, l string) (property, bool) {
	head, value, ok := cutOutsideQuotes(l, ':')
	if !ok {
		return property{}, false
	}
	p := property{line: line, value: value, params: map[string][]string{}}
	name, rest, more := cutOutsideQuotes(head, ';')
	if i := strings.LastIndexByte(name, '.'); i >= 0 {
		name = name[i+1:]
	}
	p.name = strings.ToUpper(strings.TrimSpace(name))
	if p.name == "" {
		return property{}, false
	}
	for more {
		var param string
		param, rest, more = cutOutsideQuotes(rest, ';')
		key, val, hasVal := strings.Cut(param, "=")
		key = strings.ToUpper(strings.TrimSpace(key))
		if !hasVal { // vCard 2.1: TEL;WORK;VOICE or NOTE;QUOTED-PRINTABLE
			key, val = "TYPE", key
			switch val {
			case "QUOTED-PRINTABLE", "BASE64", "8BIT", "7BIT":
				key = "ENCODING"
			}
		}
		for _, v := range strings.Split(strings.Trim(strings.TrimSpace(val), `"`), ",") {
			if v = strings.ToLower(strings.TrimSpace(v)); v != "" {
				p.params[key] = append(p.params[key], v)
			}
		}
	}
	return p, true
}

func (p *property) has(key, val string) bool {
	for _, v := range p.params[key] {
		if v == val {
			return true
		}
	}
	return false
}

// raw returns the value with any quoted-printable encoding undone and its
// charset turned into UTF-8, still escaped.
func (p *property) raw() string {
	if !p.has("ENCODING", "quoted-printable") {
		return p.value
	}
	b, err := io.ReadAll(quotedprintable.NewReader(strings.NewReader(p.value)))
	if err != nil {
		return p.value
	}
	if cs := p.params["CHARSET"]; len(cs) > 0 && cs[0] != "utf-8" {
		if enc, err := htmlindex.Get(cs[0]); err == nil {
			if d, err := enc.NewDecoder().Bytes(b); err == nil {
				return string(d)
			}
		}
	}
	if utf8.Valid(b) {
		return string(b)
	}
	d, _ := charmap.Windows1252.NewDecoder().Bytes(b)
	return string(d)
}

// text returns the value as text: unescaped, one line.
func (p *property) text() string { return oneLine(unescape(p.raw())) }

// components splits a structured value (N, ORG) at unescaped semicolons;
// list items within a component are joined by spaces.
func (p *property) components() []string {
	var out []string
	for _, c := range splitEscaped(p.raw(), ';') {
		var items []string
		for _, it := range splitEscaped(c, ',') {
			if it = oneLine(unescape(it)); it != "" {
				items = append(items, it)
			}
		}
		out = append(out, strings.Join(items, " "))
	}
	return out
}

// splitEscaped splits s at each sep that is not escaped by a backslash.
func splitEscaped(s string, sep byte) []string {
	var out []string
	start := 0
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '\\':
			i++
		case sep:
			out = append(out, s[start:i])
			start = i + 1
		}
	}
	return append(out, s[start:])
}

// unescape undoes vCard text escapes: \n and \N are line breaks, \, \; \:
// and \\ the character itself. Other backslashes stay.
func unescape(s string) string {
	if !strings.Contains(s, `\`) {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] != '\\' || i+1 == len(s) {
			b.WriteByte(s[i])
			continue
		}
		switch s[i+1] {
		case 'n', 'N':
			b.WriteByte('\n')
		case ',', ';', ':', '\\':
			b.WriteByte(s[i+1])
		default:
			b.WriteByte('\\')
			b.WriteByte(s[i+1])
		}
		i++
	}
	return b.String()
}

// contact is an e-mail address or phone number and how much the card
// prefers it.
type contact struct {
	value string
	kind  string // the TYPE values, for the notes
	rank  int
}

func (p *property) contact() contact {
	v := p.text()
	if p.name == "TEL" {
		v = strings.TrimPrefix(v, "tel:")
	}
	if p.name == "EMAIL" {
		v = strings.TrimPrefix(v, "mailto:")
	}
	c := contact{value: v, rank: 1}
	var kinds []string
	for _, t := range p.params["TYPE"] {
		switch t {
		case "pref":
			c.rank = 3
		case "work":
			c.rank = max(c.rank, 2)
		}
		if t != "internet" && t != "voice" && t != "pref" {
			kinds = append(kinds, t)
		}
	}
	if pref := p.params["PREF"]; len(pref) > 0 {
		if n, err := strconv.Atoi(pref[0]); err == nil && n >= 1 {
			c.rank = 3
		}
	}
	c.kind = strings.Join(kinds, ", ")
	return c
}

// best returns the most preferred value (the first among equals) and notes
// the others under label.
func best(label string, list []contact, notes *[]string) string {
	if len(list) == 0 {
		return ""
	}
	top := 0
	for i, c := range list {
		if c.rank > list[top].rank {
			top = i
		}
	}
	for i, c := range list {
		if i == top || c.value == list[top].value {
			continue
		}
		l := label
		if c.kind != "" {
			l += " (" + c.kind + ")"
		}
		*notes = append(*notes, l+": "+c.value)
	}
	return list[top].value
}

// notPeople are the vCard KINDs that describe no person, with the kind of
// problem and the words for it.
var notPeople = map[string]struct{ kind, what string }{
	"org":      {KindOrganisation, "an organisation"},
	"group":    {KindGroup, "a group"},
	"location": {KindPlace, "a place"},
}

// addCard turns a card into a person, or reports why it cannot be one.
func (r *Result) addCard(c *card) {
	p := newPerson()
	var fn, n, kind, org, role string
	var emails, phones []contact
	var notes, extra []string
	for i := range c.props {
		prop := &c.props[i]
		switch prop.name {
		case "FN":
			if fn == "" {
				fn = prop.text()
			}
		case "N":
			if n == "" {
				n = nameOf(prop.components())
			}
		case "KIND":
			kind = strings.ToLower(prop.text())
		case "TITLE":
			if p.Title == "" {
				p.Title = prop.text()
			}
		case "ROLE":
			if role == "" {
				role = prop.text()
			}
		case "ORG":
			if comps := prop.components(); org == "" && len(comps) > 1 {
				org = comps[1]
			}
		case "EMAIL":
			if e := prop.contact(); e.value != "" {
				emails = append(emails, e)
			}
		case "TEL":
			if t := prop.contact(); t.value != "" {
				phones = append(phones, t)
			}
		case "NOTE":
			notes = append(notes, multiLine(unescape(prop.raw())))
		}
	}
	if not, ok := notPeople[kind]; ok {
		r.problem(c.line, not.kind, "this card describes "+not.what+", not a person")
		return
	}
	if p.Name = fn; p.Name == "" {
		p.Name = n
	}
	if p.Name == "" {
		r.problem(c.line, KindNoName, "this card has no name (neither FN nor N)")
		return
	}
	p.Email = best("E-mail", emails, &extra)
	p.Phone = best("Phone", phones, &extra)
	if org != "" {
		if p.Department = DepartmentOf(org); p.Department == "" {
			p.Department = "other"
			extra = append(extra, "Department: "+org)
		}
	}
	if role != "" {
		if p.BuyingRole = BuyingRoleOf(role); p.BuyingRole == "" {
			p.BuyingRole = "other"
			extra = append(extra, "Role: "+role)
		}
	}
	p.Notes = joinNotes(append(notes, extra...)...)
	r.add(c.line, p)
}

// nameOf builds a display name from the N components: family, given,
// additional, prefixes, suffixes.
func nameOf(c []string) string {
	at := func(i int) string {
		if i < len(c) {
			return c[i]
		}
		return ""
	}
	var parts []string
	for _, s := range []string{at(3), at(1), at(2), at(0), at(4)} {
		if s != "" {
			parts = append(parts, s)
		}
	}
	return strings.Join(parts, " ")
}
