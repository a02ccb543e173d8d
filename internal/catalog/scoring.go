package catalog

import "kamworkbench/internal/kam"

// AreaQuestions returns the areas with their question ids, which is all the
// score contract needs of the catalogue.
func (c *Catalog) AreaQuestions() []kam.AreaQuestions {
	out := make([]kam.AreaQuestions, 0, len(c.Areas))
	for _, a := range c.Areas {
		ids := make([]string, 0, len(a.Questions))
		for _, q := range a.Questions {
			ids = append(ids, q.ID)
		}
		out = append(out, kam.AreaQuestions{ID: a.ID, QuestionIDs: ids})
	}
	return out
}
