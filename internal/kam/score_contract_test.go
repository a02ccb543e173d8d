package kam_test

import (
	"encoding/json"
	"math"
	"os"
	"testing"

	"kamworkbench/internal/kam"
)

// scoreContract is testdata/score-contract.json, the table of score cases
// that the frontend's live scoring is tested against as well.
type scoreContract struct {
	Areas []struct {
		ID          string   `json:"id"`
		QuestionIDs []string `json:"question_ids"`
	} `json:"areas"`
	Cases []struct {
		Name    string          `json:"name"`
		Answers []kam.Answer    `json:"answers"`
		Overall *float64        `json:"overall"`
		Areas   []kam.AreaScore `json:"areas"`
	} `json:"cases"`
}

func TestScoreContractTable(t *testing.T) {
	data, err := os.ReadFile("testdata/score-contract.json")
	if err != nil {
		t.Fatal(err)
	}
	var c scoreContract
	if err := json.Unmarshal(data, &c); err != nil {
		t.Fatal(err)
	}
	if len(c.Cases) == 0 {
		t.Fatal("no cases in the table")
	}
	areas := make([]kam.AreaQuestions, 0, len(c.Areas))
	for _, a := range c.Areas {
		areas = append(areas, kam.AreaQuestions{ID: a.ID, QuestionIDs: a.QuestionIDs})
	}
	for _, tc := range c.Cases {
		t.Run(tc.Name, func(t *testing.T) {
			r := kam.Score("w", areas, tc.Answers)
			same(t, "overall", r.Overall, tc.Overall)
			if len(r.Areas) != len(tc.Areas) {
				t.Fatalf("got %d areas, want %d", len(r.Areas), len(tc.Areas))
			}
			for i, want := range tc.Areas {
				got := r.Areas[i]
				same(t, "area "+want.ID, got.Score, want.Score)
				if got.ID != want.ID || got.Answered != want.Answered || got.NA != want.NA || got.Total != want.Total {
					t.Errorf("area %d: got %+v, want %+v", i, got, want)
				}
			}
		})
	}
}

func same(t *testing.T, what string, got, want *float64) {
	t.Helper()
	switch {
	case got == nil && want == nil:
	case got == nil || want == nil:
		t.Errorf("%s: got %v, want %v", what, got, want)
	case math.Abs(*got-*want) > 1e-9:
		t.Errorf("%s: got %v, want %v", what, *got, *want)
	}
}
