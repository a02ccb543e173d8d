package kam

import (
	"strconv"
	"strings"
	"time"
	"unicode/utf8"
)

// Size limits for text fields: generous for what people type, small enough
// that a pasted file or a hostile bundle cannot bloat the workspace.
const (
	MaxName = 500     // names, titles, single-line fields
	MaxText = 200_000 // notes and other multi-line fields
)

// MaxParticipants caps the participant list of one workshop.
const MaxParticipants = 200

func checkText(field, v string, max int) error {
	if !utf8.ValidString(v) {
		return breaks(field, RuleText, 0, 0, "is not valid UTF-8 text")
	}
	if n := utf8.RuneCountInString(v); n > max {
		return breaks(field, RuleTooLong, 0, max, "is %d characters long; at most %d are allowed", n, max)
	}
	return nil
}

func checkRequired(field, v string) error {
	if strings.TrimSpace(v) == "" {
		return breaks(field, RuleRequired, 0, 0, "must not be empty")
	}
	return checkText(field, v, MaxName)
}

func checkRange(field string, v, lo, hi int) error {
	if v < lo || v > hi {
		return breaks(field, RuleRange, lo, hi, "%d is outside %d–%d", v, lo, hi)
	}
	return nil
}

func checkEnum(field, v string, set []string) error {
	if !oneOf(v, set) {
		return breaks(field, RuleChoice, 0, 0, "%q is not one of %s", v, strings.Join(set, ", "))
	}
	return nil
}

// ValidDate reports whether s is empty or a real calendar date YYYY-MM-DD.
func ValidDate(s string) bool {
	if s == "" {
		return true
	}
	_, err := time.Parse("2006-01-02", s)
	return err == nil
}

func checkDate(field, v string) error {
	if !ValidDate(v) {
		return breaks(field, RuleDate, 0, 0, "%q is not a date (YYYY-MM-DD)", v)
	}
	return nil
}

// first returns the first non-nil error.
func first(errs ...error) error {
	for _, err := range errs {
		if err != nil {
			return err
		}
	}
	return nil
}

// Validate checks a client's fields.
func (c *Client) Validate() error {
	return first(
		checkRequired("name", c.Name),
		checkText("industry", c.Industry, MaxName),
		checkText("location", c.Location, MaxName),
		checkText("notes", c.Notes, MaxText),
		checkText("swot.strengths", c.SWOT.Strengths, MaxText),
		checkText("swot.weaknesses", c.SWOT.Weaknesses, MaxText),
		checkText("swot.opportunities", c.SWOT.Opportunities, MaxText),
		checkText("swot.threats", c.SWOT.Threats, MaxText),
	)
}

// Validate checks a workshop's fields.
func (w *Workshop) Validate() error {
	if len(w.Participants) > MaxParticipants {
		return Invalid("participants", "%d participants; at most %d are allowed", len(w.Participants), MaxParticipants)
	}
	for i, p := range w.Participants {
		if err := p.Validate(); err != nil {
			return InField("participants["+strconv.Itoa(i)+"]", err)
		}
	}
	return first(
		checkRequired("title", w.Title),
		checkDate("date", w.Date),
		checkText("location", w.Location, MaxName),
		checkText("facilitator", w.Facilitator, MaxName),
	)
}

// Validate checks a participant's fields; whether the stakeholder exists is
// the store's or the bundle's business.
func (p *Participant) Validate() error {
	return first(
		checkRequired("name", p.Name),
		checkText("role", p.Role, MaxName),
		checkEnum("side", p.Side, Sides),
		checkText("stakeholder_id", p.StakeholderID, MaxName),
	)
}

// Validate checks a vote's fields: a rating 0–4 or not applicable, not
// both and not neither. Whether participant and question exist is the
// caller's business.
func (v *Vote) Validate() error {
	switch {
	case v.NA && v.Rating != nil:
		return Invalid("rating", "a vote is either a rating or not applicable, not both")
	case !v.NA && v.Rating == nil:
		return Invalid("rating", "a vote needs a rating 0–4 or not applicable")
	case v.Rating != nil:
		if err := checkRange("rating", *v.Rating, 0, 4); err != nil {
			return err
		}
	}
	return first(
		checkRequired("participant_id", v.ParticipantID),
		checkRequired("question_id", v.QuestionID),
	)
}

// Validate checks an answer's fields; whether the question exists is the
// catalogue's business.
func (a *Answer) Validate() error {
	if a.Rating != nil {
		if err := checkRange("rating", *a.Rating, MinRating, MaxRating); err != nil {
			return err
		}
	}
	if len(a.Checked) > 100 {
		return Invalid("checked", "too many ticked options")
	}
	for _, c := range a.Checked {
		if err := checkText("checked", c, 100); err != nil {
			return err
		}
	}
	return first(
		checkRequired("question_id", a.QuestionID),
		checkText("finding", a.Finding, MaxText),
		checkText("notes", a.Notes, MaxText),
	)
}

// Validate checks a stakeholder's fields.
func (s *Stakeholder) Validate() error {
	return first(
		checkRequired("name", s.Name),
		checkText("title", s.Title, MaxName),
		checkEnum("department", s.Department, Departments),
		checkEnum("buying_role", s.BuyingRole, BuyingRoles),
		checkRange("attitude", s.Attitude, MinAttitude, MaxAttitude),
		checkRange("influence", s.Influence, MinInfluence, MaxInfluence),
		checkRange("relationship", s.Relationship, MinRelationship, MaxRelationship),
		checkText("owner", s.Owner, MaxName),
		checkDate("last_contact", s.LastContact),
		checkText("notes", s.Notes, MaxText),
		checkText("email", s.Email, MaxName),
		checkText("phone", s.Phone, MaxName),
		checkCoord("x", s.X),
		checkCoord("y", s.Y),
	)
}

func checkCoord(field string, v float64) error {
	if v != v || v < -1e7 || v > 1e7 { // NaN or off any sensible canvas
		return Invalid(field, "%v is not a position on the map", v)
	}
	return nil
}

// Validate checks a relation's fields; whether both ends exist is the
// store's or the bundle's business.
func (r *Relation) Validate() error {
	if r.From != "" && r.From == r.To {
		return Invalid("to", "a person cannot relate to themselves")
	}
	return first(
		checkRequired("from", r.From),
		checkRequired("to", r.To),
		checkEnum("kind", r.Kind, RelationKinds),
	)
}

// Validate checks a competitor's fields.
func (c *Competitor) Validate() error {
	return first(
		checkRequired("name", c.Name),
		checkText("location", c.Location, MaxName),
		checkText("strengths", c.Strengths, MaxText),
		checkText("weaknesses", c.Weaknesses, MaxText),
		checkText("partners", c.Partners, MaxText),
		checkText("counter", c.Counter, MaxText),
		checkRange("threat", c.Threat, MinThreat, MaxThreat),
	)
}

// Validate checks an opportunity's fields.
func (o *Opportunity) Validate() error {
	if o.Value != o.Value || o.Value < 0 || o.Value > 1e13 {
		return Invalid("value", "%v EUR is not a valid amount", o.Value)
	}
	return first(
		checkRequired("title", o.Title),
		checkEnum("stage", o.Stage, Stages),
		checkRange("probability", o.Probability, 0, 100),
		checkDate("expected_close", o.ExpectedClose),
		checkText("next_step", o.NextStep, MaxText),
	)
}

// Validate checks an argument's fields. At least the feature must be given.
func (a *Argument) Validate() error {
	var role error
	if a.BuyingRole != "" {
		role = checkEnum("buying_role", a.BuyingRole, BuyingRoles)
	}
	return first(
		checkRequired("feature", a.Feature),
		checkText("advantage", a.Advantage, MaxText),
		checkText("benefit", a.Benefit, MaxText),
		role,
	)
}

// Validate checks an action's fields.
func (a *Action) Validate() error {
	return first(
		checkRequired("title", a.Title),
		checkText("owner", a.Owner, MaxName),
		checkDate("due", a.Due),
		checkEnum("priority", a.Priority, Priorities),
		checkRange("probability", a.Probability, 0, 100),
		checkEnum("status", a.Status, Statuses),
		checkText("question_id", a.QuestionID, MaxName),
	)
}
