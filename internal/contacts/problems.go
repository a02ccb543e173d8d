package contacts

import (
	"errors"
	"fmt"
	"strings"
	"unicode/utf8"

	"kamworkbench/internal/kam"
)

// Problem is a row or card that is not added: it cannot be used, or it is
// a person there already. Line is the physical line of the file where the
// row or card starts, counting from 1. Reason says why in English (the
// command line prints it); Kind says it for the window to word in its
// language, with Field, Max and LastLine where the kind needs them.
type Problem struct {
	Line   int    `json:"line"`
	Reason string `json:"reason"`
	Kind   string `json:"kind"`
	// Field is the stakeholder field (as in kam: "email") that breaks a
	// rule, for KindTooLong and KindInvalid.
	Field string `json:"field,omitempty"`
	// Rule is the rule of kam the field breaks (kam.RuleControl,
	// kam.RuleLineBreak, …), for KindInvalid, when it is one of them.
	Rule string `json:"rule,omitempty"`
	// Max is the most characters Field may hold (KindTooLong), or how many
	// problems are listed before KindMore.
	Max int `json:"max,omitempty"`
	// LastLine is the last line that could not be read (KindQuoteUnclosed).
	LastLine int `json:"last_line,omitempty"`
	// Skipped is set when the row holds a person there already:
	// SkippedOnMap or SkippedRepeated (the Kind too).
	Skipped Skip `json:"skipped,omitempty"`
	// Name is the person's: of one there already, or of one with a field
	// too long or invalid (unless it is the name).
	Name string `json:"name,omitempty"`
}

// Why a row or card is not added (Problem.Kind). SkippedOnMap and
// SkippedRepeated are kinds too.
const (
	KindNoName        = "no_name"        // a row or card without a name
	KindTooLong       = "too_long"       // Field holds more than Max characters
	KindInvalid       = kam.EInvalid     // Field breaks another rule of the domain
	KindOrganisation  = "organisation"   // a vCard of an organisation (KIND:org)
	KindGroup         = "group"          // a vCard of a group (KIND:group)
	KindPlace         = "place"          // a vCard of a place (KIND:location)
	KindCardUnclosed  = "card_unclosed"  // a card without END:VCARD before the next one
	KindCardCutOff    = "card_cut_off"   // the file ends inside a card
	KindQuoteUnclosed = "quote_unclosed" // a quotation mark never closed: Line to LastLine unread
	KindMore          = "more"           // the list stops at Max problems; more rows are not added
)

// maxProblems caps the list of problems, so a wrong file does not bury the
// preview; the last entry says that more were left out.
const maxProblems = 1000

func (r *Result) problem(line int, kind, reason string) {
	r.report(Problem{Line: line, Kind: kind, Reason: reason})
}

func (r *Result) report(p Problem) {
	switch {
	case len(r.Problems) < maxProblems:
		r.Problems = append(r.Problems, p)
	case len(r.Problems) == maxProblems:
		r.Problems = append(r.Problems, Problem{Line: p.Line, Kind: KindMore, Max: maxProblems,
			Reason: fmt.Sprintf("more rows are not added from here on; only the first %d are listed", maxProblems)})
	}
}

// invalid reports a person that fails validation (err, from p.Validate)
// with the field and code of its *kam.Error and their name: a missing name
// is KindNoName, a text longer than kam allows KindTooLong.
func (r *Result) invalid(line int, p kam.Stakeholder, err error) {
	pr := Problem{Line: line, Kind: KindInvalid, Reason: kam.ErrorMessage(err)}
	var e *kam.Error
	if errors.As(err, &e) {
		pr.Kind, pr.Field, pr.Rule = e.Code, e.Field, e.Rule
	}
	value, max := textOf(&p, pr.Field)
	switch {
	case pr.Field == "name" && strings.TrimSpace(value) == "":
		pr.Kind, pr.Field = KindNoName, ""
	case max > 0 && utf8.RuneCountInString(value) > max:
		pr.Kind, pr.Max = KindTooLong, max
	}
	if pr.Kind != KindInvalid {
		pr.Rule = ""
	}
	if pr.Field != "name" && pr.Kind != KindNoName {
		pr.Name = p.Name // who it is, so the user knows whose entry to fix
	}
	r.report(pr)
}

// textOf returns a text field of p, by its name in kam's errors, and the
// most characters kam.Stakeholder.Validate allows in it; 0 for a field
// that is not text.
func textOf(p *kam.Stakeholder, field string) (string, int) {
	switch field {
	case "name":
		return p.Name, kam.MaxName
	case "title":
		return p.Title, kam.MaxName
	case "owner":
		return p.Owner, kam.MaxName
	case "email":
		return p.Email, kam.MaxName
	case "phone":
		return p.Phone, kam.MaxName
	case "notes":
		return p.Notes, kam.MaxText
	}
	return "", 0
}
