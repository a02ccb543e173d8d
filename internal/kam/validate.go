package kam

import (
	"strconv"
	"strings"
	"time"
)

// Size limits for text fields: generous for what people type, small enough
// that a pasted file or a hostile bundle cannot bloat the workspace.
const (
	MaxName = 500     // names, titles, single-line fields
	MaxText = 200_000 // notes and other multi-line fields
)

// MaxValue is the largest value of an opportunity, in EUR.
const MaxValue = 1e13

// MaxProbability is the highest probability, in percent (the lowest is 0).
const MaxProbability = 100

// MaxParticipants caps the participant list of one workshop.
const MaxParticipants = 200

// checkLine checks a single-line field of at most MaxName characters.
func checkLine(field, v string) error { return CheckText(field, v, OneLine, MaxName) }

// checkLines checks a multi-line field of at most MaxText characters.
func checkLines(field, v string) error { return CheckText(field, v, MultiLine, MaxText) }

// checkRequired checks a single-line field that must hold more than blank
// space (a name of NUL alone holds a control character instead).
func checkRequired(field, v string) error {
	if strings.TrimSpace(v) == "" {
		return breaks(field, RuleRequired, 0, 0, "must not be empty")
	}
	return checkLine(field, v)
}

func checkRange(field string, v, lo, hi int) error {
	if v < lo || v > hi {
		return breaks(field, RuleRange, lo, hi, "%d is outside %d–%d", v, lo, hi)
	}
	return nil
}

func checkEnum[T ~string](field string, v T, set []T) error {
	if !oneOf(v, set) {
		names := make([]string, len(set))
		for i, s := range set {
			names[i] = string(s)
		}
		return breaks(field, RuleChoice, 0, 0, "%q is not one of %s", v, strings.Join(names, ", "))
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
		checkLine("industry", c.Industry),
		checkLine("location", c.Location),
		checkLines("notes", c.Notes),
		checkLines("swot.strengths", c.SWOT.Strengths),
		checkLines("swot.weaknesses", c.SWOT.Weaknesses),
		checkLines("swot.opportunities", c.SWOT.Opportunities),
		checkLines("swot.threats", c.SWOT.Threats),
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
		checkLine("location", w.Location),
		checkLine("facilitator", w.Facilitator),
	)
}

// Validate checks a participant's fields; whether the stakeholder exists is
// the store's or the bundle's business.
func (p *Participant) Validate() error {
	return first(
		checkRequired("name", p.Name),
		checkLine("role", p.Role),
		checkEnum("side", p.Side, Sides),
		checkLine("stakeholder_id", p.StakeholderID),
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
		if err := CheckText("checked", c, OneLine, 100); err != nil {
			return err
		}
	}
	return first(
		checkRequired("question_id", a.QuestionID),
		checkLines("finding", a.Finding),
		checkLines("notes", a.Notes),
	)
}

// Validate checks a stakeholder's fields.
func (s *Stakeholder) Validate() error {
	return first(
		checkRequired("name", s.Name),
		checkLine("title", s.Title),
		checkEnum("department", s.Department, Departments),
		checkEnum("buying_role", s.BuyingRole, BuyingRoles),
		checkRange("attitude", s.Attitude, MinAttitude, MaxAttitude),
		checkRange("influence", s.Influence, MinInfluence, MaxInfluence),
		checkRange("relationship", s.Relationship, MinRelationship, MaxRelationship),
		checkLine("owner", s.Owner),
		checkDate("last_contact", s.LastContact),
		checkLines("notes", s.Notes),
		checkLine("email", s.Email),
		checkLine("phone", s.Phone),
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
		checkLine("location", c.Location),
		checkLines("strengths", c.Strengths),
		checkLines("weaknesses", c.Weaknesses),
		checkLines("partners", c.Partners),
		checkLines("counter", c.Counter),
		checkRange("threat", c.Threat, MinThreat, MaxThreat),
	)
}

// Validate checks an opportunity's fields.
func (o *Opportunity) Validate() error {
	if o.Value != o.Value || o.Value < 0 || o.Value > MaxValue {
		return Invalid("value", "%v EUR is not a valid amount", o.Value)
	}
	return first(
		checkRequired("title", o.Title),
		checkEnum("stage", o.Stage, Stages),
		checkRange("probability", o.Probability, 0, MaxProbability),
		checkDate("expected_close", o.ExpectedClose),
		checkLines("next_step", o.NextStep),
	)
}

// Validate checks an argument's fields. At least the feature must be given.
func (a *Argument) Validate() error {
	var role error
	if a.BuyingRole != AnyRole {
		role = checkEnum("buying_role", BuyingRole(a.BuyingRole), BuyingRoles)
	}
	feature := CheckText("feature", a.Feature, MultiLine, MaxName) // a text box in the window
	if strings.TrimSpace(a.Feature) == "" {
		feature = breaks("feature", RuleRequired, 0, 0, "must not be empty")
	}
	return first(
		feature,
		checkLines("advantage", a.Advantage),
		checkLines("benefit", a.Benefit),
		role,
	)
}

// Validate checks an action's fields.
func (a *Action) Validate() error {
	return first(
		checkRequired("title", a.Title),
		checkLine("owner", a.Owner),
		checkDate("due", a.Due),
		checkEnum("priority", a.Priority, Priorities),
		checkRange("probability", a.Probability, 0, MaxProbability),
		checkEnum("status", a.Status, Statuses),
		checkLine("question_id", a.QuestionID),
	)
}
