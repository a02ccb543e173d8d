package kam

import (
	"strings"
	"time"
)

// GapKind names one kind of gap in how well we cover a client's people.
type GapKind string

// The kinds of coverage gap, in the order Coverage reports them.
const (
	// GapDepartment: a key department (see KeyDepartments) where we know nobody.
	GapDepartment GapKind = "department_uncovered"
	// GapOpposed: a decision maker or economic buyer whose attitude towards us is negative.
	GapOpposed GapKind = "opposed_decider"
	// GapNoOwner: a person nobody on our side looks after.
	GapNoOwner GapKind = "no_owner"
	// GapNoContact: a person we have no recorded contact with.
	GapNoContact GapKind = "no_contact"
	// GapStaleContact: a person whose last contact lies more than StaleAfterDays back.
	GapStaleContact GapKind = "stale_contact"
	// GapPortfolio: a person who does not know our full portfolio.
	GapPortfolio GapKind = "portfolio_unknown"
)

// GapKinds lists every gap kind in report order.
var GapKinds = []GapKind{GapDepartment, GapOpposed, GapNoOwner, GapNoContact, GapStaleContact, GapPortfolio}

// StaleAfterDays is how long a contact may lie back before it counts as a gap.
const StaleAfterDays = 90

// Gap is one gap in the coverage of a client's buying center. Department is
// set for GapDepartment; StakeholderID and Name for the kinds about a person;
// Days (days since the last contact) for GapStaleContact.
type Gap struct {
	Kind          GapKind    `json:"kind"`
	Department    Department `json:"department,omitempty"`
	StakeholderID string     `json:"stakeholder_id,omitempty"`
	Name          string     `json:"name,omitempty"`
	Days          int        `json:"days,omitempty"`
}

// Coverage finds the gaps in how we cover people, judged on the day asOf
// (usually the workshop date): key departments with nobody mapped, decision
// makers and economic buyers against us, people without a relationship owner,
// people never contacted or not contacted for more than StaleAfterDays, and
// people who do not know our full portfolio. Gaps come grouped by kind in the
// order of GapKinds, people in the order given. A zero asOf skips the
// checks that need a date; a last contact after asOf is not stale.
func Coverage(people []Stakeholder, asOf time.Time) []Gap {
	gaps := []Gap{}
	covered := map[Department]bool{}
	for _, p := range people {
		covered[p.Department] = true
	}
	for _, d := range KeyDepartments {
		if !covered[d] {
			gaps = append(gaps, Gap{Kind: GapDepartment, Department: d})
		}
	}
	// Count whole calendar days, whatever the clock time or zone of asOf.
	day := time.Date(asOf.Year(), asOf.Month(), asOf.Day(), 0, 0, 0, 0, time.UTC)
	person := func(k GapKind, p Stakeholder) Gap {
		return Gap{Kind: k, StakeholderID: p.ID, Name: p.Name}
	}
	for _, kind := range GapKinds[1:] {
		for _, p := range people {
			switch kind {
			case GapOpposed:
				if p.Attitude < 0 && (p.BuyingRole == "decision_maker" || p.BuyingRole == "economic_buyer") {
					gaps = append(gaps, person(kind, p))
				}
			case GapNoOwner:
				if strings.TrimSpace(p.Owner) == "" {
					gaps = append(gaps, person(kind, p))
				}
			case GapNoContact:
				if p.LastContact == "" {
					gaps = append(gaps, person(kind, p))
				}
			case GapStaleContact:
				if asOf.IsZero() || p.LastContact == "" {
					continue
				}
				last, err := time.Parse("2006-01-02", p.LastContact)
				if err != nil {
					continue
				}
				if days := int(day.Sub(last).Hours() / 24); days > StaleAfterDays {
					g := person(kind, p)
					g.Days = days
					gaps = append(gaps, g)
				}
			case GapPortfolio:
				if !p.KnowsPortfolio {
					gaps = append(gaps, person(kind, p))
				}
			}
		}
	}
	return gaps
}
