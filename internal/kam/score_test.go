package kam_test

import (
	"testing"

	"kamworkbench/internal/kam"
)

func rated(q string, r int) kam.Answer { return kam.Answer{QuestionID: q, Rating: &r} }

func TestScore(t *testing.T) {
	areas := []kam.AreaQuestions{
		{ID: "a", QuestionIDs: []string{"a1", "a2", "a3", "a4"}},
		{ID: "b", QuestionIDs: []string{"b1", "b2"}},
	}
	ptr := func(v float64) *float64 { return &v }
	tests := []struct {
		name    string
		answers []kam.Answer
		overall *float64
		a, b    *float64
		aCounts [3]int // answered, na, total
	}{
		{"nothing answered", nil, nil, nil, nil, [3]int{0, 0, 4}},
		{"all n/a", []kam.Answer{{QuestionID: "a1", NA: true}, {QuestionID: "a2", NA: true}, {QuestionID: "b1", NA: true}}, nil, nil, nil, [3]int{0, 2, 4}},
		{"one area empty", []kam.Answer{rated("a1", 2), rated("a2", 3)}, ptr(62.5), ptr(62.5), nil, [3]int{2, 0, 4}},
		{"both areas", []kam.Answer{rated("a1", 4), rated("a2", 0), rated("b1", 1)}, ptr(37.5), ptr(50), ptr(25), [3]int{2, 0, 4}},
		{"n/a beats a rating", []kam.Answer{{QuestionID: "a1", NA: true, Rating: new(int)}, rated("a2", 4)}, ptr(100), ptr(100), nil, [3]int{1, 1, 4}},
		{"notes alone are not an answer", []kam.Answer{{QuestionID: "a1", Notes: "x"}}, nil, nil, nil, [3]int{0, 0, 4}},
		{"unknown question ignored", []kam.Answer{rated("zz", 4), rated("b2", 3)}, ptr(75), nil, ptr(75), [3]int{0, 0, 4}},
		{"thirds", []kam.Answer{rated("a1", 1), rated("a2", 1), rated("a3", 2)}, ptr(100.0 / 3), ptr(100.0 / 3), nil, [3]int{3, 0, 4}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := kam.Score("w", areas, tt.answers, nil, nil)
			if r.WorkshopID != "w" || len(r.Areas) != 2 {
				t.Fatalf("got %+v, want workshop w with 2 areas", r)
			}
			eq(t, "overall", r.Overall, tt.overall)
			eq(t, "area a", r.Areas[0].Score, tt.a)
			eq(t, "area b", r.Areas[1].Score, tt.b)
			got := [3]int{r.Areas[0].Answered, r.Areas[0].NA, r.Areas[0].Total}
			if got != tt.aCounts {
				t.Errorf("area a counts: got %v, want %v", got, tt.aCounts)
			}
		})
	}
}

func eq(t *testing.T, what string, got, want *float64) {
	t.Helper()
	switch {
	case got == nil && want == nil:
	case got == nil || want == nil:
		t.Errorf("%s: got %v, want %v", what, got, want)
	case *got-*want > 1e-9 || *want-*got > 1e-9:
		t.Errorf("%s: got %v, want %v", what, *got, *want)
	}
}
