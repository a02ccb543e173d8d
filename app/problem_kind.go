package app

import (
	"strings"

	"kamworkbench/internal/kam"
)

// ProblemKind is what kind of problem kept the workspace from opening, for
// the window to explain in the user's language (the message is English and
// technical).
type ProblemKind string

// The kinds of start-up problem.
const (
	ProblemDamaged    ProblemKind = "damaged"    // quick_check or the file's structure failed; a backup helps
	ProblemNewer      ProblemKind = "newer"      // written by a newer KAM Workbench; updating helps
	ProblemUnreadable ProblemKind = "unreadable" // not a workspace, not readable, a bad path
	ProblemDiskFull   ProblemKind = "disk_full"  // the disk where the workspace lives is full; freeing space helps, a backup does not
	ProblemBusy       ProblemKind = "busy"       // another program holds the workspace locked; closing it helps, a backup does not
)

// problemKind sorts a start-up failure by its code: a newer schema is a
// conflict, a full disk and a locked file have codes of their own; and the
// store says "is damaged" when the file's content fails its checks.
func problemKind(code, message string) ProblemKind {
	switch {
	case code == kam.EConflict:
		return ProblemNewer
	case code == kam.EDiskFull:
		return ProblemDiskFull
	case code == kam.EBusy:
		return ProblemBusy
	case strings.Contains(message, " is damaged"):
		return ProblemDamaged
	default:
		return ProblemUnreadable
	}
}
