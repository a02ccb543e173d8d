package kam_test

import (
	"math"
	"strings"
	"testing"

	"kamworkbench/internal/kam"
)

// The bad input the account screens refuse inline (competitors, SWOT,
// opportunities, arguments, actions) must be refused by the domain too,
// naming the field the UI marks.
func TestAccountIntelligenceValidate(t *testing.T) {
	comp := func(edit func(*kam.Competitor)) error {
		c := kam.Competitor{Name: "Wettbewerber Süd GmbH", Threat: 3}
		edit(&c)
		return c.Validate()
	}
	opp := func(edit func(*kam.Opportunity)) error {
		o := kam.Opportunity{Title: "Rahmenvertrag", Stage: "proposal", Value: 1234.56, Probability: 40, ExpectedClose: "2026-12-31"}
		edit(&o)
		return o.Validate()
	}
	arg := func(edit func(*kam.Argument)) error {
		a := kam.Argument{Feature: "24/7-Service", Advantage: "kurze Ausfälle", Benefit: "Linie steht nie", BuyingRole: "technical_buyer"}
		edit(&a)
		return a.Validate()
	}
	act := func(edit func(*kam.Action)) error {
		a := kam.Action{Title: "CRM einführen", Owner: "Jörg", Due: "2026-12-31", Priority: "high", Probability: 50, Status: "open"}
		edit(&a)
		return a.Validate()
	}
	swot := func(edit func(*kam.SWOT)) error {
		c := kam.Client{Name: "Müller"}
		edit(&c.SWOT)
		return c.Validate()
	}
	tests := []struct {
		name  string
		err   error
		field string // "" means valid
	}{
		{"competitor valid", comp(func(*kam.Competitor) {}), ""},
		{"competitor name blank", comp(func(c *kam.Competitor) { c.Name = " \t" }), "name"},
		{"competitor threat 0", comp(func(c *kam.Competitor) { c.Threat = 0 }), "threat"},
		{"competitor threat 1", comp(func(c *kam.Competitor) { c.Threat = 1 }), ""},
		{"competitor threat 6", comp(func(c *kam.Competitor) { c.Threat = 6 }), "threat"},
		{"competitor script in notes", comp(func(c *kam.Competitor) { c.Strengths = "<script>alert(1)</script>" }), ""},
		{"competitor long counter", comp(func(c *kam.Competitor) { c.Counter = strings.Repeat("ß", kam.MaxText+1) }), "counter"},

		{"opportunity valid", opp(func(*kam.Opportunity) {}), ""},
		{"opportunity title blank", opp(func(o *kam.Opportunity) { o.Title = "" }), "title"},
		{"opportunity value 0", opp(func(o *kam.Opportunity) { o.Value = 0 }), ""},
		{"opportunity value negative", opp(func(o *kam.Opportunity) { o.Value = -0.01 }), "value"},
		{"opportunity value NaN", opp(func(o *kam.Opportunity) { o.Value = math.NaN() }), "value"},
		{"opportunity value infinite", opp(func(o *kam.Opportunity) { o.Value = math.Inf(1) }), "value"},
		{"opportunity probability -1", opp(func(o *kam.Opportunity) { o.Probability = -1 }), "probability"},
		{"opportunity probability 100", opp(func(o *kam.Opportunity) { o.Probability = 100 }), ""},
		{"opportunity probability 101", opp(func(o *kam.Opportunity) { o.Probability = 101 }), "probability"},
		{"opportunity close 30 Feb", opp(func(o *kam.Opportunity) { o.ExpectedClose = "2026-02-30" }), "expected_close"},
		{"opportunity close German", opp(func(o *kam.Opportunity) { o.ExpectedClose = "31.12.2026" }), "expected_close"},
		{"opportunity close empty", opp(func(o *kam.Opportunity) { o.ExpectedClose = "" }), ""},
		{"opportunity every stage", func() error {
			for _, s := range kam.Stages {
				if err := opp(func(o *kam.Opportunity) { o.Stage = s }); err != nil {
					return err
				}
			}
			return nil
		}(), ""},

		{"argument valid", arg(func(*kam.Argument) {}), ""},
		{"argument no role", arg(func(a *kam.Argument) { a.BuyingRole = "" }), ""},
		{"argument feature blank", arg(func(a *kam.Argument) { a.Feature = "  " }), "feature"},
		{"argument unknown role", arg(func(a *kam.Argument) { a.BuyingRole = "ceo" }), "buying_role"},

		{"action valid", act(func(*kam.Action) {}), ""},
		{"action title blank", act(func(a *kam.Action) { a.Title = "\n" }), "title"},
		{"action probability -1", act(func(a *kam.Action) { a.Probability = -1 }), "probability"},
		{"action probability 101", act(func(a *kam.Action) { a.Probability = 101 }), "probability"},
		{"action due 2026-13-01", act(func(a *kam.Action) { a.Due = "2026-13-01" }), "due"},
		{"action priority unknown", act(func(a *kam.Action) { a.Priority = "urgent" }), "priority"},
		{"action status unknown", act(func(a *kam.Action) { a.Status = "cancelled" }), "status"},

		{"swot valid", swot(func(s *kam.SWOT) { s.Strengths = "Service vor Ort\n<b>fett</b>" }), ""},
		{"swot threats too long", swot(func(s *kam.SWOT) { s.Threats = strings.Repeat("x", kam.MaxText+1) }), "swot.threats"},
		{"swot not UTF-8", swot(func(s *kam.SWOT) { s.Weaknesses = "\xff" }), "swot.weaknesses"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkField(t, tt.err, tt.field) })
	}
}
