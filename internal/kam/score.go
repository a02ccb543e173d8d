package kam

import (
	"cmp"
	"slices"
)

// AreaQuestions names the questions of one catalogue area; scoring needs
// nothing more of the catalogue.
type AreaQuestions struct {
	ID          string
	QuestionIDs []string
}

// AreaScore is the score of one area of a workshop. Score is nil when no
// question of the area has a value. Answered counts the questions with a
// value (an agreed rating or rated votes), NA those marked not applicable.
type AreaScore struct {
	ID       string   `json:"id"`
	Score    *float64 `json:"score"`
	Answered int      `json:"answered"`
	NA       int      `json:"na"`
	Total    int      `json:"total"`
}

// PerspectiveArea is one area's score in one side's view.
type PerspectiveArea struct {
	ID    string   `json:"id"`
	Score *float64 `json:"score"`
}

// Perspective is the scores of one side's votes alone. Overall is nil when
// the side cast no rated vote on an applicable question.
type Perspective struct {
	Overall *float64          `json:"overall"`
	Areas   []PerspectiveArea `json:"areas"`
}

// Perspectives sets the customer's view beside ours.
type Perspectives struct {
	Customer Perspective `json:"customer"`
	Ours     Perspective `json:"ours"`
}

// QuestionScore is what the room made of one question. Value is the
// question's value in the score (nil: none); Votes counts the votes cast,
// not-applicable ones included; Spread is the highest minus the lowest rated
// vote (nil: no rated vote); Consensus is false when two or more rated votes
// lie 2 or more apart. Customer and Ours are the means of each side's rated
// votes (nil: none, or the answer is not applicable).
type QuestionScore struct {
	ID        string   `json:"id"`
	Value     *float64 `json:"value"`
	Votes     int      `json:"votes"`
	Spread    *int     `json:"spread"`
	Consensus bool     `json:"consensus"`
	Customer  *float64 `json:"customer"`
	Ours      *float64 `json:"ours"`
}

// Report is the scored result of a workshop (DESIGN.md, "Scores"). Overall
// is nil when no area has a score.
type Report struct {
	WorkshopID   string          `json:"workshop_id"`
	Overall      *float64        `json:"overall"`
	Areas        []AreaScore     `json:"areas"`
	Perspectives Perspectives    `json:"perspectives"`
	Questions    []QuestionScore `json:"questions"`
}

// GapBelow is the value under which a question is a gap: nearer to "partly"
// (2) than to "established" (3).
const GapBelow = 2.5

// NoConsensusSpread is the spread of rated votes from which the room has no
// consensus on a question.
const NoConsensusSpread = 2

// ScoreWorkshop scores a workshop with everything recorded in it.
func ScoreWorkshop(areas []AreaQuestions, w WorkshopData) Report {
	return Score(w.ID, areas, w.Answers, w.Votes, w.Participants)
}

// Score computes the contract of DESIGN.md. A question's value is the
// agreed rating when there is one, else the mean of its rated votes, else
// none; an answer marked not applicable has no value whatever the votes
// say. An area's score is the mean value of its questions × 25 (0–100); the
// overall score is the unweighted mean of the area scores that exist. The
// perspectives apply the same formulas to each side's votes alone. Votes of
// participants not in participants count for the question (value, spread)
// but for neither side. Answers and votes of questions outside areas are
// ignored. Nothing is rounded.
func Score(workshopID string, areas []AreaQuestions, answers []Answer, votes []Vote, participants []Participant) Report {
	byQuestion := make(map[string]Answer, len(answers))
	for _, a := range answers {
		byQuestion[a.QuestionID] = a
	}
	side := make(map[string]string, len(participants))
	for _, p := range participants {
		side[p.ID] = p.Side
	}
	tallies := make(map[string]*tally)
	for _, v := range votes {
		t := tallies[v.QuestionID]
		if t == nil {
			t = &tally{}
			tallies[v.QuestionID] = t
		}
		t.add(v, side[v.ParticipantID])
	}

	r := Report{WorkshopID: workshopID, Areas: make([]AreaScore, 0, len(areas)), Questions: []QuestionScore{}}
	agreed := scorer{}
	customer, ours := scorer{}, scorer{}
	for _, area := range areas {
		s := AreaScore{ID: area.ID, Total: len(area.QuestionIDs)}
		agreed.startArea()
		customer.startArea()
		ours.startArea()
		for _, q := range area.QuestionIDs {
			a, answered := byQuestion[q]
			t := tallies[q]
			if t == nil {
				t = &tally{}
			}
			qs := QuestionScore{ID: q, Votes: t.votes, Consensus: true}
			if t.rated > 0 {
				spread := t.max - t.min
				qs.Spread = &spread
				qs.Consensus = !(t.rated >= 2 && spread >= NoConsensusSpread)
			}
			na := answered && a.NA
			if na {
				s.NA++
			} else {
				switch {
				case answered && a.Rating != nil:
					v := float64(*a.Rating)
					qs.Value = &v
				case t.rated > 0:
					qs.Value = mean(t.sum, t.rated)
				}
				qs.Customer = t.of(SideCustomer).mean()
				qs.Ours = t.of(SideOurs).mean()
			}
			if qs.Value != nil {
				s.Answered++
			}
			agreed.add(qs.Value)
			customer.add(qs.Customer)
			ours.add(qs.Ours)
			r.Questions = append(r.Questions, qs)
		}
		s.Score = agreed.endArea()
		r.Areas = append(r.Areas, s)
		r.Perspectives.Customer.Areas = append(r.Perspectives.Customer.Areas, PerspectiveArea{ID: area.ID, Score: customer.endArea()})
		r.Perspectives.Ours.Areas = append(r.Perspectives.Ours.Areas, PerspectiveArea{ID: area.ID, Score: ours.endArea()})
	}
	r.Overall = agreed.overall()
	r.Perspectives.Customer.Overall = customer.overall()
	r.Perspectives.Ours.Overall = ours.overall()
	if r.Perspectives.Customer.Areas == nil {
		r.Perspectives.Customer.Areas = []PerspectiveArea{}
	}
	if r.Perspectives.Ours.Areas == nil {
		r.Perspectives.Ours.Areas = []PerspectiveArea{}
	}
	return r
}

// Gaps returns the questions whose value is below GapBelow, lowest first
// (in catalogue order among equals). A question without a value is no gap.
func (r Report) Gaps() []QuestionScore {
	var out []QuestionScore
	for _, q := range r.Questions {
		if q.Value != nil && *q.Value < GapBelow {
			out = append(out, q)
		}
	}
	slices.SortStableFunc(out, func(a, b QuestionScore) int { return cmp.Compare(*a.Value, *b.Value) })
	return out
}

// Disagreements returns the questions on which the room has no consensus,
// widest spread first (in catalogue order among equals).
func (r Report) Disagreements() []QuestionScore {
	var out []QuestionScore
	for _, q := range r.Questions {
		if !q.Consensus {
			out = append(out, q)
		}
	}
	slices.SortStableFunc(out, func(a, b QuestionScore) int { return cmp.Compare(*b.Spread, *a.Spread) })
	return out
}

// SideDifferences returns the questions that both sides rated, the largest
// difference between the customer's view and ours first (in catalogue order
// among equals); questions the sides see alike are left out.
func (r Report) SideDifferences() []QuestionScore {
	var out []QuestionScore
	for _, q := range r.Questions {
		if q.Customer != nil && q.Ours != nil && *q.Customer != *q.Ours {
			out = append(out, q)
		}
	}
	slices.SortStableFunc(out, func(a, b QuestionScore) int { return cmp.Compare(sideGap(b), sideGap(a)) })
	return out
}

func sideGap(q QuestionScore) float64 {
	d := *q.Customer - *q.Ours
	if d < 0 {
		return -d
	}
	return d
}

// tally counts the votes of one question.
type tally struct {
	votes, rated, sum, min, max int
	side                        map[string]*sideTally
}

type sideTally struct{ rated, sum int }

func (t *tally) of(side string) sideTally {
	if st := t.side[side]; st != nil {
		return *st
	}
	return sideTally{}
}

func (s sideTally) mean() *float64 { return mean(s.sum, s.rated) }

func (t *tally) add(v Vote, side string) {
	t.votes++
	if v.NA || v.Rating == nil {
		return
	}
	r := *v.Rating
	if t.rated == 0 || r < t.min {
		t.min = r
	}
	if t.rated == 0 || r > t.max {
		t.max = r
	}
	t.rated++
	t.sum += r
	if side == "" {
		return
	}
	if t.side == nil {
		t.side = map[string]*sideTally{}
	}
	st := t.side[side]
	if st == nil {
		st = &sideTally{}
		t.side[side] = st
	}
	st.rated++
	st.sum += r
}

func mean(sum, n int) *float64 {
	if n == 0 {
		return nil
	}
	v := float64(sum) / float64(n)
	return &v
}

// scorer sums question values into area scores and area scores into the
// overall score.
type scorer struct {
	sum   float64
	n     int
	areas float64
	m     int
}

func (s *scorer) startArea() { s.sum, s.n = 0, 0 }

func (s *scorer) add(v *float64) {
	if v != nil {
		s.sum += *v
		s.n++
	}
}

func (s *scorer) endArea() *float64 {
	if s.n == 0 {
		return nil
	}
	v := s.sum / float64(s.n) * 25
	s.areas += v
	s.m++
	return &v
}

func (s *scorer) overall() *float64 {
	if s.m == 0 {
		return nil
	}
	v := s.areas / float64(s.m)
	return &v
}
