package app_test

import (
	"encoding/json"
	"errors"
	"testing"

	"kamworkbench/app"
	"kamworkbench/internal/kam"
)

func TestFormatError(t *testing.T) {
	tests := []struct {
		name string
		err  error
		want app.UIError
	}{
		{"domain error", kam.Invalid("influence", "7 is outside 1–5"), app.UIError{Code: "invalid", Field: "influence", Message: "influence: 7 is outside 1–5"}},
		{"not found", kam.Errorf(kam.ENotFound, "client not found"), app.UIError{Code: "not_found", Message: "client not found"}},
		{"other error", errors.New("boom"), app.UIError{Code: "internal", Message: "An internal error occurred: boom"}},
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
