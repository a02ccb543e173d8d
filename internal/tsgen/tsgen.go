// Package tsgen writes the domain's facts that Wails does not bind as
// TypeScript for the window (frontend/src/api/domain.gen.ts): each enum's
// values in the domain's order, the validation limits and scales, and new
// records with their defaults. Wails generates the types and the enums
// themselves (frontend/wailsjs/go/models.ts, see app.Enums); this file
// checks its values against them with `satisfies`, so tsc fails when the two
// disagree. The test in this package fails when the file is stale;
// `go generate ./internal/tsgen` writes it anew.
package tsgen

//go:generate go test -run TestDomainTS -update

import (
	"bytes"
	"encoding/json"
	"fmt"
	"sort"

	"kamworkbench/internal/contacts"
	"kamworkbench/internal/kam"
	"kamworkbench/internal/sqlite"
)

// list is one enum's values in the domain's order.
type list struct {
	name, doc, enum string
	values          []string
}

func strs[T ~string](vs []T) []string {
	out := make([]string, len(vs))
	for i, v := range vs {
		out[i] = string(v)
	}
	return out
}

func lists() []list {
	return []list{
		{"departments", "Departments of a customer's organisation (kam.Departments).", "Department", strs(kam.Departments)},
		{"keyDepartments", "The departments whose coverage matters (kam.KeyDepartments).", "Department", strs(kam.KeyDepartments)},
		{"buyingRoles", "Buying roles (kam.BuyingRoles).", "BuyingRole", strs(kam.BuyingRoles)},
		{"relationKinds", "Kinds of relation between two stakeholders (kam.RelationKinds).", "RelationKind", strs(kam.RelationKinds)},
		{"stages", "Stages of an opportunity in funnel order (kam.Stages).", "Stage", strs(kam.Stages)},
		{"openStages", "The stages still in play (kam.OpenStages).", "Stage", strs(kam.OpenStages)},
		{"priorities", "Priorities of an action, highest first (kam.Priorities).", "Priority", strs(kam.Priorities)},
		{"statuses", "Statuses of an action (kam.Statuses).", "Status", strs(kam.Statuses)},
		{"sides", "Sides of a workshop's participants (kam.Sides).", "Side", strs(kam.Sides)},
		{"gapKinds", "Kinds of coverage gap in report order (kam.GapKinds).", "GapKind", strs(kam.GapKinds)},
	}
}

// limits are the numbers the window checks input against, by their name in
// TypeScript: the domain's, the store's for its settings and the contact
// import's.
func limits() [][2]any {
	return [][2]any{
		{"maxName", kam.MaxName}, {"maxText", kam.MaxText},
		{"maxParticipants", kam.MaxParticipants},
		{"maxValue", kam.MaxValue}, {"maxProbability", kam.MaxProbability},
		{"minRating", kam.MinRating}, {"maxRating", kam.MaxRating},
		{"minAttitude", kam.MinAttitude}, {"maxAttitude", kam.MaxAttitude},
		{"minInfluence", kam.MinInfluence}, {"maxInfluence", kam.MaxInfluence},
		{"minRelationship", kam.MinRelationship}, {"maxRelationship", kam.MaxRelationship},
		{"minThreat", kam.MinThreat}, {"maxThreat", kam.MaxThreat},
		{"staleAfterDays", kam.StaleAfterDays},
		{"bandMidFrom", kam.BandMidFrom}, {"bandHighFrom", kam.BandHighFrom},
		{"minBackupKeep", sqlite.MinBackupKeep}, {"maxBackupKeep", sqlite.MaxBackupKeep},
		{"maxContactFileMB", contacts.MaxSize >> 20}, {"maxContactPeople", contacts.MaxPeople},
	}
}

// scales are the numbered scales, each as the list of its values.
func scales() []struct {
	name, doc string
	min, max  int
} {
	return []struct {
		name, doc string
		min, max  int
	}{
		{"ratings", "Ratings of a question: 0 none … 4 exemplary (kam.MinRating…MaxRating).", kam.MinRating, kam.MaxRating},
		{"attitudes", "A stakeholder's attitude to us: −2 opposed … +2 supportive (kam.MinAttitude…MaxAttitude).", kam.MinAttitude, kam.MaxAttitude},
		{"influences", "A stakeholder's influence (kam.MinInfluence…MaxInfluence).", kam.MinInfluence, kam.MaxInfluence},
		{"relationships", "How strong our relationship is: none … close (kam.MinRelationship…MaxRelationship).", kam.MinRelationship, kam.MaxRelationship},
		{"threats", "How much a competitor threatens us (kam.MinThreat…MaxThreat).", kam.MinThreat, kam.MaxThreat},
	}
}

// records are new records with their defaults, by name, and their Go type.
func records() []struct {
	name, typ string
	value     any
} {
	return []struct {
		name, typ string
		value     any
	}{
		{"stakeholder", "Stakeholder", kam.NewStakeholder()},
		{"action", "Action", kam.NewAction()},
		{"competitor", "Competitor", kam.NewCompetitor()},
		{"client", "Client", kam.Client{}},
	}
}

// Domain returns the TypeScript source of frontend/src/api/domain.gen.ts.
func Domain() ([]byte, error) {
	var b bytes.Buffer
	b.WriteString("// Generated from internal/kam by internal/tsgen (go generate ./internal/tsgen). DO NOT EDIT.\n")
	b.WriteString("import type { kam } from '../../wailsjs/go/models';\n")
	b.WriteString("import type { Wire } from './wire';\n\n")
	for _, l := range lists() {
		vs, err := json.Marshal(l.values)
		if err != nil {
			return nil, err
		}
		fmt.Fprintf(&b, "/** %s */\nexport const %s = %s as const satisfies readonly `${kam.%s}`[];\n\n", l.doc, l.name, vs, l.enum)
	}
	for _, sc := range scales() {
		var vs []int
		for v := sc.min; v <= sc.max; v++ {
			vs = append(vs, v)
		}
		js, err := json.Marshal(vs)
		if err != nil {
			return nil, err
		}
		fmt.Fprintf(&b, "/** %s */\nexport const %s = %s as const;\n\n", sc.doc, sc.name, js)
	}
	b.WriteString("/** The limits and scales Go checks every value against (internal/kam). */\nexport const limits = {\n")
	for _, l := range limits() {
		v, err := json.Marshal(l[1])
		if err != nil {
			return nil, err
		}
		fmt.Fprintf(&b, "  %s: %s,\n", l[0], v)
	}
	b.WriteString("} as const;\n\n")
	probs := map[string]int{}
	for s, p := range kam.StageProbability {
		probs[string(s)] = p
	}
	keys := make([]string, 0, len(probs))
	for k := range probs {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	b.WriteString("/** The starting probability (%) of an opportunity in each stage (kam.StageProbability). */\nexport const stageProbability = {\n")
	for _, k := range keys {
		fmt.Fprintf(&b, "  %s: %d,\n", k, probs[k])
	}
	b.WriteString("} as const satisfies Record<`${kam.Stage}`, number>;\n\n")
	b.WriteString("/** New records as Go starts them (kam.New…), every field at its default. */\nexport const defaults = {\n")
	for _, r := range records() {
		v, err := json.Marshal(r.value)
		if err != nil {
			return nil, err
		}
		fmt.Fprintf(&b, "  %s: %s satisfies Wire<kam.%s>,\n", r.name, v, r.typ)
	}
	b.WriteString("} as const;\n")
	return b.Bytes(), nil
}
