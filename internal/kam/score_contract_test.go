package kam_test

import (
	"encoding/json"
	"math"
	"os"
	"slices"
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
	Participants []kam.Participant `json:"participants"`
	Cases        []struct {
		Name          string              `json:"name"`
		Answers       []kam.Answer        `json:"answers"`
		Votes         []kam.Vote          `json:"votes"`
		Overall       *float64            `json:"overall"`
		Areas         []kam.AreaScore     `json:"areas"`
		Perspectives  *kam.Perspectives   `json:"perspectives"`
		Questions     []kam.QuestionScore `json:"questions"`
		Gaps          []string            `json:"gaps"`
		Disagreements []string            `json:"disagreements"`
		SideDiffs     []string            `json:"side_differences"`
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
			r := kam.Score("w", areas, tc.Answers, tc.Votes, c.Participants)
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
			want := tc.Perspectives
			if want == nil { // no votes: no perspective has a score
				want = &kam.Perspectives{}
			}
			for _, side := range []struct {
				name      string
				got, want kam.Perspective
			}{{"customer", r.Perspectives.Customer, want.Customer}, {"ours", r.Perspectives.Ours, want.Ours}} {
				same(t, side.name+" overall", side.got.Overall, side.want.Overall)
				if len(side.got.Areas) != len(areas) {
					t.Fatalf("%s: got %d areas, want %d", side.name, len(side.got.Areas), len(areas))
				}
				for i, a := range side.got.Areas {
					var w *float64
					if side.want.Areas != nil {
						w = side.want.Areas[i].Score
					}
					same(t, side.name+" area "+a.ID, a.Score, w)
				}
			}
			if len(r.Questions) != 9 {
				t.Fatalf("got %d questions, want one per question of the areas (9)", len(r.Questions))
			}
			for _, wq := range tc.Questions {
				gq := question(t, r, wq.ID)
				same(t, wq.ID+" value", gq.Value, wq.Value)
				same(t, wq.ID+" customer", gq.Customer, wq.Customer)
				same(t, wq.ID+" ours", gq.Ours, wq.Ours)
				if gq.Votes != wq.Votes || gq.Consensus != wq.Consensus || !sameInt(gq.Spread, wq.Spread) {
					t.Errorf("%s: got votes %d spread %v consensus %v, want %d %v %v", wq.ID,
						gq.Votes, deref(gq.Spread), gq.Consensus, wq.Votes, deref(wq.Spread), wq.Consensus)
				}
			}
			if tc.Gaps != nil {
				if got := ids(r.Gaps()); !slices.Equal(got, tc.Gaps) {
					t.Errorf("gaps: got %v, want %v", got, tc.Gaps)
				}
			}
			if tc.Disagreements != nil {
				if got := ids(r.Disagreements()); !slices.Equal(got, tc.Disagreements) {
					t.Errorf("disagreements: got %v, want %v", got, tc.Disagreements)
				}
			}
			if tc.SideDiffs != nil {
				if got := ids(r.SideDifferences()); !slices.Equal(got, tc.SideDiffs) {
					t.Errorf("side differences: got %v, want %v", got, tc.SideDiffs)
				}
			}
		})
	}
}

func question(t *testing.T, r kam.Report, id string) kam.QuestionScore {
	t.Helper()
	for _, q := range r.Questions {
		if q.ID == id {
			return q
		}
	}
	t.Fatalf("question %s is not in the report", id)
	return kam.QuestionScore{}
}

func ids(qs []kam.QuestionScore) []string {
	out := []string{}
	for _, q := range qs {
		out = append(out, q.ID)
	}
	return out
}

func sameInt(a, b *int) bool { return (a == nil && b == nil) || (a != nil && b != nil && *a == *b) }

func deref(p *int) any {
	if p == nil {
		return nil
	}
	return *p
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
