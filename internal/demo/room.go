package demo

import (
	"kamworkbench/internal/catalog"
	"kamworkbench/internal/kam"
)

// The customer's people in the sample workshops: Hofmann's managers from
// the map, linked to their stakeholders.
var roomCustomers = []string{"Stefan Maier", "Jörg Schäfer", "Oliver Krüger", "Nadine Roth"}

// customers returns the first n of Hofmann's people in the room as
// participants of the customer's side, linked to their stakeholders.
func customers(people []kam.Stakeholder, n int) []kam.Participant {
	var out []kam.Participant
	for _, name := range roomCustomers[:n] {
		for _, s := range people {
			if s.Name == name {
				out = append(out, kam.Participant{ID: id(), Name: s.Name, Role: s.Title, Side: kam.SideCustomer, StakeholderID: s.ID})
			}
		}
	}
	return out
}

// roomVotes lets the room rate the first two rated questions of every area
// of w: around the agreed rating, the customer a little more critical than
// we are, and two questions on which the room is far apart — so the
// perspectives, the spread and the disagreements show on a fresh workspace.
// Only questions with an agreed rating get votes, so the scores stay those
// of the agreed ratings. Without apart, the room is never far apart.
func roomVotes(c *catalog.Catalog, w kam.WorkshopData, apart bool) []kam.Vote {
	agreed := map[string]int{}
	for _, a := range w.Answers {
		if a.Rating != nil && !a.NA {
			agreed[a.QuestionID] = *a.Rating
		}
	}
	var cust, ours []kam.Participant
	for _, p := range w.Participants {
		if p.Side == kam.SideCustomer {
			cust = append(cust, p)
		} else {
			ours = append(ours, p)
		}
	}
	// Far apart: the customer's people among themselves and against us.
	split := map[string][]int{
		"account_management": {1, 1, 3, 0, 3, 4},
		"organisation":       {2, 0, 2, 1, 3, 3},
	}
	var votes []kam.Vote
	vote := func(p kam.Participant, q string, r int) {
		votes = append(votes, kam.Vote{ParticipantID: p.ID, QuestionID: q, Rating: ptr(min(max(r, 0), 4))})
	}
	for _, area := range c.Areas {
		n := 0
		for _, q := range area.Questions {
			r, ok := agreed[q.ID]
			if !ok || n == 2 {
				continue
			}
			if s, ok := split[area.ID]; ok && n == 1 && apart {
				for i, p := range cust {
					vote(p, q.ID, s[i%4])
				}
				for i, p := range ours {
					vote(p, q.ID, s[4+i%2])
				}
			} else {
				for i, p := range cust {
					vote(p, q.ID, r-[]int{0, 1, 1, 0}[(i+n)%4])
				}
				for _, p := range ours {
					vote(p, q.ID, r)
				}
			}
			n++
		}
	}
	// Someone finds one question not applicable to Hofmann.
	if len(cust) > 3 && len(votes) > 0 {
		last := votes[len(votes)-1].QuestionID
		for i := range votes {
			if votes[i].QuestionID == last && votes[i].ParticipantID == cust[3].ID {
				votes[i].Rating, votes[i].NA = nil, true
			}
		}
	}
	return votes
}
