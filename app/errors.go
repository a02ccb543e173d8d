package app

import (
	"encoding/json"
	"errors"
	"fmt"
	"log"
	"runtime/debug"

	"kamworkbench/internal/kam"
)

// UIError is how an error reaches the UI: a code to act on, the field it is
// about, and a message to show. Kind, when set, says more exactly what went
// wrong (the rule an invalid value broke, kam.RuleTooLong…, with its limits
// in Min and Max; or a contacts.FileError's kind), so the window can say it
// in the user's language; the message is English.
type UIError struct {
	Code    string `json:"code"`
	Field   string `json:"field,omitempty"`
	Kind    string `json:"kind,omitempty"`
	Min     *int   `json:"min,omitempty"`
	Max     *int   `json:"max,omitempty"`
	Message string `json:"message"`
}

// kinded is an error that says what kind of failure it is.
type kinded interface{ ErrorKind() string }

// FormatError is Wails' ErrorFormatter: it turns a bound method's error into
// a UIError, as a JSON string — the Wails runtime passes a string through to
// the rejected promise but turns an object into "[object Object]".
func FormatError(err error) any {
	e := UIError{Code: kam.EInternal, Message: kam.ErrorMessage(err)}
	var ke *kam.Error
	if errors.As(err, &ke) {
		e = UIError{Code: ke.Code, Field: ke.Field, Kind: ke.Rule, Message: ke.Error()}
		switch ke.Rule {
		case kam.RuleRange:
			e.Min, e.Max = &ke.Min, &ke.Max
		case kam.RuleTooLong:
			e.Max = &ke.Max
		}
	}
	var k kinded
	if errors.As(err, &k) {
		e.Kind = k.ErrorKind()
	}
	b, jerr := json.Marshal(e)
	if jerr != nil {
		return e.Message
	}
	return string(b)
}

// guard turns a panic in a bound method into an internal error, so one bad
// call can neither crash the window nor leak a stack trace to the UI.
func guard(err *error) {
	if r := recover(); r != nil {
		log.Printf("panic in bound method: %v\n%s", r, debug.Stack())
		*err = kam.Errorf(kam.EInternal, "An internal error occurred (%v); nothing was changed", fmt.Sprint(r))
	}
}

// MaxIDs caps lists of ids passed from the UI (reorders, multi-moves).
const MaxIDs = 10_000

func checkCount(what string, n int) error {
	if n > MaxIDs {
		return kam.Errorf(kam.EInvalid, "too many %s (%d)", what, n)
	}
	return nil
}
