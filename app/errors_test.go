package app_test

import (
	"encoding/json"
	"errors"
	"fmt"
	"reflect"
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
		{"not found", kam.Errorf(kam.ENotFound, "client not found"), app.UIError{Code: "not_found", Message: "client not found"}},
		{"other error", errors.New("boom"), app.UIError{Code: "internal", Message: "An internal error occurred: boom"}},
		{"a kind of error the window words itself", fmt.Errorf("preview: %w", emptyFile(t)),
			app.UIError{Code: "invalid", Kind: contacts.FileEmpty, Message: "“k.csv” is empty"}},
		{"a number out of range, with its limits", kam.InField("stakeholders[3]", (&kam.Stakeholder{Name: "A", Department: "it", BuyingRole: "user", Influence: 7}).Validate()),
			app.UIError{Code: "invalid", Field: "stakeholders[3].influence", Kind: kam.RuleRange, Min: ptr(1), Max: ptr(5), Message: "stakeholders[3].influence: 7 is outside 1–5"}},
		{"a text too long, with its limit", (&kam.Client{Name: strings.Repeat("x", kam.MaxName+1)}).Validate(),
			app.UIError{Code: "invalid", Field: "name", Kind: kam.RuleTooLong, Max: ptr(kam.MaxName), Message: "name: is 501 characters long; at most 500 are allowed"}},
		{"an empty name", (&kam.Client{Name: " "}).Validate(),
			app.UIError{Code: "invalid", Field: "name", Kind: kam.RuleRequired, Message: "name: must not be empty"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, ok := app.FormatError(tt.err).(string)
			if !ok {
				t.Fatalf("got %T, want a JSON string the Wails runtime passes through", app.FormatError(tt.err))
			}
			var got app.UIError
			if err := json.Unmarshal([]byte(s), &got); err != nil || !reflect.DeepEqual(got, tt.want) {
				t.Fatalf("got %+v (%v), want %+v", got, err, tt.want)
			}
		})
	}
}

func ptr(n int) *int { return &n }
