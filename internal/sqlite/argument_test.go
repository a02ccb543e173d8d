package sqlite_test

import (
	"context"
	"math"
	"testing"

	"kamworkbench/internal/kam"
)

// TestArgumentPlaceKept: saving an argument never moves it; whatever
// position the caller sends (even the ends of the integer range), only
// ReorderArguments changes the order.
func TestArgumentPlaceKept(t *testing.T) {
	ctx := context.Background()
	db := MustOpen(t)
	c, _ := seed(t, db)
	var ids []string
	var version string
	for _, f := range []string{"A", "B", "C"} {
		a, err := db.SaveArgument(ctx, kam.Argument{ClientID: c.ID, Feature: f})
		if err != nil {
			t.Fatal(err)
		}
		ids = append(ids, a.ID)
		if f == "B" {
			version = a.UpdatedAt
		}
	}
	for _, pos := range []int{math.MaxInt64, math.MinInt64, -1, 0} {
		a := kam.Argument{ID: ids[1], ClientID: c.ID, Feature: "B", Position: pos, UpdatedAt: version}
		got, err := db.SaveArgument(ctx, a)
		if err != nil || got.Position != 1 {
			t.Fatalf("save with position %d: got position %d (%v), want 1", pos, got.Position, err)
		}
		version = got.UpdatedAt
	}
	args, err := db.Arguments(ctx, c.ID)
	if err != nil || len(args) != 3 || args[0].ID != ids[0] || args[1].ID != ids[1] || args[2].ID != ids[2] {
		t.Fatalf("order after saves: got %+v %v, want A B C", args, err)
	}
	if d, err := db.SaveArgument(ctx, kam.Argument{ClientID: c.ID, Feature: "D"}); err != nil || d.Position != 3 {
		t.Fatalf("a new argument: got position %d (%v), want 3 (at the end)", d.Position, err)
	}
}
