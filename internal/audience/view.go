package audience

import (
	"slices"

	"kamworkbench/internal/kam"
)

// Request is what a report is drawn from and for whom.
type Request struct {
	Account    kam.Account
	WorkshopID string
	// PreviousID is the round to compare with; empty means the latest
	// workshop dated before this one (none if there is none).
	PreviousID string
	// Areas are the catalogue's areas with their questions, for the scores.
	Areas    []kam.AreaQuestions
	Audience Audience
	// Sections are the chosen sections; nil or empty means Defaults.
	Sections []Section
}

// View is what goes into one report: the sections, and the account cut
// down to what those sections show to this audience. An exporter draws
// from the View alone.
type View struct {
	Audience Audience
	Sections []Section
	// Account holds only what goes in. Its Workshops are the workshop of
	// the report and, when there is one, the previous round.
	Account  kam.Account
	Workshop *kam.WorkshopData // in Account.Workshops
	Previous *kam.WorkshopData // in Account.Workshops; nil when there is none
	// Score and PrevScore are computed from the full workshops, before
	// anything is left out: the customer reads the room's scores, not the
	// votes behind them.
	Score     kam.Report
	PrevScore *kam.Report
	// LeftOut counts the actions of the workshop that this audience does
	// not get (the internal ones, for the customer).
	LeftOut int
}

// Has reports whether the section goes in.
func (v *View) Has(s Section) bool { return slices.Contains(v.Sections, s) }

// For returns what the audience may see of a workshop's report: the one
// function every export calls. It fails on an unknown audience, a section
// the audience may not have, or a workshop that is not the account's.
func For(req Request) (View, error) {
	a := req.Audience
	if a == "" {
		a = Internal
	}
	if _, err := Parse(string(a)); err != nil {
		return View{}, err
	}
	sections, err := Choose(a, req.Sections)
	if err != nil {
		return View{}, err
	}
	acc := &req.Account
	ws := find(acc.Workshops, req.WorkshopID)
	if ws == nil {
		return View{}, kam.Errorf(kam.ENotFound, "workshop not found for this client")
	}
	prev := Previous(acc.Workshops, ws.ID)
	if req.PreviousID != "" {
		if prev = find(acc.Workshops, req.PreviousID); prev == nil || prev.ID == ws.ID {
			return View{}, kam.Errorf(kam.ENotFound, "previous workshop not found for this client")
		}
	}
	v := View{Audience: a, Sections: sections, Score: kam.ScoreWorkshop(req.Areas, *ws)}
	has := func(s ...Section) bool { return slices.ContainsFunc(s, v.Has) }
	customer := a == Customer

	v.Account.Client = client(acc.Client, customer, has(Cover), has(SWOT))
	v.Account.Workshops = []kam.WorkshopData{workshop(*ws, customer, has(Cover), has(Summary, Assessment), has(Summary, Actions))}
	if prev != nil && has(Summary, Assessment) {
		s := kam.ScoreWorkshop(req.Areas, *prev)
		v.PrevScore = &s
		v.Account.Workshops = append(v.Account.Workshops, workshop(*prev, customer, false, true, false))
	}
	for _, x := range ws.Actions {
		if customer && !keep(x) {
			v.LeftOut++
		}
	}
	if has(Stakeholders, OrgChart) {
		for _, s := range acc.Stakeholders {
			v.Account.Stakeholders = append(v.Account.Stakeholders, stakeholder(s, customer))
		}
		for _, r := range acc.Relations {
			if customer && r.Kind == "reports_to" {
				r.UpdatedAt = ""
			}
			if !customer || r.Kind == "reports_to" {
				v.Account.Relations = append(v.Account.Relations, r)
			}
		}
	}
	if !customer {
		if has(Competitors) {
			v.Account.Competitors = slices.Clone(acc.Competitors)
		}
		if has(Opportunities) {
			v.Account.Opportunities = slices.Clone(acc.Opportunities)
		}
		if has(Arguments) {
			v.Account.Arguments = slices.Clone(acc.Arguments)
		}
	}
	v.Workshop = &v.Account.Workshops[0]
	if len(v.Account.Workshops) > 1 {
		v.Previous = &v.Account.Workshops[1]
	}
	return v, nil
}

// keep reports whether an action goes into the customer version.
func keep(a kam.Action) bool { return !a.Internal }

// client copies what the audience reads of the client.
func client(c kam.Client, customer, cover, swot bool) kam.Client {
	if customer {
		return kam.Client{ID: c.ID, Name: c.Name}
	}
	if !cover {
		c.Industry, c.Location, c.Notes = "", "", ""
	}
	if !swot {
		c.SWOT = kam.SWOT{}
	}
	return c
}

// workshop copies what the audience reads of a workshop: its details for
// the cover, its answers (and, internally, votes) for summary and
// assessment, its actions for summary and action plan.
func workshop(w kam.WorkshopData, customer, cover, answers, actions bool) kam.WorkshopData {
	out := kam.WorkshopData{Workshop: kam.Workshop{ID: w.ID, ClientID: w.ClientID, Title: w.Title, Date: w.Date,
		Location: w.Location, Facilitator: w.Facilitator}}
	if !customer {
		out.UpdatedAt = w.UpdatedAt
	}
	// Our own version names who voted how, so its participants come along
	// with the votes even without the cover.
	if cover || answers && !customer {
		for _, p := range w.Participants {
			x := p
			if customer {
				x = kam.Participant{ID: p.ID, Name: p.Name, Role: p.Role, Side: p.Side}
			}
			out.Participants = append(out.Participants, x)
		}
	}
	if answers {
		for _, a := range w.Answers {
			x := kam.Answer{WorkshopID: a.WorkshopID, QuestionID: a.QuestionID, Rating: a.Rating, NA: a.NA,
				Finding: a.Finding, Checked: slices.Clone(a.Checked)}
			if a.Rating != nil {
				r := *a.Rating
				x.Rating = &r
			}
			if !customer {
				x.Notes, x.FollowUp, x.UpdatedAt = a.Notes, a.FollowUp, a.UpdatedAt
			}
			out.Answers = append(out.Answers, x)
		}
		// The customer reads the room's votes as scores (spread, the two
		// perspectives), never one by one.
		if !customer {
			out.Votes = slices.Clone(w.Votes)
		}
	}
	if actions {
		for _, a := range w.Actions {
			switch {
			case !customer:
				out.Actions = append(out.Actions, a)
			case keep(a):
				out.Actions = append(out.Actions, kam.Action{ID: a.ID, WorkshopID: a.WorkshopID, Title: a.Title, Owner: a.Owner,
					Due: a.Due, Priority: a.Priority, Status: a.Status, QuestionID: a.QuestionID})
			}
		}
	}
	return out
}

// stakeholder copies what the audience reads of a person: for the
// customer, the org chart's name, title and department.
func stakeholder(s kam.Stakeholder, customer bool) kam.Stakeholder {
	if !customer {
		return s
	}
	return kam.Stakeholder{ID: s.ID, ClientID: s.ClientID, Name: s.Name, Title: s.Title, Department: s.Department}
}

func find(ws []kam.WorkshopData, id string) *kam.WorkshopData {
	for i := range ws {
		if ws[i].ID == id {
			return &ws[i]
		}
	}
	return nil
}

// Previous returns the round before the workshop with the given id: the
// latest workshop dated strictly before it (of equal dates, the one listed
// last), or nil when there is none or the workshop has no date.
func Previous(workshops []kam.WorkshopData, id string) *kam.WorkshopData {
	cur := find(workshops, id)
	if cur == nil || cur.Date == "" {
		return nil
	}
	var prev *kam.WorkshopData
	for i := range workshops {
		w := &workshops[i]
		if w.ID == id || w.Date == "" || w.Date >= cur.Date {
			continue
		}
		if prev == nil || w.Date >= prev.Date {
			prev = w
		}
	}
	return prev
}
