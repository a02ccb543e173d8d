package app

import (
	"strings"

	"kamworkbench/internal/audience"
	"kamworkbench/internal/contacts"
	"kamworkbench/internal/kam"
	"kamworkbench/internal/slides"
)

// enumValue is one value of an enum as Wails binds it (options.App.EnumBind):
// the generated TypeScript enum of T has a member TSName = Value.
type enumValue[T ~string] struct {
	Value  T
	TSName string
}

// enumOf lists the values of an enum for Wails, each named by its value in
// capitals ("works_council" → WORKS_COUNCIL).
func enumOf[T ~string](values []T) []enumValue[T] {
	out := make([]enumValue[T], len(values))
	for i, v := range values {
		out[i] = enumValue[T]{Value: v, TSName: strings.ToUpper(string(v))}
		if v == "" {
			out[i].TSName = "NONE"
		}
	}
	return out
}

// Enums are the domain's enums for the window: Wails writes each into
// frontend/wailsjs/go/models.ts as a TypeScript enum, and the fields of
// these types in the bound structs take that enum's type, so the window's
// values come from Go. (Wails orders the members by name; the domain's
// order, such as the funnel's, is in the generated frontend/src/api/domain.gen.ts.)
func Enums() []any {
	return []any{
		enumOf(kam.Departments),
		enumOf(kam.BuyingRoles),
		enumOf(kam.ArgumentRoles()),
		enumOf(kam.RelationKinds),
		enumOf(kam.Stages),
		enumOf(kam.Priorities),
		enumOf(kam.Statuses),
		enumOf(kam.Sides),
		enumOf(kam.GapKinds),
		enumOf(kam.Bands),
		enumOf(audience.Audiences),
		enumOf(audience.Sections),
		enumOf(slides.Kinds),
		enumOf(Pictures),
		enumOf([]PictureFormat{PNG, SVG}),
		enumOf([]ImportStatus{BundleImported, BundleConflict}),
		enumOf([]ImportConflict{ConflictNone, ConflictClient, ConflictRecords}),
		enumOf([]ProblemKind{"", ProblemDamaged, ProblemNewer, ProblemUnreadable, ProblemDiskFull, ProblemBusy}),
		enumOf([]contacts.Skip{"", contacts.SkippedOnMap, contacts.SkippedRepeated}),
	}
}
