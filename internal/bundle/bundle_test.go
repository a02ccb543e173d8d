package bundle_test

import (
	"bytes"
	"encoding/json"
	"reflect"
	"strconv"
	"strings"
	"testing"

	"kamworkbench/internal/bundle"
	"kamworkbench/internal/bundle/bundletest"
	"kamworkbench/internal/kam"
)

func TestRoundTrip(t *testing.T) {
	for _, tc := range []struct {
		name string
		acc  kam.Account
	}{
		{"demo", demoAccount()},
		{"hostile", bundletest.Hostile(cat.QuestionIDs())},
		{"empty", kam.Account{Client: kam.Client{ID: "0b6a2a55-2c7f-4d5e-9a3e-8f1c2d3e4f50", Name: "Leer GmbH"}}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			first := write(t, tc.acc)
			got, err := read(first)
			if err != nil {
				t.Fatalf("Read: %v", err)
			}
			want := withOwners(tc.acc)
			if !reflect.DeepEqual(got, want) {
				t.Errorf("Read(Write(acc)) differs from acc:\n%s", diff(t, got, want))
			}
			second := write(t, got)
			a, b := unzip(t, first), unzip(t, second)
			if !bytes.Equal(a["workshop.json"], b["workshop.json"]) {
				t.Errorf("workshop.json differs between export and re-export")
			}
			if !bytes.Equal(a["manifest.json"], b["manifest.json"]) {
				t.Errorf("manifest.json differs between export and re-export")
			}
			again, err := read(second)
			if err != nil {
				t.Fatalf("Read of the re-export: %v", err)
			}
			if !reflect.DeepEqual(again, got) {
				t.Errorf("re-export reads back differently:\n%s", diff(t, again, got))
			}
		})
	}
}

// diff shows the first differing line of two values' JSON.
func diff(t *testing.T, got, want any) string {
	t.Helper()
	g, _ := json.MarshalIndent(got, "", " ")
	w, _ := json.MarshalIndent(want, "", " ")
	gl, wl := strings.Split(string(g), "\n"), strings.Split(string(w), "\n")
	for i := range min(len(gl), len(wl)) {
		if gl[i] != wl[i] {
			return "line " + strconv.Itoa(i+1) + ":\n got  " + gl[i] + "\n want " + wl[i]
		}
	}
	return "lengths differ: got " + strconv.Itoa(len(gl)) + " lines, want " + strconv.Itoa(len(wl))
}

func TestWriteContract(t *testing.T) {
	acc := demoAccount()
	files := unzip(t, write(t, acc))
	if len(files) != 2 {
		t.Errorf("got %d entries, want manifest.json and workshop.json", len(files))
	}
	var man map[string]any
	if err := json.Unmarshal(files["manifest.json"], &man); err != nil {
		t.Fatal(err)
	}
	if want := map[string]any{"format": "kam-workbench/bundle", "version": float64(2)}; !reflect.DeepEqual(man, want) {
		t.Errorf("manifest.json = %v, want %v", man, want)
	}
	doc := document(t, acc)
	for path, want := range map[string]any{
		"format":                          "kam-workbench/bundle",
		"version":                         float64(2),
		"exported_at":                     "2026-11-27T09:30:00Z",
		"client.id":                       acc.Client.ID,
		"client.swot.threats":             acc.Client.SWOT.Threats,
		"workshops.1.date":                "2026-11-26",
		"workshops.1.participants.0.role": "Technischer Leiter",
		"workshops.1.participants.0.id":   acc.Workshops[1].Participants[0].ID,
		"workshops.1.participants.0.side": "customer",
		"workshops.1.participants.0.stakeholder_id": acc.Workshops[1].Participants[0].StakeholderID,
		"workshops.1.participants.4.role":           "Vertriebsleiter",
		"workshops.1.participants.4.side":           "ours",
		"workshops.1.participants.4.stakeholder_id": "",
		"workshops.1.votes.0.participant_id":        acc.Workshops[1].Votes[0].ParticipantID,
		"workshops.1.votes.0.question_id":           acc.Workshops[1].Votes[0].QuestionID,
		"workshops.1.votes.0.rating":                float64(*acc.Workshops[1].Votes[0].Rating),
		"workshops.1.votes.0.na":                    false,
		"workshops.0.answers.0.finding":             acc.Workshops[0].Answers[0].Finding,
		"workshops.1.actions.0.internal":            acc.Workshops[1].Actions[0].Internal,
		"workshops.0.answers.0.rating":              float64(*acc.Workshops[0].Answers[0].Rating),
		"workshops.1.actions.0.due":                 "2026-12-18",
		"stakeholders.2.knows_portfolio":            true,
		"stakeholders.2.last_contact":               "2026-11-10",
		"relations.0.from":                          acc.Relations[0].From,
		"competitors.0.counter":                     acc.Competitors[0].Counter,
		"opportunities.0.expected_close":            "2027-03-31",
		"arguments.0.buying_role":                   "technical_buyer",
	} {
		if got := value(doc, path); !reflect.DeepEqual(got, want) {
			t.Errorf("%s = %#v, want %#v", path, got, want)
		}
	}
	// No field of the domain's own JSON leaks into the contract.
	for _, leak := range []string{`"client_id"`, `"workshop_id"`, `"updated_at"`, `"position"`, `\u003c`} {
		if bytes.Contains(files["workshop.json"], []byte(leak)) {
			t.Errorf("workshop.json contains %s", leak)
		}
	}
}

func TestReadTolerates(t *testing.T) {
	data := withDoc(t, func(doc map[string]any) {
		doc["comment"] = "from a newer version"
		doc["client"].(map[string]any)["logo"] = map[string]any{"png": "…"}
		s := value(doc, "stakeholders.0").(map[string]any)
		s["future_field"] = []any{1, 2, 3}
		for _, k := range []string{"notes", "email", "phone", "last_contact", "owner", "x", "y", "knows_portfolio"} {
			delete(s, k)
		}
		delete(value(doc, "workshops.1.answers.0").(map[string]any), "checked")
		delete(value(doc, "workshops.1.answers.0").(map[string]any), "rating")
		delete(value(doc, "arguments.0").(map[string]any), "buying_role")
		delete(doc, "competitors")
		delete(doc, "exported_at")
		// Ids may come in capitals from other tools.
		set(doc, "client.id", strings.ToUpper(value(doc, "client.id").(string)))
	})
	acc, err := read(data)
	if err != nil {
		t.Fatalf("Read: %v", err)
	}
	s := acc.Stakeholders[0]
	if s.Notes != "" || s.Email != "" || s.LastContact != "" || s.X != 0 || s.KnowsPortfolio {
		t.Errorf("missing fields not empty: %+v", s)
	}
	if a := acc.Workshops[1].Answers[0]; a.Rating != nil || a.Checked == nil || len(a.Checked) != 0 {
		t.Errorf("answer without rating and checked = %+v, want no rating and no ticks", a)
	}
	if acc.Competitors == nil || len(acc.Competitors) != 0 {
		t.Errorf("competitors = %#v, want an empty list", acc.Competitors)
	}
	if want := strings.ToLower(acc.Client.ID); acc.Client.ID != want || acc.Stakeholders[0].ClientID != want {
		t.Errorf("client id %q not in canonical form", acc.Client.ID)
	}
}

func TestAsCopy(t *testing.T) {
	orig, err := read(write(t, demoAccount()))
	if err != nil {
		t.Fatal(err)
	}
	before := write(t, orig)
	cp := bundle.AsCopy(orig)
	if !bytes.Equal(write(t, orig), before) {
		t.Fatal("AsCopy changed its argument")
	}
	// A copy is a valid bundle of its own, with the same content.
	got, err := read(write(t, cp))
	if err != nil {
		t.Fatalf("Read(Write(copy)): %v", err)
	}
	if !reflect.DeepEqual(got, cp) {
		t.Errorf("copy does not read back as itself:\n%s", diff(t, got, cp))
	}
	old := map[string]bool{}
	for _, id := range allIDs(orig) {
		old[id] = true
	}
	ids := allIDs(cp)
	if len(ids) != len(allIDs(orig)) {
		t.Fatalf("copy has %d ids, original %d", len(ids), len(allIDs(orig)))
	}
	for _, id := range ids {
		if old[id] {
			t.Errorf("id %s kept in the copy", id)
		}
	}
	if cp.Client.Name != orig.Client.Name || cp.Workshops[1].Answers[3].Notes != orig.Workshops[1].Answers[3].Notes {
		t.Error("copy lost content")
	}
	byID := map[string]string{}
	for _, s := range cp.Stakeholders {
		byID[s.ID] = s.Name
	}
	for i, r := range cp.Relations {
		o := orig.Relations[i]
		if byID[r.From] != name(orig, o.From) || byID[r.To] != name(orig, o.To) {
			t.Errorf("relation %d points at %q → %q, want %q → %q", i, byID[r.From], byID[r.To], name(orig, o.From), name(orig, o.To))
		}
	}
	for _, w := range cp.Workshops {
		for _, a := range w.Actions {
			if a.WorkshopID != w.ID {
				t.Errorf("action %s belongs to %s, want %s", a.ID, a.WorkshopID, w.ID)
			}
		}
	}
}

func name(acc kam.Account, id string) string {
	for _, s := range acc.Stakeholders {
		if s.ID == id {
			return s.Name
		}
	}
	return ""
}

func allIDs(acc kam.Account) []string {
	ids := []string{acc.Client.ID}
	for _, w := range acc.Workshops {
		ids = append(ids, w.ID)
		for _, a := range w.Actions {
			ids = append(ids, a.ID)
		}
	}
	for _, s := range acc.Stakeholders {
		ids = append(ids, s.ID)
	}
	for _, r := range acc.Relations {
		ids = append(ids, r.ID)
	}
	for _, c := range acc.Competitors {
		ids = append(ids, c.ID)
	}
	for _, o := range acc.Opportunities {
		ids = append(ids, o.ID)
	}
	for _, a := range acc.Arguments {
		ids = append(ids, a.ID)
	}
	return ids
}
