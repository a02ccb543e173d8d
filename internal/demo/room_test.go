package demo_test

import (
	"math"
	"testing"

	"kamworkbench/internal/catalog"
	"kamworkbench/internal/demo"
	"kamworkbench/internal/kam"
)

// TestSampleRoom: the sample's current round has Hofmann's people in the
// room beside our team, linked to the map, and their votes show a couple of
// real disagreements and the customer's view below ours — without moving
// the agreed scores. The earlier round has votes too, so rounds compare
// perspectives.
func TestSampleRoom(t *testing.T) {
	c := catalog.MustLoad()
	acc := demo.Account(c)
	people := map[string]kam.Stakeholder{}
	for _, s := range acc.Stakeholders {
		people[s.ID] = s
	}
	areas := c.AreaQuestions()
	for i, w := range acc.Workshops {
		sides := map[kam.Side]int{}
		for _, p := range w.Participants {
			sides[p.Side]++
			if p.Side == kam.SideCustomer {
				s, ok := people[p.StakeholderID]
				if !ok || s.Name != p.Name || s.Title != p.Role {
					t.Errorf("workshop %d: customer %q is not linked to the map's person of that name and title", i, p.Name)
				}
			}
			if err := p.Validate(); err != nil {
				t.Errorf("workshop %d: %v", i, err)
			}
		}
		if sides[kam.SideCustomer] < 2 || sides[kam.SideOurs] < 2 {
			t.Errorf("workshop %d: got sides %v, want the customer's people and our team", i, sides)
		}
		if len(w.Votes) == 0 {
			t.Errorf("workshop %d has no votes", i)
		}
		withVotes := kam.ScoreWorkshop(areas, w)
		agreedOnly := kam.Score(w.ID, areas, w.Answers, nil, w.Participants)
		if *withVotes.Overall != *agreedOnly.Overall {
			t.Errorf("workshop %d: votes moved the agreed score from %v to %v", i, *agreedOnly.Overall, *withVotes.Overall)
		}
	}

	cur := kam.ScoreWorkshop(areas, acc.Workshops[1])
	if n := len(cur.Disagreements()); n < 2 || n > 3 {
		t.Errorf("got %d disagreements, want a couple", n)
	}
	for _, q := range cur.Disagreements() {
		if *q.Spread < kam.NoConsensusSpread {
			t.Errorf("%s: spread %d", q.ID, *q.Spread)
		}
	}
	p := cur.Perspectives
	if p.Customer.Overall == nil || p.Ours.Overall == nil || *p.Ours.Overall-*p.Customer.Overall < 10 {
		t.Errorf("got customer %v and ours %v, want the customer's view visibly below ours", p.Customer.Overall, p.Ours.Overall)
	}
	for i, a := range p.Customer.Areas {
		if a.Score == nil || p.Ours.Areas[i].Score == nil {
			t.Errorf("area %s has no score in one of the perspectives", a.ID)
		}
	}
	prev := kam.ScoreWorkshop(areas, acc.Workshops[0]).Perspectives
	if prev.Customer.Overall == nil || math.Round(*prev.Customer.Overall) == math.Round(*p.Customer.Overall) {
		t.Errorf("got the earlier customer view %v, want one that moved since", prev.Customer.Overall)
	}
}
