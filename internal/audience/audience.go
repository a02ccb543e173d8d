// Package audience decides what each reader of a report may see: the
// contract of DESIGN.md "Audiences" as one function. Every export (the PDF,
// spreadsheets, slides) draws from the View that For returns and from
// nothing else, so a field the customer may not read never reaches an
// exporter of the customer version in the first place.
//
// The contract is a table (Fields) that classifies every field of the
// domain types; a test walks the kam types by reflection and fails on a
// field the table does not know, so a new field cannot slip into a customer
// document unclassified.
package audience

import (
	"slices"

	"kamworkbench/internal/kam"
)

// Audience is who a report is for.
type Audience string

// The two audiences. The internal version holds everything; the customer
// version holds what the contract lists and nothing else.
const (
	Internal Audience = "internal"
	Customer Audience = "customer"
)

// Audiences lists both, the customer first: the window starts with it.
var Audiences = []Audience{Customer, Internal}

// Parse checks an audience given as text; empty means internal, as on the
// command line.
func Parse(s string) (Audience, error) {
	switch Audience(s) {
	case "", Internal:
		return Internal, nil
	case Customer:
		return Customer, nil
	}
	return "", kam.Invalid("audience", "%q is not an audience; use internal or customer", s)
}

// Section is one part of a report that the consultant can leave out.
type Section string

// The sections of a report, in the order they appear. OrgChart is the
// customer's picture of their own people (names, titles, departments and
// reporting lines); Stakeholders is our full map with attitudes, influence
// and coverage gaps.
const (
	Cover         Section = "cover"
	Summary       Section = "summary"
	Assessment    Section = "assessment"
	OrgChart      Section = "orgchart"
	Stakeholders  Section = "stakeholders"
	Competitors   Section = "competitors"
	SWOT          Section = "swot"
	Opportunities Section = "opportunities"
	Arguments     Section = "arguments"
	Actions       Section = "actions"
)

// Sections lists every section in report order.
var Sections = []Section{Cover, Summary, Assessment, OrgChart, Stakeholders, Competitors, SWOT, Opportunities, Arguments, Actions}

// allowed are the sections each audience may have at all.
var allowed = map[Audience][]Section{
	Internal: {Cover, Summary, Assessment, Stakeholders, Competitors, SWOT, Opportunities, Arguments, Actions},
	Customer: {Cover, Summary, Assessment, OrgChart, Actions},
}

// Allowed returns the sections an audience may have, in report order.
func Allowed(a Audience) []Section { return slices.Clone(allowed[a]) }

// Defaults returns the sections chosen until the consultant changes them:
// everything for the internal version; for the customer everything but the
// org chart, which goes in only when chosen.
func Defaults(a Audience) []Section {
	if a == Customer {
		return []Section{Cover, Summary, Assessment, Actions}
	}
	return Allowed(a)
}

// Choose checks the chosen sections against what the audience may have and
// returns them in report order; nil or empty means the defaults. A section
// the audience may not have is an error, never silently dropped: a window
// that offers it has a bug worth hearing about.
func Choose(a Audience, chosen []Section) ([]Section, error) {
	if len(chosen) == 0 {
		return Defaults(a), nil
	}
	for _, s := range chosen {
		switch {
		case !slices.Contains(Sections, s):
			return nil, kam.Invalid("sections", "%q is not a section of the report", s)
		case !slices.Contains(allowed[a], s):
			return nil, kam.Invalid("sections", "the %s version has no section %q", a, s)
		}
	}
	var out []Section
	for _, s := range allowed[a] {
		if slices.Contains(chosen, s) {
			out = append(out, s)
		}
	}
	return out, nil
}
