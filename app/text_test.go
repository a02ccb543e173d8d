package app

import (
	"encoding/json"
	"path/filepath"
	"testing"

	"kamworkbench/internal/catalog"
	"kamworkbench/internal/kam"
)

// TestBoundMethodsRefuseControlText: text from the window with NUL, ESC or
// a line break in a single-line field is refused, with the field and the
// rule the window words (errors.rules.control_char, line_break); notes keep
// their lines.
func TestBoundMethodsRefuseControlText(t *testing.T) {
	db := openWindowWorkspace(t, filepath.Join(t.TempDir(), "workspace.db"))
	defer db.Close()
	svc := NewServices(db, catalog.MustLoad(), "test")
	c, err := svc.Clients.Save(kam.Client{Name: "Hofmann", Notes: "eins\nzwei\tdrei\r\nvier"})
	if err != nil {
		t.Fatalf("a client with notes on lines: %v", err)
	}
	w, err := svc.Workshops.CreateRound(kam.Workshop{ClientID: c.ID, Title: "Runde 1"}, "")
	if err != nil {
		t.Fatal(err)
	}
	p := svc.Stakeholders
	for _, tc := range []struct {
		name, field, rule string
		err               error
	}{
		{"client named NUL", "name", kam.RuleControl, second(svc.Clients.Save(kam.Client{Name: "\u0000"}))},
		{"client name on two lines", "name", kam.RuleLineBreak, second(svc.Clients.Save(kam.Client{ID: c.ID, Name: "Hofmann\nGmbH"}))},
		{"client notes with ESC", "notes", kam.RuleControl, second(svc.Clients.Save(kam.Client{ID: c.ID, Name: "Hofmann", Notes: "\x1b[2J"}))},
		{"workshop title with a tab", "title", kam.RuleLineBreak, second(svc.Workshops.Save(kam.Workshop{ID: w.ID, ClientID: c.ID, Title: "Runde\t1"}))},
		{"participant on two lines", "name", kam.RuleLineBreak, second(svc.Workshops.AddParticipant(w.ID, kam.Participant{Name: "Anna\nBerg", Side: kam.SideCustomer}))},
		{"new round's participant on two lines", "participants[0].name", kam.RuleLineBreak, second(svc.Workshops.CreateRound(kam.Workshop{ClientID: c.ID, Title: "Runde 2",
			Participants: []kam.Participant{{Name: "Anna\nBerg", Side: kam.SideCustomer}}}, ""))},
		{"stakeholder with NUL", "name", kam.RuleControl, second(p.Save(kam.Stakeholder{ClientID: c.ID, Name: "Anna\x00", Department: "it", BuyingRole: "user", Influence: 3}))},
		{"answer finding with ESC", "finding", kam.RuleControl, second(svc.Assessment.SaveAnswer(kam.Answer{WorkshopID: w.ID, QuestionID: catalog.MustLoad().QuestionIDs()[0], Finding: "\x1b", Checked: []string{}}))},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if tc.err == nil {
				t.Fatal("accepted; want it refused")
			}
			var ui UIError
			if err := json.Unmarshal([]byte(FormatError(tc.err).(string)), &ui); err != nil {
				t.Fatal(err)
			}
			if ui.Code != kam.EInvalid || ui.Field != tc.field || ui.Kind != tc.rule {
				t.Fatalf("got %+v, want invalid %s with kind %s", ui, tc.field, tc.rule)
			}
		})
	}
	got, err := svc.Clients.Get(c.ID)
	if err != nil || got.Name != "Hofmann" || got.Notes != "eins\nzwei\tdrei\r\nvier" {
		t.Fatalf("got %q %q (%v), want the client as first saved", got.Name, got.Notes, err)
	}
}

func second[T any](_ T, err error) error { return err }
