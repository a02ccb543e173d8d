package app

import (
	"context"

	"kamworkbench/internal/catalog"
	"kamworkbench/internal/kam"
	"kamworkbench/internal/sqlite"
)

// Assessment is the bound service for the questionnaire and its answers.
type Assessment struct {
	db  *sqlite.DB
	cat *catalog.Catalog
}

// Catalog returns the whole questionnaire, with rating guides and options.
func (s *Assessment) Catalog() (c *catalog.Catalog, err error) {
	defer guard(&err)
	return s.cat, nil
}

// Answers returns a workshop's answers.
func (s *Assessment) Answers(workshopID string) (out []kam.Answer, err error) {
	defer guard(&err)
	return s.db.Answers(context.Background(), workshopID)
}

// SaveAnswer stores one answer; the question must be in the catalogue and
// ticked options must belong to it.
func (s *Assessment) SaveAnswer(a kam.Answer) (out kam.Answer, err error) {
	defer guard(&err)
	q, ok := s.cat.Question(a.QuestionID)
	if !ok {
		return a, kam.Invalid("question_id", "%q is not a question of the catalogue", a.QuestionID)
	}
	for _, c := range a.Checked {
		if !hasOption(q, c) {
			return a, kam.Invalid("checked", "%q is not an option of this question", c)
		}
	}
	return s.db.SaveAnswer(context.Background(), a)
}

func hasOption(q catalog.Question, id string) bool {
	for _, o := range q.Options {
		if o.ID == id {
			return true
		}
	}
	return false
}

// Report returns a workshop's scores per the contract.
func (s *Assessment) Report(workshopID string) (r kam.Report, err error) {
	defer guard(&err)
	w, err := s.db.WorkshopData(context.Background(), workshopID)
	if err != nil {
		return r, err
	}
	return kam.ScoreWorkshop(s.cat.AreaQuestions(), w), nil
}

// Votes returns the votes cast in a workshop.
func (s *Assessment) Votes(workshopID string) (out []kam.Vote, err error) {
	defer guard(&err)
	return s.db.Votes(context.Background(), workshopID)
}

// SaveVote stores a participant's vote on a question of the catalogue.
func (s *Assessment) SaveVote(workshopID string, v kam.Vote) (err error) {
	defer guard(&err)
	if _, ok := s.cat.Question(v.QuestionID); !ok {
		return kam.Invalid("question_id", "%q is not a question of the catalogue", v.QuestionID)
	}
	return s.db.SaveVote(context.Background(), workshopID, v)
}

// DeleteVote takes back a participant's vote on a question.
func (s *Assessment) DeleteVote(workshopID, participantID, questionID string) (err error) {
	defer guard(&err)
	return s.db.DeleteVote(context.Background(), workshopID, participantID, questionID)
}
