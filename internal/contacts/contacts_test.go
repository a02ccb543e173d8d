package contacts_test

import (
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"kamworkbench/internal/contacts"
	"kamworkbench/internal/kam"
)

// person is a stakeholder as an import makes it: the given fields and the
// import's defaults (influence 3, neutral attitude, no relationship yet).
func person(name, title string, dept kam.Department, role kam.BuyingRole, email, phone, notes string) kam.Stakeholder {
	return kam.Stakeholder{Name: name, Title: title, Department: dept, BuyingRole: role, Influence: 3,
		Email: email, Phone: phone, Notes: notes}
}

func mustRead(tb testing.TB, path string) []byte {
	tb.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		tb.Fatal(err)
	}
	return data
}

// checkResult compares a result with what a test wants, person by person.
func checkResult(t *testing.T, got contacts.Result, people []kam.Stakeholder, problems []contacts.Problem) {
	t.Helper()
	for i := 0; i < max(len(got.People), len(people)); i++ {
		switch {
		case i >= len(got.People):
			t.Errorf("person %d: got nothing, want %+v", i, people[i])
		case i >= len(people):
			t.Errorf("person %d: got %+v, want nobody", i, got.People[i])
		case !reflect.DeepEqual(got.People[i], people[i]):
			t.Errorf("person %d:\ngot  %+v\nwant %+v", i, got.People[i], people[i])
		}
	}
	if len(got.Problems) != len(problems) {
		t.Errorf("got problems %+v, want %+v", got.Problems, problems)
		return
	}
	for i, p := range problems {
		g := got.Problems[i]
		if g.Line != p.Line || !strings.Contains(g.Reason, p.Reason) {
			t.Errorf("problem %d: got line %d %q, want line %d containing %q", i, g.Line, g.Reason, p.Line, p.Reason)
		}
		g.Line, g.Reason = p.Line, p.Reason
		if g != p {
			t.Errorf("problem %d: got %+v, want %+v", i, got.Problems[i], p)
		}
	}
}

func TestParseFiles(t *testing.T) {
	for _, tc := range []struct {
		file                        string
		format, encoding, delimiter string
		people                      []kam.Stakeholder
		problems                    []contacts.Problem
	}{
		{
			file: "excel-de-cp1252.csv", format: "csv", encoding: "windows-1252", delimiter: ";",
			people: []kam.Stakeholder{
				person("Dr. Friedrich Hofmann", "Geschäftsführender Gesellschafter", "management", "decision_maker",
					"f.hofmann@hofmann-antriebe.de", "+49 7131 4480-100", "Entscheidet alle Investitionen über 250 T€; legt Wert auf Regionalität."),
				person("Jörg Schäfer", "Leiter Einkauf", "purchasing", "economic_buyer", "j.schaefer@hofmann-antriebe.de", "+49 7131 4480-300",
					"Verhandelt hart.\nJahresgespräch im Dezember; vorher Zahlen klären.\nMobil: 0171 2345678"),
				person("Claudia Neumann", "Kaufmännische Geschäftsführerin", "finance", "other", "c.neumann@hofmann-antriebe.de", "", `Sieht uns als "teuer".`),
				person("Karl Weber", "Vorsitzender Betriebsrat", "works_council", "other", "", "", ""),
				person("Petra Lindner", "Leiterin IT", "it", "technical_buyer", "p.lindner@hofmann-antriebe.de", "", ""),
				person("Oliver Krüger", "Leiter Instandhaltung", "operations", "user", "o.krueger@hofmann-antriebe.de", "", ""),
				person("Birgit Großmann", "Qualitätsbeauftragte", "other", "other", "", "", "Abteilung: Qualitätssicherung"),
				person("Hans-Jürgen Weiß", "Leiter Werk Öhringen; Standortleitung", "operations", "other", "", "", ""),
			},
			problems: []contacts.Problem{{Line: 10, Reason: "no name: “Vorname” and “Nachname” are empty", Kind: contacts.KindNoName}},
		},
		{
			file: "crm-utf8-bom.csv", format: "csv", encoding: "utf-8", delimiter: ",",
			people: []kam.Stakeholder{
				person("Petra Lindner", "Head of IT", "it", "technical_buyer", "p.lindner@hofmann-antriebe.de", "+49 7131 4480-400",
					`Owns "Hofmann 4.0", the digitalisation programme`),
				person("Stefan Maier", "Technical Director", "operations", "champion", "s.maier@hofmann-antriebe.de", "+49 7131 4480-200",
					"Champion, knows our retrofit references\nVisited the Brno plant in 2025"),
				person("Ayşe Demir", "Head of Controlling, Finance", "finance", "influencer", "a.demir@hofmann-antriebe.de", "", ""),
				person("Nadine Roth", "IT project lead", "it", "other", "n.roth@hofmann-antriebe.de", "", ""),
				person("Frank Berger", "Head of Domestic Sales", "sales", "other", "f.berger@hofmann-antriebe.de", "", ""),
				person("Lena Brandt", "Strategic Buyer", "purchasing", "gatekeeper", "l.brandt@hofmann-antriebe.de", "", "Prefers e-mail, not phone"),
			},
			problems: []contacts.Problem{{Line: 7, Reason: "no name: “First Name” and “Last Name” are empty", Kind: contacts.KindNoName}},
		},
		{
			file: "contacts-v3.vcf", format: "vcard", encoding: "utf-8",
			people: []kam.Stakeholder{
				person("Dr. Friedrich Hofmann", "Geschäftsführender Gesellschafter", "management", "decision_maker",
					"f.hofmann@hofmann-antriebe.de", "+49 7131 4480-100",
					"Entscheidet alle Investitionen über 250 T€, legt Wert auf Regionalität.\nNächster Termin: Dezember; vorher TCO-Rechnung schicken.\nPhone (cell): +49 171 1111111"),
				person("Jörg Schäfer", "Leiter Einkauf, Strategische Beschaffung", "purchasing", "other", "j.schaefer@hofmann-antriebe.de",
					"+49 7131 4480-300", "Phone (cell): +49 171 2222222"),
				person("Karl Weber", "Vorsitzender des Betriebsrats", "works_council", "other", "", "", ""),
				person("Petra Lindner", "Leiterin IT", "it", "other", "p.lindner@hofmann-antriebe.de", "", `Ablage unter C:\Kunden\Hofmann`),
			},
			problems: []contacts.Problem{{Line: 31, Reason: "no name", Kind: contacts.KindNoName}},
		},
		{
			file: "contacts-v4.vcf", format: "vcard", encoding: "utf-8",
			people: []kam.Stakeholder{
				person("Claudia Neumann", "Kaufmännische Geschäftsführerin", "finance", "economic_buyer", "c.neumann@hofmann-antriebe.de",
					"+49-7131-4480-110", "Sieht uns als teuer, braucht TCO-Argumente.\nE-mail (home): claudia@example.org"),
				person("Oliver Krüger", "Leiter Instandhaltung", "operations", "other", "", "", "Role: Projektleiter Retrofit"),
			},
			problems: []contacts.Problem{{Line: 14, Reason: "an organisation, not a person", Kind: contacts.KindOrganisation}},
		},
		{
			file: "contacts-v21.vcf", format: "vcard", encoding: "utf-8",
			people: []kam.Stakeholder{
				person("Jürgen Müller", "Leiter Qualitätssicherung", "other", "other", "", "+49 7131 4480-500",
					"Erste Zeile\nzweite Zeile, lang genug für einen weichen Zeilenumbruch.\nDepartment: Qualitätssicherung"),
			},
		},
		{
			file: "broken/unclosed-quote.csv", format: "csv", encoding: "utf-8", delimiter: ";",
			people:   []kam.Stakeholder{person("Jörg Schäfer", "Leiter Einkauf", "other", "other", "", "", "ok")},
			problems: []contacts.Problem{{Line: 3, Reason: "never closed, so lines 3 to 5 could not be read", Kind: contacts.KindQuoteUnclosed, LastLine: 5}},
		},
		{
			file: "broken/cut-off.vcf", format: "vcard", encoding: "utf-8",
			people:   []kam.Stakeholder{person("Stefan Maier", "", "other", "other", "", "", "")},
			problems: []contacts.Problem{{Line: 5, Reason: "not closed by END:VCARD", Kind: contacts.KindCardCutOff}},
		},
	} {
		t.Run(tc.file, func(t *testing.T) {
			got, err := contacts.Parse(tc.file, mustRead(t, filepath.Join("testdata", tc.file)), nil)
			if err != nil {
				t.Fatalf("got error %v, want none", err)
			}
			if got.Format != tc.format || got.Encoding != tc.encoding || got.Delimiter != tc.delimiter {
				t.Errorf("got format %q encoding %q delimiter %q, want %q %q %q", got.Format, got.Encoding, got.Delimiter,
					tc.format, tc.encoding, tc.delimiter)
			}
			checkResult(t, got, tc.people, tc.problems)
		})
	}
}

func TestParseRefusesWhatIsNoContactList(t *testing.T) {
	for _, tc := range []struct{ file, want string }{
		{"empty.csv", "“empty.csv” is empty"},
		{"blank.csv", "is empty"},
		{"report.pdf", "is a PDF document"},
		{"kontakte.xlsx", "save it as “CSV (Trennzeichen-getrennt)” first"},
		{"random.bin", "is not a text file"},
		{"no-name-column.csv", "its first line holds “Firma”, “Ort”, “Umsatz”"},
	} {
		t.Run(tc.file, func(t *testing.T) {
			got, err := contacts.Parse(tc.file, mustRead(t, filepath.Join("testdata", "broken", tc.file)), nil)
			if err == nil {
				t.Fatalf("got %d people and no error, want an error containing %q", len(got.People), tc.want)
			}
			if code := kam.ErrorCode(err); code != kam.EInvalid {
				t.Errorf("got code %q, want %q", code, kam.EInvalid)
			}
			if !strings.Contains(err.Error(), tc.want) {
				t.Errorf("got %q, want it to contain %q", err, tc.want)
			}
			if len(got.People) != 0 {
				t.Errorf("got %d people with the error, want none", len(got.People))
			}
		})
	}
}

func TestParseRefusesTooLargeAndTooMany(t *testing.T) {
	big := make([]byte, contacts.MaxSize+1)
	if _, err := contacts.Parse("big.csv", big, nil); err == nil || !strings.Contains(err.Error(), "larger than") {
		t.Errorf("got %v for a file over MaxSize, want “larger than”", err)
	}
	var b strings.Builder
	b.WriteString("Name\n")
	for i := range contacts.MaxPeople + 1 {
		fmt.Fprintf(&b, "Person %d\n", i)
	}
	if _, err := contacts.Parse("many.csv", []byte(b.String()), nil); err == nil || !strings.Contains(err.Error(), "more than") {
		t.Errorf("got %v for %d rows, want “more than”", err, contacts.MaxPeople+1)
	}
}

func TestParseNeverReturnsNil(t *testing.T) {
	got, err := contacts.Parse("x.csv", []byte("Name;Firma\n"), nil)
	if err != nil {
		t.Fatal(err)
	}
	if got.People == nil || got.Problems == nil {
		t.Errorf("got People %v Problems %v, want empty lists (the UI shows them as JSON arrays)", got.People, got.Problems)
	}
}
