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

// Error is the one error type of the domain. Message is meant for the user.
type Error struct {
	Code    string
	Field   string // the offending field, as in "stakeholders[3].influence"; may be empty
	Message string
}

// Error returns the user-facing message, prefixed with the field if known.
func (e *Error) Error() string {
	if e.Field == "" {
		return e.Message
	}
	return e.Field + ": " + e.Message
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
	return &Error{Code: e.Code, Field: f, Message: e.Message}
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
