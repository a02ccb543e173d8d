package sqlite_test

import (
	"context"
	"errors"
	"testing"

	"kamworkbench/internal/kam"
	"kamworkbench/internal/sqlite"
)

func code(err error) string { return kam.ErrorCode(err) }

func seed(t *testing.T, db *sqlite.DB) (kam.Client, kam.Workshop) {
	t.Helper()
	ctx := context.Background()
	c, err := db.SaveClient(ctx, kam.Client{Name: "Müller & Söhne", SWOT: kam.SWOT{Strengths: "Service"}})
	if err != nil {
		t.Fatal(err)
	}
	w, err := db.SaveWorkshop(ctx, kam.Workshop{ClientID: c.ID, Title: "Runde 1", Date: "2026-11-27",
		Participants: []kam.Participant{{Name: "Ayşe", Role: "KAM"}}})
	if err != nil {
		t.Fatal(err)
	}
	return c, w
}

func TestClientAndWorkshop(t *testing.T) {
	ctx := context.Background()
	db := MustOpen(t)
	c, w := seed(t, db)
	c.Name = "Müller & Söhne GmbH"
	c.SWOT.Threats = "<script>alert(1)</script>"
	if _, err := db.SaveClient(ctx, c); err != nil {
		t.Fatal(err)
	}
	got, err := db.Client(ctx, c.ID)
	if err != nil || got.Name != c.Name || got.SWOT != c.SWOT {
		t.Fatalf("got %+v %v, want %+v", got, err, c)
	}
	w.Title = "Runde 1 – umbenannt"
	w.Participants = append(w.Participants, kam.Participant{Name: "Øyvind", Role: "Einkauf"})
	if _, err := db.SaveWorkshop(ctx, w); err != nil {
		t.Fatal(err)
	}
	gw, err := db.Workshop(ctx, w.ID)
	if err != nil || gw.Title != w.Title || len(gw.Participants) != 2 || gw.Participants[1].Name != "Øyvind" || gw.ClientID != c.ID {
		t.Fatalf("got %+v %v, want %+v", gw, err, w)
	}
	if _, err := db.SaveClient(ctx, kam.Client{Name: " "}); code(err) != kam.EInvalid {
		t.Fatalf("blank name: got %v, want invalid", err)
	}
	if _, err := db.SaveClient(ctx, kam.Client{ID: "11111111-1111-1111-1111-111111111111", Name: "x"}); code(err) != kam.ENotFound {
		t.Fatalf("unknown id: got %v, want not_found", err)
	}
	if _, err := db.Client(ctx, "'; DROP TABLE clients; --"); code(err) != kam.ENotFound {
		t.Fatalf("bad id: got %v, want not_found", err)
	}
	if err := db.DeleteClient(ctx, c.ID); err != nil {
		t.Fatal(err)
	}
	if _, err := db.Workshop(ctx, w.ID); code(err) != kam.ENotFound {
		t.Fatalf("workshop after client delete: got %v, want not_found", err)
	}
}

func TestAnswers(t *testing.T) {
	ctx := context.Background()
	db := MustOpen(t)
	c, w := seed(t, db)
	three := 3
	a := kam.Answer{WorkshopID: w.ID, QuestionID: "org.crm_exists", Rating: &three, Notes: "Notiz 😀 <b>", Checked: []string{"erp"}}
	a, err := db.SaveAnswer(ctx, a)
	if err != nil {
		t.Fatal(err)
	}
	a.Rating, a.NA = nil, true
	if _, err := db.SaveAnswer(ctx, a); err != nil {
		t.Fatal(err)
	}
	got, err := db.Answers(ctx, w.ID)
	if err != nil || len(got) != 1 || got[0].Rating != nil || !got[0].NA || got[0].Notes != a.Notes || len(got[0].Checked) != 1 {
		t.Fatalf("got %+v %v, want the second version only", got, err)
	}
	five := 5
	if _, err := db.SaveAnswer(ctx, kam.Answer{WorkshopID: w.ID, QuestionID: "q", Rating: &five}); code(err) != kam.EInvalid {
		t.Fatalf("rating 5: got %v, want invalid", err)
	}
	w2, err := db.SaveWorkshop(ctx, kam.Workshop{ClientID: c.ID, Title: "Runde 2"})
	if err != nil {
		t.Fatal(err)
	}
	if err := db.CopyAnswers(ctx, w.ID, w2.ID); err != nil {
		t.Fatal(err)
	}
	if got, _ := db.Answers(ctx, w2.ID); len(got) != 1 || got[0].Notes != a.Notes {
		t.Fatalf("copied answers: got %+v", got)
	}
}

func TestStakeholdersAndRelations(t *testing.T) {
	ctx := context.Background()
	db := MustOpen(t)
	c, _ := seed(t, db)
	other, _ := db.SaveClient(ctx, kam.Client{Name: "Andere AG"})
	p := func(name string, client string) kam.Stakeholder {
		s, err := db.SaveStakeholder(ctx, kam.Stakeholder{ClientID: client, Name: name, Department: "it", BuyingRole: "user", Influence: 2})
		if err != nil {
			t.Fatal(err)
		}
		return s
	}
	a, b, x := p("Anna", c.ID), p("Bernd", c.ID), p("Xaver", other.ID)
	r, err := db.SaveRelation(ctx, kam.Relation{ClientID: c.ID, From: a.ID, To: b.ID, Kind: "reports_to"})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := db.SaveRelation(ctx, kam.Relation{ClientID: c.ID, From: a.ID, To: x.ID, Kind: "influences"}); code(err) != kam.ENotFound {
		t.Fatalf("relation across clients: got %v, want not_found", err)
	}
	if err := db.MoveStakeholders(ctx, []sqlite.Position{{ID: a.ID, X: 120.5, Y: -40}, {ID: b.ID, X: 300, Y: 10}}); err != nil {
		t.Fatal(err)
	}
	list, _ := db.Stakeholders(ctx, c.ID)
	if len(list) != 2 || list[0].X != 120.5 || list[0].Y != -40 {
		t.Fatalf("got %+v, want Anna moved", list)
	}
	if err := db.MoveStakeholders(ctx, []sqlite.Position{{ID: a.ID, X: 1}, {ID: "00000000-0000-0000-0000-000000000000", X: 1}}); code(err) != kam.ENotFound {
		t.Fatalf("move with unknown id: got %v", err)
	}
	if list, _ := db.Stakeholders(ctx, c.ID); list[0].X != 120.5 {
		t.Fatal("a failed multi-move changed a position")
	}
	if err := db.DeleteStakeholder(ctx, b.ID); err != nil {
		t.Fatal(err)
	}
	rels, _ := db.Relations(ctx, c.ID)
	if len(rels) != 0 {
		t.Fatalf("got %v, want relation %s gone with its stakeholder", rels, r.ID)
	}
	a.Influence = 9
	if _, err := db.SaveStakeholder(ctx, a); code(err) != kam.EInvalid {
		t.Fatalf("influence 9: got %v", err)
	}
}

func TestIntelligenceAndActions(t *testing.T) {
	ctx := context.Background()
	db := MustOpen(t)
	c, w := seed(t, db)
	if _, err := db.SaveCompetitor(ctx, kam.Competitor{ClientID: c.ID, Name: "Low", Threat: 1}); err != nil {
		t.Fatal(err)
	}
	if _, err := db.SaveCompetitor(ctx, kam.Competitor{ClientID: c.ID, Name: "High", Threat: 5}); err != nil {
		t.Fatal(err)
	}
	comps, _ := db.Competitors(ctx, c.ID)
	if len(comps) != 2 || comps[0].Name != "High" {
		t.Fatalf("got %+v, want sorted by threat", comps)
	}
	o, err := db.SaveOpportunity(ctx, kam.Opportunity{ClientID: c.ID, Title: "Linie 3", Value: 1234.56, Stage: "lead", Probability: 20})
	if err != nil {
		t.Fatal(err)
	}
	o.Stage = "proposal"
	if _, err := db.SaveOpportunity(ctx, o); err != nil {
		t.Fatal(err)
	}
	var ids []string
	for _, f := range []string{"A", "B", "C"} {
		a, err := db.SaveArgument(ctx, kam.Argument{ClientID: c.ID, Feature: f})
		if err != nil {
			t.Fatal(err)
		}
		ids = append(ids, a.ID)
	}
	if err := db.ReorderArguments(ctx, c.ID, []string{ids[2], ids[0], ids[1]}); err != nil {
		t.Fatal(err)
	}
	args, _ := db.Arguments(ctx, c.ID)
	if args[0].Feature != "C" || args[1].Feature != "A" {
		t.Fatalf("got %+v, want C A B", args)
	}
	if err := db.ReorderArguments(ctx, c.ID, ids[:2]); code(err) != kam.EConflict {
		t.Fatalf("partial reorder: got %v", err)
	}
	act, err := db.SaveAction(ctx, kam.Action{WorkshopID: w.ID, Title: "Anrufen", Priority: "high", Status: "open", Probability: 50})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := db.SaveAction(ctx, kam.Action{WorkshopID: w.ID, Title: "", Priority: "high", Status: "open"}); code(err) != kam.EInvalid {
		t.Fatalf("blank action: got %v", err)
	}
	if err := db.DeleteAction(ctx, act.ID); err != nil {
		t.Fatal(err)
	}
	if err := db.DeleteAction(ctx, act.ID); code(err) != kam.ENotFound {
		t.Fatalf("second delete: got %v", err)
	}
}

func TestPutAccount(t *testing.T) {
	ctx := context.Background()
	db := MustOpen(t)
	c, w := seed(t, db)
	if _, err := db.SaveAction(ctx, kam.Action{WorkshopID: w.ID, Title: "A1", Priority: "low", Status: "open"}); err != nil {
		t.Fatal(err)
	}
	acc, err := db.Account(ctx, c.ID)
	if err != nil {
		t.Fatal(err)
	}
	err = db.PutAccount(ctx, acc, false)
	var ke *kam.Error
	if !errors.As(err, &ke) || ke.Code != kam.EConflict {
		t.Fatalf("existing client: got %v, want conflict", err)
	}
	acc.Client.Name = "Ersetzt"
	if err := db.PutAccount(ctx, acc, true); err != nil {
		t.Fatal(err)
	}
	again, err := db.Account(ctx, c.ID)
	if err != nil || again.Client.Name != "Ersetzt" || len(again.Workshops) != 1 || len(again.Workshops[0].Actions) != 1 {
		t.Fatalf("got %+v %v, want the replaced account", again, err)
	}
}

func TestCreateRound(t *testing.T) {
	ctx := context.Background()
	db := MustOpen(t)
	c, w := seed(t, db)
	two := 2
	if _, err := db.SaveAnswer(ctx, kam.Answer{WorkshopID: w.ID, QuestionID: "q1", Rating: &two, Notes: "alt"}); err != nil {
		t.Fatal(err)
	}
	r, err := db.CreateRound(ctx, kam.Workshop{ClientID: c.ID, Title: "Runde 2", Date: "2027-01-10"}, w.ID)
	if err != nil {
		t.Fatal(err)
	}
	got, err := db.Answers(ctx, r.ID)
	if err != nil || len(got) != 1 || got[0].Notes != "alt" || *got[0].Rating != 2 {
		t.Fatalf("got %+v %v, want the earlier round's answer copied", got, err)
	}
	other, _ := db.SaveClient(ctx, kam.Client{Name: "Andere"})
	if _, err := db.CreateRound(ctx, kam.Workshop{ClientID: other.ID, Title: "Fremd"}, w.ID); code(err) != kam.ENotFound {
		t.Fatalf("copy from another client's round: got %v, want not_found", err)
	}
	ws, _ := db.Workshops(ctx, other.ID)
	if len(ws) != 0 {
		t.Fatalf("got %d workshops, want the failed round rolled back whole", len(ws))
	}
}
