package kam

import "slices"

// Unversioned returns a copy of the account without the stored versions
// (UpdatedAt) of its records: the content alone, as a bundle carries it.
func (a Account) Unversioned() Account {
	a.Client.UpdatedAt = ""
	a.Workshops = slices.Clone(a.Workshops)
	for i := range a.Workshops {
		w := &a.Workshops[i]
		w.UpdatedAt = ""
		w.Answers = each(w.Answers, func(x *Answer) { x.UpdatedAt = "" })
		w.Actions = each(w.Actions, func(x *Action) { x.UpdatedAt = "" })
	}
	a.Stakeholders = each(a.Stakeholders, func(x *Stakeholder) { x.UpdatedAt = "" })
	a.Relations = each(a.Relations, func(x *Relation) { x.UpdatedAt = "" })
	a.Competitors = each(a.Competitors, func(x *Competitor) { x.UpdatedAt = "" })
	a.Opportunities = each(a.Opportunities, func(x *Opportunity) { x.UpdatedAt = "" })
	a.Arguments = each(a.Arguments, func(x *Argument) { x.UpdatedAt = "" })
	return a
}

// each returns a copy of list with f applied to every element (nil stays nil).
func each[T any](list []T, f func(*T)) []T {
	out := slices.Clone(list)
	for i := range out {
		f(&out[i])
	}
	return out
}
