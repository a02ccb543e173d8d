package app

import (
	"context"
	"reflect"
	"testing"
	"time"

	"kamworkbench/internal/kam"
)

func TestOverviewListsRecentWorkshopsAndActionsDueSoon(t *testing.T) {
	ctx := context.Background()
	db, clientID := mustOpen(t)
	other, err := db.SaveClient(ctx, kam.Client{Name: "Hofmann Antriebstechnik"})
	if err != nil {
		t.Fatal(err)
	}
	workshop := func(client, title, date string) kam.Workshop {
		w, err := db.SaveWorkshop(ctx, kam.Workshop{ClientID: client, Title: title, Date: date})
		if err != nil {
			t.Fatal(err)
		}
		return w
	}
	spring := workshop(clientID, "Frühjahr", "2026-03-01")
	autumn := workshop(other.ID, "Herbst", "2026-11-20")
	first := workshop(other.ID, "Erstaufnahme", "2025-10-01")
	for i := range 5 {
		workshop(clientID, "Alt "+string(rune('A'+i)), "2024-01-01")
	}
	// Rating a question of the oldest round makes it the one worked on last.
	r := 2
	if _, err := db.SaveAnswer(ctx, kam.Answer{WorkshopID: first.ID, QuestionID: "1.1", Rating: &r}); err != nil {
		t.Fatal(err)
	}
	action := func(w kam.Workshop, title, due string, status kam.Status) {
		if _, err := db.SaveAction(ctx, kam.Action{WorkshopID: w.ID, Title: title, Due: due,
			Priority: "high", Probability: 50, Status: status}); err != nil {
			t.Fatal(err)
		}
	}
	action(autumn, "Angebot nachreichen", "2026-12-10", "open")
	action(spring, "CRM-Workshop planen", "2026-11-28", "in_progress") // overdue
	action(autumn, "Referenzbesuch", "2026-12-16", "open")             // the last day of the window
	action(autumn, "Zu spät", "2026-12-17", "open")                    // beyond it
	action(autumn, "Erledigt", "2026-12-01", "done")
	action(spring, "Ohne Termin", "", "open")

	s := &Overview{db: db, now: func() time.Time { return time.Date(2026, 12, 2, 9, 0, 0, 0, time.Local) }}
	got, err := s.Get()
	if err != nil {
		t.Fatal(err)
	}
	if got.Today != "2026-12-02" || got.Days != 14 {
		t.Fatalf("today %q, days %d", got.Today, got.Days)
	}
	var recent []string
	for _, w := range got.Recent {
		recent = append(recent, w.ClientName+": "+w.Title)
	}
	// The action saved last was in Frühjahr, then Herbst; the answer in Erstaufnahme.
	want := []string{"Müller Maschinenbau: Frühjahr", "Hofmann Antriebstechnik: Herbst",
		"Hofmann Antriebstechnik: Erstaufnahme", "Müller Maschinenbau: Alt E", "Müller Maschinenbau: Alt D"}
	if !reflect.DeepEqual(recent, want) {
		t.Fatalf("recent %q\nwant   %q", recent, want)
	}
	var due []string
	for _, a := range got.Due {
		due = append(due, a.Due+" "+a.Title+" ("+a.ClientName+", "+a.WorkshopTitle+")")
	}
	wantDue := []string{
		"2026-11-28 CRM-Workshop planen (Müller Maschinenbau, Frühjahr)",
		"2026-12-10 Angebot nachreichen (Hofmann Antriebstechnik, Herbst)",
		"2026-12-16 Referenzbesuch (Hofmann Antriebstechnik, Herbst)",
	}
	if !reflect.DeepEqual(due, wantDue) {
		t.Fatalf("due %q\nwant %q", due, wantDue)
	}
	if got.Due[0].ClientID != clientID || got.Due[0].WorkshopID != spring.ID {
		t.Fatalf("the first due action links to %q/%q", got.Due[0].ClientID, got.Due[0].WorkshopID)
	}
}

func TestOverviewOfAnEmptyWorkspace(t *testing.T) {
	db, _ := mustOpen(t)
	got, err := (&Overview{db: db, now: time.Now}).Get()
	if err != nil {
		t.Fatal(err)
	}
	if got.Recent == nil || got.Due == nil || len(got.Recent)+len(got.Due) != 0 {
		t.Fatalf("got %+v; want empty lists, not null", got)
	}
}
