package kam_test

import (
	"errors"
	"strings"
	"testing"

	"kamworkbench/internal/kam"
)

// TestCheckText holds the rules for text from outside: valid UTF-8, no
// control characters, line breaks and tabs only in multi-line fields.
func TestCheckText(t *testing.T) {
	tests := []struct {
		name  string
		v     string
		lines kam.Lines
		rule  string // "" means valid
	}{
		{"plain", "Jörg Müller 😀", kam.OneLine, ""},
		{"replacement character typed", "a\uFFFDb", kam.OneLine, ""},
		{"NUL", "\x00", kam.OneLine, kam.RuleControl},
		{"NUL in notes", "a\x00b", kam.MultiLine, kam.RuleControl},
		{"ESC", "a\x1b[31mb", kam.MultiLine, kam.RuleControl},
		{"DEL", "a\x7f", kam.OneLine, kam.RuleControl},
		{"C1", "a\u0085b", kam.MultiLine, kam.RuleControl},
		{"bell", "\a", kam.MultiLine, kam.RuleControl},
		{"form feed", "a\fb", kam.MultiLine, kam.RuleControl},
		{"newline in a name", "Jörg\nMüller", kam.OneLine, kam.RuleLineBreak},
		{"CR in a name", "Jörg\rMüller", kam.OneLine, kam.RuleLineBreak},
		{"tab in a name", "Jörg\tMüller", kam.OneLine, kam.RuleLineBreak},
		{"lines in notes", "eins\r\nzwei\n\tdrei", kam.MultiLine, ""},
		{"invalid UTF-8", "a\xffb", kam.MultiLine, kam.RuleText},
		{"encoded surrogate", "a\xed\xa0\x80b", kam.OneLine, kam.RuleText},
		{"cut off", "Müller\xc3", kam.OneLine, kam.RuleText},
		{"too long", strings.Repeat("ä", 21), kam.OneLine, kam.RuleTooLong},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := kam.CheckText("name", tt.v, tt.lines, 20)
			checkRule(t, err, "name", tt.rule)
		})
	}
}

// TestValidateRefusesControlText: every text field of every record runs
// through CheckText, and a name of NUL alone is not a name.
func TestValidateRefusesControlText(t *testing.T) {
	s := validStakeholder()
	s.Email = "a@b.de\x1b"
	c := kam.Client{Name: "\u0000"}
	w := kam.Workshop{Title: "T", Participants: []kam.Participant{{Name: "Anna\nBerg", Side: kam.SideCustomer}}}
	tests := []struct {
		name, field, rule string
		err               error
	}{
		{"client named NUL", "name", kam.RuleControl, c.Validate()},
		{"client notes with NUL", "notes", kam.RuleControl, (&kam.Client{Name: "X", Notes: "a\x00"}).Validate()},
		{"client SWOT with ESC", "swot.threats", kam.RuleControl, (&kam.Client{Name: "X", SWOT: kam.SWOT{Threats: "\x1b"}}).Validate()},
		{"client notes on lines", "", "", (&kam.Client{Name: "X", Notes: "a\nb\tc"}).Validate()},
		{"stakeholder email with ESC", "email", kam.RuleControl, s.Validate()},
		{"participant name on two lines", "participants[0].name", kam.RuleLineBreak, w.Validate()},
		{"action title with newline", "title", kam.RuleLineBreak, (&kam.Action{Title: "a\nb", Priority: "low", Status: "open"}).Validate()},
		{"answer finding invalid", "finding", kam.RuleText, (&kam.Answer{QuestionID: "q", Finding: "\xff"}).Validate()},
		{"argument feature on lines (a text box)", "", "", (&kam.Argument{Feature: "eins\nzwei"}).Validate()},
		{"argument feature blank", "feature", kam.RuleRequired, (&kam.Argument{Feature: " \n "}).Validate()},
		{"argument benefit with NUL", "benefit", kam.RuleControl, (&kam.Argument{Feature: "F", Benefit: "\x00"}).Validate()},
		{"competitor name with tab", "name", kam.RuleLineBreak, (&kam.Competitor{Name: "A\tB", Threat: 1}).Validate()},
		{"opportunity next step with lines", "", "", (&kam.Opportunity{Title: "T", Stage: "lead", NextStep: "a\nb"}).Validate()},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkRule(t, tt.err, tt.field, tt.rule) })
	}
}

// TestCheckJSONText finds what encoding/json would turn into U+FFFD, on the
// raw bytes, and names the field.
func TestCheckJSONText(t *testing.T) {
	tests := []struct {
		name, doc, field string // field "" means sound
	}{
		{"plain", `{"client":{"name":"Müller \ud83d\ude00 \\ud800"}}`, ""},
		{"lone high surrogate", `{"client":{"name":"a\ud800b"}}`, "client.name"},
		{"lone low surrogate", `{"client":{"id":"x","notes":"\uDC00"}}`, "client.notes"},
		{"high then no low", `{"a":[1,"x",{"b":"\ud83d\u0041"}]}`, "a[2].b"},
		{"two highs", `{"a":"\ud83d\ud83d\ude00"}`, "a"},
		{"in a list", `{"stakeholders":[{"name":"ok"},{"name":"ok","title":"\udfff"}]}`, "stakeholders[1].title"},
		{"invalid UTF-8", "{\"workshops\":[{\"title\":\"a\xffb\"}]}", "workshops[0].title"},
		{"in a key", "{\"na\xc3me\":\"x\"}", "na\uFFFDme"},
		{"after nested values", `{"a":{"b":[1,2,{"c":null}],"d":true},"e":"\ud800"}`, "e"},
		{"broken JSON passes to decoding", `{"a":"\ud800`, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := kam.CheckJSONText([]byte(tt.doc))
			if tt.field == "" {
				if err != nil {
					t.Fatalf("got %v, want sound", err)
				}
				return
			}
			checkRule(t, err, tt.field, kam.RuleText)
		})
	}
}

func checkRule(t *testing.T, err error, field, rule string) {
	t.Helper()
	if rule == "" {
		if err != nil {
			t.Fatalf("got %v, want valid", err)
		}
		return
	}
	var e *kam.Error
	if !errors.As(err, &e) || e.Code != kam.EInvalid || e.Field != field || e.Rule != rule {
		t.Fatalf("got %#v, want invalid %s (%s)", err, field, rule)
	}
}
