package kam_test

import (
	"reflect"
	"testing"
	"time"

	"kamworkbench/internal/kam"
)

func TestCoverage(t *testing.T) {
	asOf := time.Date(2026, 11, 26, 15, 30, 0, 0, time.FixedZone("CET", 3600))
	// covered is a person in every key department who causes no gap.
	covered := func(id string, dept kam.Department) kam.Stakeholder {
		return kam.Stakeholder{ID: id, Name: id, Department: dept, BuyingRole: "user", Owner: "Julia",
			KnowsPortfolio: true, LastContact: "2026-11-01"}
	}
	all := func(extra ...kam.Stakeholder) []kam.Stakeholder {
		var ps []kam.Stakeholder
		for _, d := range kam.KeyDepartments {
			ps = append(ps, covered("k-"+string(d), d))
		}
		return append(ps, extra...)
	}
	with := func(p kam.Stakeholder, f func(*kam.Stakeholder)) kam.Stakeholder { f(&p); return p }
	base := covered("p", "sales")
	tests := []struct {
		name   string
		people []kam.Stakeholder
		asOf   time.Time
		want   []kam.Gap
	}{
		{"nobody: every key department is a gap", nil, asOf, []kam.Gap{
			{Kind: kam.GapDepartment, Department: "purchasing"}, {Kind: kam.GapDepartment, Department: "it"},
			{Kind: kam.GapDepartment, Department: "management"}, {Kind: kam.GapDepartment, Department: "works_council"},
			{Kind: kam.GapDepartment, Department: "finance"},
		}},
		{"fully covered", all(base), asOf, []kam.Gap{}},
		{"one department missing", all()[1:], asOf, []kam.Gap{{Kind: kam.GapDepartment, Department: "purchasing"}}},
		{"opposed decision maker", all(with(base, func(p *kam.Stakeholder) { p.BuyingRole = "decision_maker"; p.Attitude = -1 })), asOf,
			[]kam.Gap{{Kind: kam.GapOpposed, StakeholderID: "p", Name: "p"}}},
		{"opposed economic buyer", all(with(base, func(p *kam.Stakeholder) { p.BuyingRole = "economic_buyer"; p.Attitude = -2 })), asOf,
			[]kam.Gap{{Kind: kam.GapOpposed, StakeholderID: "p", Name: "p"}}},
		{"opposed user is no gap", all(with(base, func(p *kam.Stakeholder) { p.Attitude = -2 })), asOf, []kam.Gap{}},
		{"neutral decision maker is no gap", all(with(base, func(p *kam.Stakeholder) { p.BuyingRole = "decision_maker" })), asOf, []kam.Gap{}},
		{"no owner (blank counts)", all(with(base, func(p *kam.Stakeholder) { p.Owner = "  " })), asOf,
			[]kam.Gap{{Kind: kam.GapNoOwner, StakeholderID: "p", Name: "p"}}},
		{"never contacted", all(with(base, func(p *kam.Stakeholder) { p.LastContact = "" })), asOf,
			[]kam.Gap{{Kind: kam.GapNoContact, StakeholderID: "p", Name: "p"}}},
		{"contact exactly 90 days back is fine", all(with(base, func(p *kam.Stakeholder) { p.LastContact = "2026-08-28" })), asOf, []kam.Gap{}},
		{"contact 91 days back is stale", all(with(base, func(p *kam.Stakeholder) { p.LastContact = "2026-08-27" })), asOf,
			[]kam.Gap{{Kind: kam.GapStaleContact, StakeholderID: "p", Name: "p", Days: 91}}},
		{"contact after the workshop is fine", all(with(base, func(p *kam.Stakeholder) { p.LastContact = "2027-01-01" })), asOf, []kam.Gap{}},
		{"no date: no stale check", all(with(base, func(p *kam.Stakeholder) { p.LastContact = "2020-01-01" })), time.Time{}, []kam.Gap{}},
		{"portfolio unknown", all(with(base, func(p *kam.Stakeholder) { p.KnowsPortfolio = false })), asOf,
			[]kam.Gap{{Kind: kam.GapPortfolio, StakeholderID: "p", Name: "p"}}},
		{"grouped by kind, people in order", all(
			with(base, func(p *kam.Stakeholder) { p.ID, p.Name, p.KnowsPortfolio, p.Owner = "a", "A", false, "" }),
			with(base, func(p *kam.Stakeholder) { p.ID, p.Name, p.KnowsPortfolio, p.Owner = "b", "B", false, "" }),
		), asOf, []kam.Gap{
			{Kind: kam.GapNoOwner, StakeholderID: "a", Name: "A"}, {Kind: kam.GapNoOwner, StakeholderID: "b", Name: "B"},
			{Kind: kam.GapPortfolio, StakeholderID: "a", Name: "A"}, {Kind: kam.GapPortfolio, StakeholderID: "b", Name: "B"},
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := kam.Coverage(tt.people, tt.asOf)
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("got %+v\nwant %+v", got, tt.want)
			}
		})
	}
}
