package kam

import (
	"errors"
	"fmt"
)

// Error codes shared by the store, the services, the command line and the UI.
const (
	EInvalid  = "invalid"   // the input breaks a rule; the message says which
	ENotFound = "not_found" // the thing asked for does not exist
	EConflict = "conflict"  // the change clashes with what is stored
	EInternal = "internal"  // something broke that the user cannot fix
	EDiskFull = "disk_full" // the disk or the workspace is full; nothing was saved
	EBusy     = "busy"      // another program holds the workspace locked; try again later
)

// Rules an invalid value can break. The window says them in its own
// language from the rule and its limits; Message stays the English sentence
// for the command line and the logs.
const (
	RuleRequired  = "required"     // empty where a value is needed
	RuleTooLong   = "too_long"     // more characters than Max
	RuleRange     = "out_of_range" // a number outside Min…Max
	RuleChoice    = "not_a_choice" // not one of the allowed values
	RuleDate      = "not_a_date"   // not a calendar date YYYY-MM-DD
	RuleText      = "not_text"     // not valid UTF-8 text (or a lone surrogate)
	RuleControl   = "control_char" // a control character such as NUL or ESC
	RuleLineBreak = "line_break"   // a line break or tab in a single-line field
	// RuleStale is an EConflict: the save came from a copy older than the
	// record stored, which someone changed meanwhile; nothing was written.
	RuleStale = "stale"
)

// Error is the one error type of the domain. Message is meant for the user.
type Error struct {
	Code    string
	Field   string // the offending field, as in "stakeholders[3].influence"; may be empty
	Message string
	// Rule is the rule an invalid value broke (RuleTooLong, …), when it is
	// one of them; Min and Max are its limits (RuleRange: both; RuleTooLong:
	// Max).
	Rule     string
	Min, Max int
}

// At returns a copy of e about field instead.
func (e *Error) At(field string) *Error {
	c := *e
	c.Field = field
	return &c
}

// breaks returns an EInvalid error about field that broke rule.
func breaks(field, rule string, min, max int, format string, args ...any) *Error {
	return &Error{Code: EInvalid, Field: field, Message: fmt.Sprintf(format, args...), Rule: rule, Min: min, Max: max}
}

// Error returns the user-facing message, prefixed with the field if known.
func (e *Error) Error() string {
	if e.Field == "" {
		return e.Message
	}
	return e.Field + ": " + e.Message
}

// Stale returns the EConflict error of a save from an outdated copy of a
// record (RuleStale): what was stored stays as it is.
func Stale(what string) *Error {
	return &Error{Code: EConflict, Rule: RuleStale,
		Message: fmt.Sprintf("the %s was changed elsewhere meanwhile; nothing was saved, reload it and make the change again", what)}
}

// Invalid returns an EInvalid error about one field.
func Invalid(field, format string, args ...any) *Error {
	return &Error{Code: EInvalid, Field: field, Message: fmt.Sprintf(format, args...)}
}

// InField returns err with its field prefixed by prefix ("stakeholders[3]"),
// so nested validation can say where the problem is. Other errors pass.
func InField(prefix string, err error) error {
	var e *Error
	if !errors.As(err, &e) {
		return err
	}
	f := prefix
	if e.Field != "" {
		f += "." + e.Field
	}
	return e.At(f)
}

// Errorf returns an *Error with the given code and a formatted message.
func Errorf(code, format string, args ...any) *Error {
	return &Error{Code: code, Message: fmt.Sprintf(format, args...)}
}

// ErrorCode returns the code of the first *Error in err's chain, EInternal for
// any other error, and "" for nil.
func ErrorCode(err error) string {
	if err == nil {
		return ""
	}
	var e *Error
	if errors.As(err, &e) {
		return e.Code
	}
	return EInternal
}

// ErrorMessage returns the user-facing message of err: the message of its
// *Error, or a generic sentence for internal errors.
func ErrorMessage(err error) string {
	if err == nil {
		return ""
	}
	var e *Error
	if errors.As(err, &e) {
		return e.Error()
	}
	return "An internal error occurred: " + err.Error()
}
