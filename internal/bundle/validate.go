package bundle

import (
	"fmt"
	"time"

	"github.com/google/uuid"

	"kamworkbench/internal/kam"
)

// ids checks record ids: each a UUID, each used once in the whole bundle.
// Ids are returned in canonical form, so "A1…" and "a1…" count as one.
type ids map[string]string // id → where it was first used

func (seen ids) check(field, id string) (string, error) {
	if id == "" {
		return "", kam.Invalid(field, "is missing")
	}
	u, err := uuid.Parse(id)
	if err != nil || len(id) != 36 {
		return "", kam.Invalid(field, "%q is not a valid id (a UUID)", id)
	}
	s := u.String()
	if first, ok := seen[s]; ok {
		return "", kam.Invalid(field, "the id %s is used twice (also at %s)", s, first)
	}
	seen[s] = field
	return s, nil
}

// ref checks an id that points at another record.
func ref(field, id string) (string, error) {
	if id == "" {
		return "", kam.Invalid(field, "is missing")
	}
	u, err := uuid.Parse(id)
	if err != nil || len(id) != 36 {
		return "", kam.Invalid(field, "%q is not a valid id (a UUID)", id)
	}
	return u.String(), nil
}

func at(list string, i int) string { return fmt.Sprintf("%s[%d]", list, i) }

func unknownQuestion(field, id string) error {
	return kam.Invalid(field, "%q is not a question this KAM Workbench knows (the bundle may come from a newer version)", id)
}

// account checks every value of the document and turns it into an account.
// known may be nil to accept any question id.
func (d *document) account(known func(string) bool) (kam.Account, error) {
	if known == nil {
		known = func(string) bool { return true }
	}
	if err := checkFormat(d.Format, d.Version); err != nil {
		return kam.Account{}, err
	}
	if d.ExportedAt != "" {
		if _, err := time.Parse(time.RFC3339, d.ExportedAt); err != nil {
			return kam.Account{}, kam.Invalid("exported_at", "%q is not a time (RFC 3339)", d.ExportedAt)
		}
	}
	seen := ids{}
	acc := kam.Account{
		Workshops:     make([]kam.WorkshopData, 0, len(d.Workshops)),
		Stakeholders:  make([]kam.Stakeholder, 0, len(d.Stakeholders)),
		Relations:     make([]kam.Relation, 0, len(d.Relations)),
		Competitors:   make([]kam.Competitor, 0, len(d.Competitors)),
		Opportunities: make([]kam.Opportunity, 0, len(d.Opportunities)),
		Arguments:     make([]kam.Argument, 0, len(d.Arguments)),
	}
	c := d.Client
	id, err := seen.check("client.id", c.ID)
	if err != nil {
		return acc, err
	}
	acc.Client = kam.Client{ID: id, Name: c.Name, Industry: c.Industry, Location: c.Location, Notes: c.Notes,
		SWOT: kam.SWOT(c.SWOT)}
	if err := acc.Client.Validate(); err != nil {
		return acc, kam.InField("client", err)
	}

	people := make(map[string]bool, len(d.Stakeholders))
	for i, s := range d.Stakeholders {
		where := at("stakeholders", i)
		id, err := seen.check(where+".id", s.ID)
		if err != nil {
			return acc, err
		}
		k := kam.Stakeholder{ID: id, ClientID: acc.Client.ID, Name: s.Name, Title: s.Title,
			Department: s.Department, BuyingRole: s.BuyingRole, Attitude: s.Attitude, Influence: s.Influence,
			Relationship: s.Relationship, Owner: s.Owner, KnowsPortfolio: s.KnowsPortfolio,
			LastContact: s.LastContact, Notes: s.Notes, Email: s.Email, Phone: s.Phone, X: s.X, Y: s.Y}
		if err := k.Validate(); err != nil {
			return acc, kam.InField(where, err)
		}
		people[id] = true
		acc.Stakeholders = append(acc.Stakeholders, k)
	}

	for i, r := range d.Relations {
		where := at("relations", i)
		id, err := seen.check(where+".id", r.ID)
		if err != nil {
			return acc, err
		}
		k := kam.Relation{ID: id, ClientID: acc.Client.ID, Kind: r.Kind}
		if k.From, err = ref(where+".from", r.From); err != nil {
			return acc, err
		}
		if k.To, err = ref(where+".to", r.To); err != nil {
			return acc, err
		}
		if err := k.Validate(); err != nil {
			return acc, kam.InField(where, err)
		}
		if !people[k.From] {
			return acc, kam.Invalid(where+".from", "%s is not a stakeholder of this bundle", k.From)
		}
		if !people[k.To] {
			return acc, kam.Invalid(where+".to", "%s is not a stakeholder of this bundle", k.To)
		}
		acc.Relations = append(acc.Relations, k)
	}

	for i, w := range d.Workshops {
		k, err := w.data(at("workshops", i), acc.Client.ID, d.Version, seen, people, known)
		if err != nil {
			return acc, err
		}
		acc.Workshops = append(acc.Workshops, k)
	}

	for i, x := range d.Competitors {
		where := at("competitors", i)
		id, err := seen.check(where+".id", x.ID)
		if err != nil {
			return acc, err
		}
		k := kam.Competitor{ID: id, ClientID: acc.Client.ID, Name: x.Name, Location: x.Location,
			Strengths: x.Strengths, Weaknesses: x.Weaknesses, Partners: x.Partners, Counter: x.Counter, Threat: x.Threat}
		if err := k.Validate(); err != nil {
			return acc, kam.InField(where, err)
		}
		acc.Competitors = append(acc.Competitors, k)
	}

	for i, o := range d.Opportunities {
		where := at("opportunities", i)
		id, err := seen.check(where+".id", o.ID)
		if err != nil {
			return acc, err
		}
		k := kam.Opportunity{ID: id, ClientID: acc.Client.ID, Title: o.Title, Value: o.Value, Stage: o.Stage,
			Probability: o.Probability, ExpectedClose: o.ExpectedClose, NextStep: o.NextStep}
		if err := k.Validate(); err != nil {
			return acc, kam.InField(where, err)
		}
		acc.Opportunities = append(acc.Opportunities, k)
	}

	for i, a := range d.Arguments {
		where := at("arguments", i)
		id, err := seen.check(where+".id", a.ID)
		if err != nil {
			return acc, err
		}
		k := kam.Argument{ID: id, ClientID: acc.Client.ID, Feature: a.Feature, Advantage: a.Advantage,
			Benefit: a.Benefit, BuyingRole: a.BuyingRole, Position: i}
		if err := k.Validate(); err != nil {
			return acc, kam.InField(where, err)
		}
		acc.Arguments = append(acc.Arguments, k)
	}
	return acc, nil
}

// data checks one workshop with its participants, answers, votes and
// actions. A version 1 workshop's participants get new ids and side
// customer; its answers have no finding and its actions are not internal.
func (w *workshop) data(where, clientID string, version int, seen ids, people map[string]bool, known func(string) bool) (kam.WorkshopData, error) {
	id, err := seen.check(where+".id", w.ID)
	if err != nil {
		return kam.WorkshopData{}, err
	}
	k := kam.WorkshopData{
		Workshop: kam.Workshop{ID: id, ClientID: clientID, Title: w.Title, Date: w.Date, Location: w.Location,
			Facilitator: w.Facilitator, Participants: make([]kam.Participant, 0, len(w.Participants))},
		Answers: make([]kam.Answer, 0, len(w.Answers)),
		Votes:   make([]kam.Vote, 0, len(w.Votes)),
		Actions: make([]kam.Action, 0, len(w.Actions)),
	}
	taking := make(map[string]bool, len(w.Participants))
	for i, p := range w.Participants {
		place := at(where+".participants", i)
		kp := kam.Participant{Name: p.Name, Role: p.Role, Side: kam.SideCustomer}
		if version == 1 {
			kp.ID = uuid.NewString()
		} else {
			if kp.ID, err = seen.check(place+".id", p.ID); err != nil {
				return k, err
			}
			kp.Side = p.Side
			if p.StakeholderID != "" {
				if kp.StakeholderID, err = ref(place+".stakeholder_id", p.StakeholderID); err != nil {
					return k, err
				}
				if !people[kp.StakeholderID] {
					return k, kam.Invalid(place+".stakeholder_id", "%s is not a stakeholder of this bundle", kp.StakeholderID)
				}
			}
		}
		taking[kp.ID] = true
		k.Participants = append(k.Participants, kp)
	}
	if err := k.Workshop.Validate(); err != nil {
		return k, kam.InField(where, err)
	}

	answered := make(map[string]bool, len(w.Answers))
	for i, a := range w.Answers {
		place := at(where+".answers", i)
		checked := a.Checked
		if checked == nil {
			checked = []string{}
		}
		ka := kam.Answer{WorkshopID: id, QuestionID: a.QuestionID, Rating: a.Rating, NA: a.NA, Finding: a.Finding,
			Notes: a.Notes, FollowUp: a.FollowUp, Checked: checked}
		if err := ka.Validate(); err != nil {
			return k, kam.InField(place, err)
		}
		if version == 1 {
			ka.Finding = ""
		}
		if !known(a.QuestionID) {
			return k, unknownQuestion(place+".question_id", a.QuestionID)
		}
		if answered[a.QuestionID] {
			return k, kam.Invalid(place+".question_id", "%q is answered twice in this workshop", a.QuestionID)
		}
		answered[a.QuestionID] = true
		k.Answers = append(k.Answers, ka)
	}

	if version == 1 && len(w.Votes) > 0 {
		return k, kam.Invalid(where+".votes", "a version 1 bundle has no votes")
	}
	voted := make(map[[2]string]bool, len(w.Votes))
	for i, v := range w.Votes {
		place := at(where+".votes", i)
		kv := kam.Vote{QuestionID: v.QuestionID, Rating: v.Rating, NA: v.NA}
		if kv.ParticipantID, err = ref(place+".participant_id", v.ParticipantID); err != nil {
			return k, err
		}
		if err := kv.Validate(); err != nil {
			return k, kam.InField(place, err)
		}
		if !taking[kv.ParticipantID] {
			return k, kam.Invalid(place+".participant_id", "%s is not a participant of this workshop", kv.ParticipantID)
		}
		if !known(kv.QuestionID) {
			return k, unknownQuestion(place+".question_id", kv.QuestionID)
		}
		key := [2]string{kv.ParticipantID, kv.QuestionID}
		if voted[key] {
			return k, kam.Invalid(place, "participant %s votes twice on %q", kv.ParticipantID, kv.QuestionID)
		}
		voted[key] = true
		k.Votes = append(k.Votes, kv)
	}

	for i, a := range w.Actions {
		place := at(where+".actions", i)
		aid, err := seen.check(place+".id", a.ID)
		if err != nil {
			return k, err
		}
		ka := kam.Action{ID: aid, WorkshopID: id, Title: a.Title, Owner: a.Owner, Due: a.Due, Priority: a.Priority,
			Probability: a.Probability, Status: a.Status, QuestionID: a.QuestionID, Internal: a.Internal && version > 1}
		if err := ka.Validate(); err != nil {
			return k, kam.InField(place, err)
		}
		if a.QuestionID != "" && !known(a.QuestionID) {
			return k, unknownQuestion(place+".question_id", a.QuestionID)
		}
		k.Actions = append(k.Actions, ka)
	}
	return k, nil
}
