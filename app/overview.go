package app

import (
	"context"
	"time"

	"kamworkbench/internal/kam"
	"kamworkbench/internal/sqlite"
)

// What the start page lists: the workshops worked on last, and the
// actions due within the next two weeks or overdue.
const (
	recentWorkshops = 5
	dueWithinDays   = 14
	dueActions      = 8
)

// Overview is the bound service behind the start page.
type Overview struct {
	db  *sqlite.DB
	now func() time.Time
}

// StartPage is what the start page shows.
type StartPage struct {
	Recent []kam.RecentWorkshop `json:"recent"`
	Due    []kam.DueAction      `json:"due"`
	// Today is the laptop's date (YYYY-MM-DD): an action due before it is overdue.
	Today string `json:"today"`
	// Days is how far ahead Due looks.
	Days int `json:"days"`
}

// Get returns the workshops worked on last and the actions due soon.
func (s *Overview) Get() (out StartPage, err error) {
	defer guard(&err)
	ctx := context.Background()
	now := s.now()
	out = StartPage{Today: now.Format(time.DateOnly), Days: dueWithinDays}
	if out.Recent, err = s.db.RecentWorkshops(ctx, recentWorkshops); err != nil {
		return out, err
	}
	until := now.AddDate(0, 0, dueWithinDays).Format(time.DateOnly)
	out.Due, err = s.db.DueActions(ctx, until, dueActions)
	return out, err
}
