package kam

// AreaQuestions names the questions of one catalogue area; scoring needs
// nothing more of the catalogue.
type AreaQuestions struct {
	ID          string
	QuestionIDs []string
}

// AreaScore is the score of one area of a workshop. Score is nil when no
// applicable question of the area is rated.
type AreaScore struct {
	ID       string   `json:"id"`
	Score    *float64 `json:"score"`
	Answered int      `json:"answered"`
	NA       int      `json:"na"`
	Total    int      `json:"total"`
}

// Report is the scored result of a workshop. Overall is nil when no area has
// a score.
type Report struct {
	WorkshopID string      `json:"workshop_id"`
	Overall    *float64    `json:"overall"`
	Areas      []AreaScore `json:"areas"`
}

// Score computes the contract of DESIGN.md: an area's score is the mean
// rating of its rated, applicable questions × 25 (0–100); the overall score is
// the unweighted mean of the area scores that exist. Answers to questions
// outside areas are ignored. Nothing is rounded.
func Score(workshopID string, areas []AreaQuestions, answers []Answer) Report {
	byQuestion := make(map[string]Answer, len(answers))
	for _, a := range answers {
		byQuestion[a.QuestionID] = a
	}
	r := Report{WorkshopID: workshopID, Areas: make([]AreaScore, 0, len(areas))}
	var sum float64
	var scored int
	for _, area := range areas {
		s := AreaScore{ID: area.ID, Total: len(area.QuestionIDs)}
		var ratings int
		for _, q := range area.QuestionIDs {
			a, ok := byQuestion[q]
			switch {
			case !ok:
			case a.NA:
				s.NA++
			case a.Rating != nil:
				s.Answered++
				ratings += *a.Rating
			}
		}
		if s.Answered > 0 {
			v := float64(ratings) / float64(s.Answered) * 25
			s.Score = &v
			sum += v
			scored++
		}
		r.Areas = append(r.Areas, s)
	}
	if scored > 0 {
		v := sum / float64(scored)
		r.Overall = &v
	}
	return r
}
