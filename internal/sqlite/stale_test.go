package sqlite_test

import (
	"context"
	"errors"
	"slices"
	"testing"

	"kamworkbench/internal/kam"
	"kamworkbench/internal/sqlite"
)

// staleCase is one kind of record the window saves: a stored record, how to
// write a word into it and read it back, and the store's save and read.
type staleCase[T any] struct {
	stored T
	set    func(T, string) T
	get    func(T) string
	save   func(context.Context, T) (T, error)
	load   func(context.Context) (T, error)
}

// checkStale saves two edits made on copies of one stored version: the
// first goes through, the second is refused as stale and the first is
// kept; an edit of the copy the first save returned goes through again.
func checkStale[T any](t *testing.T, c staleCase[T]) {
	t.Helper()
	ctx := context.Background()
	first, second := c.set(c.stored, "erste Fassung"), c.set(c.stored, "zweite Fassung")
	saved, err := c.save(ctx, first)
	if err != nil {
		t.Fatalf("first save: %v", err)
	}
	_, err = c.save(ctx, second)
	var ke *kam.Error
	if !errors.As(err, &ke) || ke.Code != kam.EConflict || ke.Rule != kam.RuleStale {
		t.Fatalf("second save from a stale copy: got %v, want a stale conflict", err)
	}
	got, err := c.load(ctx)
	if err != nil || c.get(got) != "erste Fassung" {
		t.Fatalf("after the refused save: got %q (%v), want the first save kept", c.get(got), err)
	}
	if _, err := c.save(ctx, c.set(saved, "dritte Fassung")); err != nil {
		t.Fatalf("save from the copy the first save returned: %v", err)
	}
	if got, err := c.load(ctx); err != nil || c.get(got) != "dritte Fassung" {
		t.Fatalf("after the third save: got %q (%v)", c.get(got), err)
	}
}

// one returns the record of id from a list the store reads.
func one[T any](list func(context.Context, string) ([]T, error), owner string, id func(T) string, want string) func(context.Context) (T, error) {
	return func(ctx context.Context) (T, error) {
		var zero T
		all, err := list(ctx, owner)
		if err != nil {
			return zero, err
		}
		i := slices.IndexFunc(all, func(x T) bool { return id(x) == want })
		if i < 0 {
			return zero, errors.New("gone")
		}
		return all[i], nil
	}
}

func TestStaleSavesAreRefused(t *testing.T) {
	ctx := context.Background()
	db := MustOpen(t)
	c, w := seed(t, db)

	t.Run("client", func(t *testing.T) {
		checkStale(t, staleCase[kam.Client]{stored: c,
			set:  func(x kam.Client, s string) kam.Client { x.Notes = s; return x },
			get:  func(x kam.Client) string { return x.Notes },
			save: db.SaveClient,
			load: func(ctx context.Context) (kam.Client, error) { return db.Client(ctx, c.ID) }})
	})
	t.Run("workshop", func(t *testing.T) {
		checkStale(t, staleCase[kam.Workshop]{stored: w,
			set:  func(x kam.Workshop, s string) kam.Workshop { x.Location = s; return x },
			get:  func(x kam.Workshop) string { return x.Location },
			save: db.SaveWorkshop,
			load: func(ctx context.Context) (kam.Workshop, error) { return db.Workshop(ctx, w.ID) }})
	})
	t.Run("answer", func(t *testing.T) {
		// Never answered: two first answers from the same empty screen.
		fresh := kam.Answer{WorkshopID: w.ID, QuestionID: "org.crm_exists", Checked: []string{}}
		checkStale(t, staleCase[kam.Answer]{stored: fresh,
			set:  func(x kam.Answer, s string) kam.Answer { x.Notes = s; return x },
			get:  func(x kam.Answer) string { return x.Notes },
			save: db.SaveAnswer,
			load: one(db.Answers, w.ID, func(x kam.Answer) string { return x.QuestionID }, fresh.QuestionID)})
		stored, err := db.Answers(ctx, w.ID)
		if err != nil || len(stored) != 1 {
			t.Fatalf("answers: %+v %v", stored, err)
		}
		checkStale(t, staleCase[kam.Answer]{stored: stored[0],
			set:  func(x kam.Answer, s string) kam.Answer { x.Finding = s; return x },
			get:  func(x kam.Answer) string { return x.Finding },
			save: db.SaveAnswer,
			load: one(db.Answers, w.ID, func(x kam.Answer) string { return x.QuestionID }, fresh.QuestionID)})
	})
	t.Run("stakeholder", func(t *testing.T) {
		s, err := db.SaveStakeholder(ctx, kam.Stakeholder{ClientID: c.ID, Name: "Ayşe Demir", Department: "finance", BuyingRole: "influencer", Influence: 3})
		if err != nil {
			t.Fatal(err)
		}
		checkStale(t, staleCase[kam.Stakeholder]{stored: s,
			set:  func(x kam.Stakeholder, v string) kam.Stakeholder { x.Notes = v; return x },
			get:  func(x kam.Stakeholder) string { return x.Notes },
			save: db.SaveStakeholder,
			load: one(db.Stakeholders, c.ID, func(x kam.Stakeholder) string { return x.ID }, s.ID)})
	})
	t.Run("relation", func(t *testing.T) {
		people := make([]kam.Stakeholder, 2)
		for i, n := range []string{"A", "B"} {
			p, err := db.SaveStakeholder(ctx, kam.Stakeholder{ClientID: c.ID, Name: n, Department: "it", BuyingRole: "user", Influence: 2})
			if err != nil {
				t.Fatal(err)
			}
			people[i] = p
		}
		r, err := db.SaveRelation(ctx, kam.Relation{ClientID: c.ID, From: people[0].ID, To: people[1].ID, Kind: kam.RelationKind("reports_to")})
		if err != nil {
			t.Fatal(err)
		}
		kinds := map[string]kam.RelationKind{"erste Fassung": "influences", "zweite Fassung": "conflict", "dritte Fassung": "reports_to"}
		checkStale(t, staleCase[kam.Relation]{stored: r,
			set: func(x kam.Relation, s string) kam.Relation { x.Kind = kinds[s]; return x },
			get: func(x kam.Relation) string {
				for s, k := range kinds {
					if k == x.Kind {
						return s
					}
				}
				return ""
			},
			save: db.SaveRelation,
			load: one(db.Relations, c.ID, func(x kam.Relation) string { return x.ID }, r.ID)})
	})
	t.Run("competitor", func(t *testing.T) {
		x, err := db.SaveCompetitor(ctx, kam.Competitor{ClientID: c.ID, Name: "Kranich AG", Threat: 3})
		if err != nil {
			t.Fatal(err)
		}
		checkStale(t, staleCase[kam.Competitor]{stored: x,
			set:  func(x kam.Competitor, s string) kam.Competitor { x.Counter = s; return x },
			get:  func(x kam.Competitor) string { return x.Counter },
			save: db.SaveCompetitor,
			load: one(db.Competitors, c.ID, func(x kam.Competitor) string { return x.ID }, x.ID)})
	})
	t.Run("opportunity", func(t *testing.T) {
		o, err := db.SaveOpportunity(ctx, kam.Opportunity{ClientID: c.ID, Title: "Retrofit", Stage: "lead"})
		if err != nil {
			t.Fatal(err)
		}
		checkStale(t, staleCase[kam.Opportunity]{stored: o,
			set:  func(x kam.Opportunity, s string) kam.Opportunity { x.NextStep = s; return x },
			get:  func(x kam.Opportunity) string { return x.NextStep },
			save: db.SaveOpportunity,
			load: one(db.Opportunities, c.ID, func(x kam.Opportunity) string { return x.ID }, o.ID)})
	})
	t.Run("argument", func(t *testing.T) {
		a, err := db.SaveArgument(ctx, kam.Argument{ClientID: c.ID, Feature: "24-h-Service"})
		if err != nil {
			t.Fatal(err)
		}
		checkStale(t, staleCase[kam.Argument]{stored: a,
			set:  func(x kam.Argument, s string) kam.Argument { x.Benefit = s; return x },
			get:  func(x kam.Argument) string { return x.Benefit },
			save: db.SaveArgument,
			load: one(db.Arguments, c.ID, func(x kam.Argument) string { return x.ID }, a.ID)})
	})
	t.Run("action", func(t *testing.T) {
		a, err := db.SaveAction(ctx, kam.Action{WorkshopID: w.ID, Title: "Angebot", Priority: "high", Status: "open", Probability: 50})
		if err != nil {
			t.Fatal(err)
		}
		checkStale(t, staleCase[kam.Action]{stored: a,
			set:  func(x kam.Action, s string) kam.Action { x.Owner = s; return x },
			get:  func(x kam.Action) string { return x.Owner },
			save: db.SaveAction,
			load: one(db.Actions, w.ID, func(x kam.Action) string { return x.ID }, a.ID)})
	})
}

// A move on the map is no change of the person's version, and a save of
// their fields leaves them where they were moved.
func TestMoveKeepsTheEditorsCopy(t *testing.T) {
	ctx := context.Background()
	db := MustOpen(t)
	c, _ := seed(t, db)
	s, err := db.SaveStakeholder(ctx, kam.Stakeholder{ClientID: c.ID, Name: "Ayşe Demir", Department: "finance", BuyingRole: "influencer", Influence: 3, X: 10, Y: 20})
	if err != nil {
		t.Fatal(err)
	}
	if err := db.MoveStakeholders(ctx, []sqlite.Position{{ID: s.ID, X: 300, Y: 400}}); err != nil {
		t.Fatal(err)
	}
	s.Notes = "nach dem Verschieben"
	if _, err := db.SaveStakeholder(ctx, s); err != nil {
		t.Fatalf("save after a move: %v", err)
	}
	got, err := one(db.Stakeholders, c.ID, func(x kam.Stakeholder) string { return x.ID }, s.ID)(ctx)
	if err != nil || got.Notes != s.Notes || got.X != 300 || got.Y != 400 {
		t.Fatalf("got %+v %v, want the notes saved at the moved place", got, err)
	}
}
