package contacts

import "kamworkbench/internal/kam"

// Why a whole file cannot be read as a contact list (FileError.Kind).
const (
	FileTooLarge     = "too_large"      // larger than MaxSize
	FileTooMany      = "too_many"       // more than MaxPeople contacts
	FileMissing      = "missing"        // no such file (any more)
	FileNoPermission = "no_permission"  // the user may not read it
	FileUnreadable   = "unreadable"     // reading it failed otherwise
	FileFolder       = "folder"         // a folder, not a file
	FileEmpty        = "empty"          // nothing but blank space
	FilePDF          = "pdf"            // a PDF document
	FileWorkbook     = "workbook"       // an Excel workbook (.xlsx) or another ZIP archive
	FileOldOffice    = "old_office"     // an old Excel (.xls) or other Office file
	FileNotText      = "not_text"       // binary, or text in no encoding we can read
	FileNoNameColumn = "no_name_column" // text, but neither a vCard nor a table with a name column
)

// FileError is a file that cannot be read as a contact list at all. It
// wraps the *kam.Error that says why in English (the command line prints
// it, errors.As finds it); Kind says it for the window to word in the
// user's language.
type FileError struct {
	Kind string
	Err  *kam.Error
}

func fileError(kind, code, format string, args ...any) error {
	return &FileError{Kind: kind, Err: kam.Errorf(code, format, args...)}
}

// Error returns the English message of the wrapped *kam.Error.
func (e *FileError) Error() string { return e.Err.Error() }

// Unwrap returns the wrapped *kam.Error.
func (e *FileError) Unwrap() error { return e.Err }

// ErrorKind returns Kind; the window's error formatter passes it on.
func (e *FileError) ErrorKind() string { return e.Kind }
