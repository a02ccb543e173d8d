package contacts_test

import (
	"strings"
	"testing"

	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"

	"kamworkbench/internal/contacts"
	"kamworkbench/internal/kam"
)

func cp1252(tb testing.TB, s string) []byte {
	tb.Helper()
	b, err := charmap.Windows1252.NewEncoder().Bytes([]byte(s))
	if err != nil {
		tb.Fatal(err)
	}
	return b
}

func utf16LE(tb testing.TB, s string) []byte {
	tb.Helper()
	b, err := unicode.UTF16(unicode.LittleEndian, unicode.UseBOM).NewEncoder().Bytes([]byte(s))
	if err != nil {
		tb.Fatal(err)
	}
	return b
}

func TestParseCSV(t *testing.T) {
	lindner := person("Petra Lindner", "Leiterin IT", "it", "other", "", "", "")
	for _, tc := range []struct {
		name      string
		data      []byte
		encoding  string
		delimiter string
		people    []kam.Stakeholder
		problems  []contacts.Problem
	}{
		{name: "semicolon", data: []byte("Name;Position;Abteilung\nPetra Lindner;Leiterin IT;IT\n"),
			encoding: "utf-8", delimiter: ";", people: []kam.Stakeholder{lindner}},
		{name: "comma with CRLF", data: []byte("Name,Position,Abteilung\r\nPetra Lindner,Leiterin IT,IT\r\n"),
			encoding: "utf-8", delimiter: ",", people: []kam.Stakeholder{lindner}},
		{name: "tab", data: []byte("Name\tPosition\tAbteilung\nPetra Lindner\tLeiterin IT\tIT\n"),
			encoding: "utf-8", delimiter: "\t", people: []kam.Stakeholder{lindner}},
		{name: "comma inside quotes does not split", data: []byte("Name;Position;Abteilung\n\"Lindner, Petra\";\"Leiterin IT, Infrastruktur\";IT\n"),
			encoding: "utf-8", delimiter: ";",
			people: []kam.Stakeholder{person("Lindner, Petra", "Leiterin IT, Infrastruktur", "it", "other", "", "", "")}},
		{name: "Excel sep= hint and a title line before the header",
			data:     []byte("sep=;\nKontakte Hofmann Antriebe, Stand Mai\nName;Position;Abteilung\nPetra Lindner;Leiterin IT;IT\n"),
			encoding: "utf-8", delimiter: ";", people: []kam.Stakeholder{lindner}},
		{name: "UTF-16 Unicode text from Excel", data: utf16LE(t, "Name\tPosition\tAbteilung\r\nJörg Schäfer\tLeiter Einkauf\tEinkauf\r\n"),
			encoding: "utf-16", delimiter: "\t",
			people: []kam.Stakeholder{person("Jörg Schäfer", "Leiter Einkauf", "purchasing", "other", "", "", "")}},
		{name: "Windows-1252 without quotes", data: cp1252(t, "Vorname;Nachname;Funktion\nJörg;Schäfer;Leiter Einkauf Süd – Großkunden\n"),
			encoding: "windows-1252", delimiter: ";",
			people: []kam.Stakeholder{person("Jörg Schäfer", "Leiter Einkauf Süd – Großkunden", "other", "other", "", "", "")}},
		{name: "old Mac line ends", data: []byte("Name;Abteilung\rPetra Lindner;IT\rKarl Weber;Betriebsrat\r"), encoding: "utf-8", delimiter: ";",
			people: []kam.Stakeholder{person("Petra Lindner", "", "it", "other", "", "", ""), person("Karl Weber", "", "works_council", "other", "", "", "")}},
		{name: "Vorname and Name: Name is the last name", data: []byte("Vorname;Name;Firma\nKarl;Weber;Hofmann\n"), encoding: "utf-8", delimiter: ";",
			people: []kam.Stakeholder{person("Karl Weber", "", "other", "other", "", "", "")}},
		{name: "headers in any case and spelling", data: []byte("NACHNAME;vor-name;JOB TITLE;e mail;Telefon (Büro);Notes\nWeber;Karl;Vorsitzender;k.weber@example.de;+49 1;ok\n"),
			encoding: "utf-8", delimiter: ";",
			people: []kam.Stakeholder{person("Karl Weber", "Vorsitzender", "other", "other", "k.weber@example.de", "+49 1", "ok")}},
		{name: "academic title goes before the name, a job title in Titel stays a title",
			data:     []byte("Titel;Vorname;Nachname\nProf. Dr.;Anna;Berg\nEinkaufsleiterin;Lena;Brandt\n"),
			encoding: "utf-8", delimiter: ";",
			people: []kam.Stakeholder{person("Prof. Dr. Anna Berg", "", "other", "other", "", "", ""),
				person("Lena Brandt", "Einkaufsleiterin", "other", "other", "", "", "")}},
		{name: "second e-mail and phone kept in the notes", data: []byte("Name,Email,E-Mail 2,Phone,Mobile,Notes\nLena Brandt,a@x.de,b@x.de,+49 1,+49 2,Notiz\n"),
			encoding: "utf-8", delimiter: ",",
			people: []kam.Stakeholder{person("Lena Brandt", "", "other", "other", "a@x.de", "+49 1", "Notiz\nE-Mail 2: b@x.de\nMobile: +49 2")}},
		{name: "a line break in a name is refused, not mended", data: []byte("Name;Position\n\"Petra\nLindner\";IT\nKarl Weber;\"Leiter\r\nEinkauf\"\n"),
			encoding: "utf-8", delimiter: ";",
			problems: []contacts.Problem{
				{Line: 2, Reason: "name: must be one line; it holds a line break", Kind: contacts.KindInvalid, Rule: kam.RuleLineBreak, Field: "name"},
				{Line: 4, Reason: "title: must be one line", Kind: contacts.KindInvalid, Rule: kam.RuleLineBreak, Field: "title", Name: "Karl Weber"}}},
		{name: "control characters are refused with the field named", data: []byte("Name;Position;E-Mail;Notiz\nKarl\x1b[31m Weber;;;\nLena Brandt;Einkauf;lena@x.de\x7f;\nAnna Berg;;;eins\x1bzwei\n\"Tab\tName\";;;\nPetra Lindner;;;\"eins\vzwei" + strings.Repeat(" und so weiter", 40) + "\"\n"),
			encoding: "utf-8", delimiter: ";",
			people: []kam.Stakeholder{person("Petra Lindner", "", "other", "other", "", "", "eins\nzwei"+strings.Repeat(" und so weiter", 40))},
			problems: []contacts.Problem{
				{Line: 2, Reason: "name: holds the control character ESC (U+001B)", Kind: contacts.KindInvalid, Rule: kam.RuleControl, Field: "name"},
				{Line: 3, Reason: "email: holds the control character DEL (U+007F)", Kind: contacts.KindInvalid, Rule: kam.RuleControl, Field: "email", Name: "Lena Brandt"},
				{Line: 4, Reason: "notes: holds the control character ESC", Kind: contacts.KindInvalid, Rule: kam.RuleControl, Field: "notes", Name: "Anna Berg"},
				{Line: 5, Reason: "name: must be one line; it holds a tab", Kind: contacts.KindInvalid, Rule: kam.RuleLineBreak, Field: "name"}}},
		{name: "line numbers count the lines inside quotes",
			data:     []byte("Name;Notiz\n\"A\";\"eins\nzwei\ndrei\"\n;nur eine Notiz\n\n;;\n;noch eine\n"),
			encoding: "utf-8", delimiter: ";",
			people:   []kam.Stakeholder{person("A", "", "other", "other", "", "", "eins\nzwei\ndrei")},
			problems: []contacts.Problem{{Line: 5, Reason: "no name: “Name” is empty", Kind: contacts.KindNoName}, {Line: 8, Reason: "no name", Kind: contacts.KindNoName}}},
		{name: "stray quotation marks are read as text", data: []byte("Name;Position\nKarl \"Kalle\" Weber;Betriebsrat \"BR\"\nLena Brandt;Einkauf\n"),
			encoding: "utf-8", delimiter: ";",
			people: []kam.Stakeholder{person(`Karl "Kalle" Weber`, `Betriebsrat "BR"`, "other", "other", "", "", ""),
				person("Lena Brandt", "Einkauf", "other", "other", "", "", "")}},
		{name: "unknown role and department kept in the notes", data: []byte("Name;Abteilung;Rolle\nBirgit Großmann;Qualität;Bedenkenträgerin\n"),
			encoding: "utf-8", delimiter: ";",
			people: []kam.Stakeholder{person("Birgit Großmann", "", "other", "other", "", "", "Abteilung: Qualität\nRolle: Bedenkenträgerin")}},
		{name: "a name longer than allowed is a problem", data: []byte("Name\n" + strings.Repeat("x", kam.MaxName+1) + "\nKarl Weber\n"),
			encoding: "utf-8", delimiter: ";",
			people:   []kam.Stakeholder{person("Karl Weber", "", "other", "other", "", "", "")},
			problems: []contacts.Problem{{Line: 2, Reason: "name: is 501 characters long", Kind: contacts.KindTooLong, Field: "name", Max: kam.MaxName}}},
		{name: "ragged rows", data: []byte("Name;Position;Abteilung\nKarl Weber\nLena Brandt;Einkäuferin;Einkauf;extra;more\n"),
			encoding: "utf-8", delimiter: ";",
			people: []kam.Stakeholder{person("Karl Weber", "", "other", "other", "", "", ""),
				person("Lena Brandt", "Einkäuferin", "purchasing", "other", "", "", "")}},
		{name: "header only", data: []byte("Vorname;Nachname\n"), encoding: "utf-8", delimiter: ";"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, err := contacts.Parse(tc.name+".csv", tc.data, nil)
			if err != nil {
				t.Fatalf("got error %v, want none", err)
			}
			if got.Format != "csv" || got.Encoding != tc.encoding || got.Delimiter != tc.delimiter {
				t.Errorf("got format %q encoding %q delimiter %q, want csv %q %q", got.Format, got.Encoding, got.Delimiter, tc.encoding, tc.delimiter)
			}
			checkResult(t, got, tc.people, tc.problems)
		})
	}
}

func TestParseCSVRefusesTextWithoutNameColumn(t *testing.T) {
	for _, data := range []string{
		"Liebe Frau Neumann,\nanbei wie besprochen die Unterlagen.\n",
		"Firma;Ort\nHofmann;Heilbronn\n",
		"{\"name\": \"Karl Weber\"}\n",
	} {
		_, err := contacts.Parse("brief.txt", []byte(data), nil)
		if err == nil || !strings.Contains(err.Error(), "neither a vCard file nor a table with a name column") {
			t.Errorf("%q: got %v, want a “no name column” error", data, err)
		}
	}
}
