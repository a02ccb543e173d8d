package glossary_test

import (
	"slices"
	"strconv"
	"strings"
	"testing"

	"kamworkbench/internal/glossary"
	"kamworkbench/internal/kam"
)

// scale lists the whole numbers from min to max as strings.
func scale(lo, hi int) []string {
	var out []string
	for v := lo; v <= hi; v++ {
		out = append(out, strconv.Itoa(v))
	}
	return out
}

func strs[T ~string](vs []T) []string {
	out := make([]string, len(vs))
	for i, v := range vs {
		out[i] = string(v)
	}
	return out
}

// domain is every labelled kind with the values the domain (internal/kam)
// knows for it: the glossary must label exactly these, in every language.
func domain() map[glossary.Kind][]string {
	return map[glossary.Kind][]string{
		glossary.Department:       strs(kam.Departments),
		glossary.BuyingRole:       strs(kam.BuyingRoles),
		glossary.Attitude:         scale(kam.MinAttitude, kam.MaxAttitude),
		glossary.Influence:        scale(kam.MinInfluence, kam.MaxInfluence),
		glossary.Relationship:     scale(kam.MinRelationship, kam.MaxRelationship),
		glossary.RelationKind:     strs(kam.RelationKinds),
		glossary.Threat:           scale(kam.MinThreat, kam.MaxThreat),
		glossary.Priority:         strs(kam.Priorities),
		glossary.Status:           strs(kam.Statuses),
		glossary.Stage:            strs(kam.Stages),
		glossary.Side:             strs(kam.Sides),
		glossary.Rating:           append(scale(kam.MinRating, kam.MaxRating), glossary.NA),
		glossary.CoverageGap:      strs(kam.GapKinds),
		glossary.CoverageGapShort: strs(kam.GapKinds),
		glossary.Perspective:      append(strs(kam.Sides), glossary.Agreed),
	}
}

func TestEveryValueHasALabelInEveryLanguage(t *testing.T) {
	want := domain()
	for _, lang := range glossary.Languages {
		for kind, values := range want {
			got := glossary.Values(lang, kind)
			for _, v := range values {
				if !slices.Contains(got, v) {
					t.Errorf("%s: %s %q has no label", lang, kind, v)
				}
			}
			for _, v := range got {
				if !slices.Contains(values, v) {
					t.Errorf("%s: %s %q is labelled but the domain has no such value", lang, kind, v)
				}
				if strings.TrimSpace(glossary.Label(lang, kind, v)) == "" {
					t.Errorf("%s: %s %q has an empty label", lang, kind, v)
				}
			}
		}
		for _, kind := range glossary.Kinds(lang) {
			if _, ok := want[kind]; !ok {
				t.Errorf("%s: words.json has labels of %q, which the domain does not know", lang, kind)
			}
		}
	}
}

func TestLanguagesHaveTheSameWords(t *testing.T) {
	de, en := glossary.Languages[0], glossary.Languages[1]
	for _, lang := range glossary.Languages {
		for kind := range domain() {
			if kind == glossary.CoverageGapShort {
				continue // the short labels go under the name of the long ones
			}
			if n := glossary.Name(lang, kind); n == string(kind) || strings.TrimSpace(n) == "" {
				t.Errorf("%s: the kind %s has no name", lang, kind)
			}
		}
		for _, k := range glossary.Singles(lang) {
			if strings.TrimSpace(glossary.Word(lang, k)) == "" {
				t.Errorf("%s: %s is empty", lang, k)
			}
		}
	}
	if a, b := glossary.Singles(de), glossary.Singles(en); !slices.Equal(a, b) {
		t.Errorf("single words: de %v, en %v", a, b)
	}
	if a, b := glossary.Named(de), glossary.Named(en); !slices.Equal(a, b) {
		t.Errorf("named kinds: de %v, en %v", a, b)
	}
}

func TestLabel(t *testing.T) {
	for _, tc := range []struct {
		lang  string
		kind  glossary.Kind
		value string
		want  string
	}{
		{"de", glossary.BuyingRole, "economic_buyer", "Budgetverantwortlicher"},
		{"en", glossary.BuyingRole, "economic_buyer", "Economic buyer"},
		{"en-GB", glossary.Attitude, "-1", "sceptical"},
		{"", glossary.Relationship, "3", "eng"},
		{"fr", glossary.Priority, "high", "Hoch"},
		{"de", glossary.Department, "no_such", "no_such"},
	} {
		if got := glossary.Label(tc.lang, tc.kind, tc.value); got != tc.want {
			t.Errorf("Label(%q, %s, %q) = %q, want %q", tc.lang, tc.kind, tc.value, got, tc.want)
		}
	}
	if got := glossary.LabelInt("de", glossary.Rating, 4); got != "vorbildlich" {
		t.Errorf("LabelInt(de, rating, 4) = %q", got)
	}
	if got := glossary.Name("en", glossary.Attitude); got != "Attitude" {
		t.Errorf("Name(en, attitude) = %q", got)
	}
}
