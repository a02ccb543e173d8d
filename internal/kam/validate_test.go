package kam_test

import (
	"strings"
	"testing"

	"kamworkbench/internal/kam"
)

func validStakeholder() kam.Stakeholder {
	return kam.Stakeholder{Name: "Jörg Müller", Department: "purchasing", BuyingRole: "economic_buyer", Influence: 3}
}

func TestStakeholderValidate(t *testing.T) {
	tests := []struct {
		name  string
		edit  func(*kam.Stakeholder)
		field string // "" means valid
	}{
		{"valid", func(*kam.Stakeholder) {}, ""},
		{"empty name", func(s *kam.Stakeholder) { s.Name = "  " }, "name"},
		{"influence 7", func(s *kam.Stakeholder) { s.Influence = 7 }, "influence"},
		{"influence 0", func(s *kam.Stakeholder) { s.Influence = 0 }, "influence"},
		{"attitude -3", func(s *kam.Stakeholder) { s.Attitude = -3 }, "attitude"},
		{"relationship 4", func(s *kam.Stakeholder) { s.Relationship = 4 }, "relationship"},
		{"unknown department", func(s *kam.Stakeholder) { s.Department = "hr" }, "department"},
		{"unknown role", func(s *kam.Stakeholder) { s.BuyingRole = "boss" }, "buying_role"},
		{"bad date", func(s *kam.Stakeholder) { s.LastContact = "2026-02-30" }, "last_contact"},
		{"long notes", func(s *kam.Stakeholder) { s.Notes = strings.Repeat("ä", kam.MaxText+1) }, "notes"},
		{"20000 character note", func(s *kam.Stakeholder) { s.Notes = strings.Repeat("ü", 20000) }, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := validStakeholder()
			tt.edit(&s)
			checkField(t, s.Validate(), tt.field)
		})
	}
}

func TestOtherValidate(t *testing.T) {
	tests := []struct {
		name  string
		err   error
		field string
	}{
		{"competitor threat 6", (&kam.Competitor{Name: "X", Threat: 6}).Validate(), "threat"},
		{"competitor ok", (&kam.Competitor{Name: "X", Threat: 5}).Validate(), ""},
		{"competitor blank", (&kam.Competitor{Name: "", Threat: 1}).Validate(), "name"},
		{"opportunity negative", (&kam.Opportunity{Title: "T", Stage: "lead", Value: -1}).Validate(), "value"},
		{"opportunity probability", (&kam.Opportunity{Title: "T", Stage: "lead", Probability: 101}).Validate(), "probability"},
		{"opportunity stage", (&kam.Opportunity{Title: "T", Stage: "maybe"}).Validate(), "stage"},
		{"action blank title", (&kam.Action{Title: " ", Priority: "high", Status: "open"}).Validate(), "title"},
		{"action bad due", (&kam.Action{Title: "T", Priority: "high", Status: "open", Due: "31.12.2026"}).Validate(), "due"},
		{"action ok", (&kam.Action{Title: "T", Priority: "low", Status: "done", Due: "2026-12-31", Probability: 100}).Validate(), ""},
		{"relation to self", (&kam.Relation{From: "a", To: "a", Kind: "conflict"}).Validate(), "to"},
		{"relation kind", (&kam.Relation{From: "a", To: "b", Kind: "likes"}).Validate(), "kind"},
		{"rating 5", (&kam.Answer{QuestionID: "q", Rating: ptr(5)}).Validate(), "rating"},
		{"workshop participant", (&kam.Workshop{Title: "T", Participants: []kam.Participant{{Name: ""}}}).Validate(), "participants[0].name"},
		{"argument role", (&kam.Argument{Feature: "F", BuyingRole: "x"}).Validate(), "buying_role"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkField(t, tt.err, tt.field) })
	}
}

func ptr(i int) *int { return &i }

func checkField(t *testing.T, err error, field string) {
	t.Helper()
	if field == "" {
		if err != nil {
			t.Fatalf("got %v, want valid", err)
		}
		return
	}
	e, ok := err.(*kam.Error)
	if !ok || e.Code != kam.EInvalid || e.Field != field {
		t.Fatalf("got %#v, want invalid %s", err, field)
	}
}
