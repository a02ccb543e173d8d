package bundle

import (
	"slices"

	"github.com/google/uuid"

	"kamworkbench/internal/kam"
)

// AsCopy returns a deep copy of acc with new ids throughout: client,
// workshops, participants, stakeholders, relations, competitors,
// opportunities, arguments and actions. Relations and participants point at
// the new stakeholder ids, votes at the new participant ids and every record
// at its new owner, so the copy can sit beside the original in one
// workspace. acc itself is left unchanged. A relation whose ends are not
// stakeholders of acc (Read never returns one) gets empty ends, which the
// store refuses, rather than ends in the original.
func AsCopy(acc kam.Account) kam.Account {
	out := kam.Account{
		Client:        acc.Client,
		Workshops:     make([]kam.WorkshopData, 0, len(acc.Workshops)),
		Stakeholders:  make([]kam.Stakeholder, 0, len(acc.Stakeholders)),
		Relations:     make([]kam.Relation, 0, len(acc.Relations)),
		Competitors:   make([]kam.Competitor, 0, len(acc.Competitors)),
		Opportunities: make([]kam.Opportunity, 0, len(acc.Opportunities)),
		Arguments:     make([]kam.Argument, 0, len(acc.Arguments)),
	}
	out.Client.ID = uuid.NewString()
	out.Client.UpdatedAt = ""
	clientID := out.Client.ID

	people := make(map[string]string, len(acc.Stakeholders)) // old id → new id
	for _, s := range acc.Stakeholders {
		id := uuid.NewString()
		people[s.ID] = id
		s.ID, s.ClientID = id, clientID
		out.Stakeholders = append(out.Stakeholders, s)
	}

	for _, w := range acc.Workshops {
		c := kam.WorkshopData{Workshop: w.Workshop}
		c.ID = uuid.NewString()
		c.ClientID = clientID
		c.Participants = make([]kam.Participant, 0, len(w.Participants))
		taking := make(map[string]string, len(w.Participants)) // old id → new id
		for _, p := range w.Participants {
			id := uuid.NewString()
			taking[p.ID] = id
			p.ID = id
			if p.StakeholderID != "" {
				p.StakeholderID = people[p.StakeholderID]
			}
			c.Participants = append(c.Participants, p)
		}
		c.Votes = make([]kam.Vote, 0, len(w.Votes))
		for _, v := range w.Votes {
			v.ParticipantID = taking[v.ParticipantID]
			v.Rating = clonePtr(v.Rating)
			c.Votes = append(c.Votes, v)
		}
		c.Answers = make([]kam.Answer, 0, len(w.Answers))
		for _, a := range w.Answers {
			a.WorkshopID = c.ID
			a.Rating = clonePtr(a.Rating)
			a.Checked = slices.Clone(a.Checked)
			if a.Checked == nil {
				a.Checked = []string{}
			}
			c.Answers = append(c.Answers, a)
		}
		c.Actions = make([]kam.Action, 0, len(w.Actions))
		for _, a := range w.Actions {
			a.ID = uuid.NewString()
			a.WorkshopID = c.ID
			c.Actions = append(c.Actions, a)
		}
		out.Workshops = append(out.Workshops, c)
	}
	for _, r := range acc.Relations {
		r.ID, r.ClientID = uuid.NewString(), clientID
		r.From, r.To = people[r.From], people[r.To]
		out.Relations = append(out.Relations, r)
	}
	for _, x := range acc.Competitors {
		x.ID, x.ClientID = uuid.NewString(), clientID
		out.Competitors = append(out.Competitors, x)
	}
	for _, o := range acc.Opportunities {
		o.ID, o.ClientID = uuid.NewString(), clientID
		out.Opportunities = append(out.Opportunities, o)
	}
	for _, a := range acc.Arguments {
		a.ID, a.ClientID = uuid.NewString(), clientID
		out.Arguments = append(out.Arguments, a)
	}
	return out
}

func clonePtr(p *int) *int {
	if p == nil {
		return nil
	}
	v := *p
	return &v
}
