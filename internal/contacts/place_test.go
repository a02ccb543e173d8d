package contacts_test

import (
	"fmt"
	"testing"

	"kamworkbench/internal/contacts"
	"kamworkbench/internal/kam"
)

func people(n int) []kam.Stakeholder {
	out := make([]kam.Stakeholder, n)
	for i := range out {
		out[i] = person(fmt.Sprintf("Person %d", i), "", "other", "other", "", "", "")
	}
	return out
}

func TestPlace(t *testing.T) {
	demo := []kam.Stakeholder{{X: 0, Y: 0}, {X: 1060, Y: 480}, {X: 520, Y: 320}}
	for _, tc := range []struct {
		name        string
		existing    []kam.Stakeholder
		n           int
		first, last [2]float64 // positions of the first and last new person
	}{
		{name: "empty map starts at the origin, 5 a row", n: 7, first: [2]float64{0, 0}, last: [2]float64{240, 160}},
		{name: "below the existing people, as wide as they are", existing: demo, n: 6,
			first: [2]float64{0, 640}, last: [2]float64{0, 800}},
		{name: "far out at the edge of the map stays on it", existing: []kam.Stakeholder{{X: 1e7, Y: 1e7}}, n: 9,
			first: [2]float64{1e7 - 4*240, 1e7 - 3*160}, last: [2]float64{1e7 - 4*240, 1e7 - 160}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ps := people(tc.n)
			contacts.Place(tc.existing, ps)
			if got := [2]float64{ps[0].X, ps[0].Y}; got != tc.first {
				t.Errorf("first: got %v, want %v", got, tc.first)
			}
			if got := [2]float64{ps[tc.n-1].X, ps[tc.n-1].Y}; got != tc.last {
				t.Errorf("last: got %v, want %v", got, tc.last)
			}
			seen := map[[2]float64]bool{}
			for _, e := range tc.existing {
				seen[[2]float64{e.X, e.Y}] = true
			}
			for i, p := range ps {
				at := [2]float64{p.X, p.Y}
				if seen[at] {
					t.Errorf("person %d: got position %v twice, want every card on a spot of its own", i, at)
				}
				seen[at] = true
				if err := p.Validate(); err != nil {
					t.Errorf("person %d at %v: %v", i, at, err)
				}
			}
		})
	}
}
