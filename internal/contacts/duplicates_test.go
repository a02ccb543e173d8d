package contacts_test

import (
	"path/filepath"
	"slices"
	"testing"

	"kamworkbench/internal/contacts"
	"kamworkbench/internal/kam"
)

func TestParseSkipsPeopleThereAlready(t *testing.T) {
	onMap := []kam.Stakeholder{
		{Name: "Jörg Schäfer"},
		{Name: "Petra Lindner", Email: "p.lindner@example.de"},
		{Name: "Karl Weber", Email: "K.Weber@example.de"},
	}
	for _, tc := range []struct {
		name     string
		file     string
		existing []kam.Stakeholder
		people   []string
		problems []contacts.Problem
	}{
		{
			name: "case and spacing aside, with an e-mail the map lacks",
			file: "Name;E-Mail\n  jörg   SCHÄFER ;j.schaefer@example.de\nAnna Berg;\n", existing: onMap,
			people:   []string{"Anna Berg"},
			problems: []contacts.Problem{{Line: 2, Reason: "Jörg Schäfer is already on the map", Kind: string(contacts.SkippedOnMap), Skipped: contacts.SkippedOnMap, Name: "jörg SCHÄFER"}},
		},
		{
			name: "the same name with another e-mail is another person",
			file: "Name;E-Mail\nPetra Lindner;petra.lindner@example.com\n", existing: onMap,
			people: []string{"Petra Lindner"},
		},
		{
			name: "the same e-mail in other case, or none in the file",
			file: "Name;E-Mail\nPetra Lindner;P.Lindner@Example.de\nKarl Weber;\n", existing: onMap,
			problems: []contacts.Problem{
				{Line: 2, Reason: "Petra Lindner is already on the map", Kind: string(contacts.SkippedOnMap), Skipped: contacts.SkippedOnMap, Name: "Petra Lindner"},
				{Line: 3, Reason: "Karl Weber is already on the map", Kind: string(contacts.SkippedOnMap), Skipped: contacts.SkippedOnMap, Name: "Karl Weber"},
			},
		},
		{
			name:   "a row twice in the file, an unusable row between",
			file:   "Name;Position\nAnna Berg;Einkauf\n;Assistenz\nAnna Berg;Einkauf\nBen Roth;IT\n",
			people: []string{"Anna Berg", "Ben Roth"},
			problems: []contacts.Problem{
				{Line: 3, Reason: "no name", Kind: contacts.KindNoName},
				{Line: 4, Reason: "Anna Berg is already in the file (line 2)", Kind: string(contacts.SkippedRepeated), Skipped: contacts.SkippedRepeated, Name: "Anna Berg"},
			},
		},
		{
			name: "a vCard written decomposed (as a Mac does) matches the name typed on the map",
			file: "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Jo\u0308rg Scha\u0308fer\r\nEND:VCARD\r\n", existing: onMap,
			problems: []contacts.Problem{{Line: 1, Reason: "Jörg Schäfer is already on the map", Kind: string(contacts.SkippedOnMap), Skipped: contacts.SkippedOnMap, Name: "Jo\u0308rg Scha\u0308fer"}},
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, err := contacts.Parse("k.csv", []byte(tc.file), tc.existing)
			if err != nil {
				t.Fatal(err)
			}
			var names []string
			for _, p := range got.People {
				names = append(names, p.Name)
			}
			if !slices.Equal(names, tc.people) {
				t.Errorf("got people %q, want %q", names, tc.people)
			}
			if len(got.Problems) != len(tc.problems) {
				t.Fatalf("got problems %+v, want %+v", got.Problems, tc.problems)
			}
			for i, want := range tc.problems {
				g := got.Problems[i]
				if want.Skipped == "" {
					g.Reason = want.Reason // the reasons of unusable rows are tested elsewhere
				}
				if g != want {
					t.Errorf("problem %d: got %+v, want %+v", i, g, want)
				}
			}
		})
	}
}

// TestParseTwice: the same file imported again adds nobody.
func TestParseTwice(t *testing.T) {
	for _, file := range []string{"excel-de-cp1252.csv", "crm-utf8-bom.csv", "contacts-v3.vcf", "contacts-v4.vcf", "contacts-v21.vcf"} {
		t.Run(file, func(t *testing.T) {
			data := mustRead(t, filepath.Join("testdata", file))
			first, err := contacts.Parse(file, data, nil)
			if err != nil {
				t.Fatal(err)
			}
			again, err := contacts.Parse(file, data, first.People)
			if err != nil {
				t.Fatal(err)
			}
			if len(again.People) != 0 {
				t.Errorf("got %d people the second time, want none", len(again.People))
			}
			skipped := 0
			for _, p := range again.Problems {
				if p.Skipped == contacts.SkippedOnMap {
					skipped++
				}
			}
			if skipped != len(first.People) {
				t.Errorf("got %d skipped as on the map, want %d", skipped, len(first.People))
			}
		})
	}
}
