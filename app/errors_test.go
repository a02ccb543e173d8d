package app_test

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"strings"
	"testing"

	"kamworkbench/app"
	"kamworkbench/internal/contacts"
	"kamworkbench/internal/kam"
)

func emptyFile(t *testing.T) error {
	t.Helper()
	_, err := contacts.Parse("k.csv", nil, nil)
	if err == nil {
		t.Fatal("got no error for an empty file")
	}
	return err
}

func TestFormatError(t *testing.T) {
	tests := []struct {
		name string
		err  error
		want app.UIError
	}{
		{"domain error", kam.Invalid("influence", "7 is outside 1–5"), app.UIError{Code: "invalid", Field: "influence", Message: "influence: 7 is outside 1–5"}},
		{"a broken rule the window words itself", kam.InField("participants[1]", (&kam.Participant{Side: "ours"}).Validate()),
			app.UIError{Code: "invalid", Field: "participants[1].name", Kind: kam.RuleRequired, Message: "participants[1].name: must not be empty"}},
		{"a rule with bounds", (&kam.Client{Name: strings.Repeat("x", kam.MaxName+1)}).Validate(),
			app.UIError{Code: "invalid", Field: "name", Kind: kam.RuleTooLong, Max: kam.MaxName, Message: "name: is 501 characters long; at most 500 are allowed"}},
		{"not found", kam.Errorf(kam.ENotFound, "client not found"), app.UIError{Code: "not_found", Message: "client not found"}},
		{"other error", errors.New("boom"), app.UIError{Code: "internal", Message: "An internal error occurred: boom"}},
		{"a kind of error the window words itself", fmt.Errorf("preview: %w", emptyFile(t)),
			app.UIError{Code: "invalid", Kind: contacts.FileEmpty, Message: "“k.csv” is empty"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, ok := app.FormatError(tt.err).(string)
			if !ok {
				t.Fatalf("got %T, want a JSON string the Wails runtime passes through", app.FormatError(tt.err))
			}
			var got app.UIError
			if err := json.Unmarshal([]byte(s), &got); err != nil || got != tt.want {
				t.Fatalf("got %+v (%v), want %+v", got, err, tt.want)
			}
		})
	}
}

// TestRulesWorded: the window knows every rule of a field that Go names, so
// it can say each one in its language.
func TestRulesWorded(t *testing.T) {
	src, err := os.ReadFile("../frontend/src/components/errorReason.ts")
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range kam.Rules {
		if !strings.Contains(string(src), "'"+r+"'") {
			t.Errorf("rule %q is missing from the window's ruleKinds", r)
		}
	}
}
