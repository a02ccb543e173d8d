package contacts_test

import (
	"strings"
	"testing"

	"kamworkbench/internal/contacts"
	"kamworkbench/internal/kam"
)

func TestParseVCard(t *testing.T) {
	weber := person("Karl Weber", "", "other", "other", "", "", "")
	for _, tc := range []struct {
		name     string
		data     string
		encoding string
		people   []kam.Stakeholder
		problems []contacts.Problem
	}{
		{name: "FN only", data: "BEGIN:VCARD\nVERSION:3.0\nFN:Karl Weber\nEND:VCARD\n", people: []kam.Stakeholder{weber}},
		{name: "N only, with prefix and suffix", data: "BEGIN:VCARD\r\nVERSION:4.0\r\nN:Berg;Anna;Maria,Luise;Prof. Dr.;MBA\r\nEND:VCARD\r\n",
			people: []kam.Stakeholder{person("Prof. Dr. Anna Maria Luise Berg MBA", "", "other", "other", "", "", "")}},
		{name: "blank space and a byte order mark before BEGIN, lower-case names", data: "\uFEFF\r\n  begin:vcard\nversion:3.0\nfn:Karl Weber\nend:vcard\n",
			people: []kam.Stakeholder{weber}},
		{name: "folded with CRLF and a space, LF and a tab",
			data:   "BEGIN:VCARD\r\nFN:Karl \r\n Weber\r\nTITLE:Vorsitz\n\tender\r\nNOTE:a\r\n  b\r\nEND:VCARD\r\n",
			people: []kam.Stakeholder{person("Karl Weber", "Vorsitzender", "other", "other", "", "", "a b")}},
		{name: "escapes", data: "BEGIN:VCARD\nFN:Weber\\, Karl\nTITLE:A\\;B\\:C\nNOTE:eins\\nzwei\\Ndrei \\\\ vier \\x\nEND:VCARD\n",
			people: []kam.Stakeholder{person("Weber, Karl", "A;B:C", "other", "other", "", "", "eins\nzwei\ndrei \\ vier \\x")}},
		{name: "escaped semicolon in ORG stays in the department", data: "BEGIN:VCARD\nFN:Karl Weber\nORG:Hofmann\\; Söhne;Einkauf\\, Süd\nEND:VCARD\n",
			people: []kam.Stakeholder{person("Karl Weber", "", "purchasing", "other", "", "", "")}},
		{name: "groups and quoted parameters", data: "BEGIN:VCARD\nFN:Karl Weber\nitem1.EMAIL;TYPE=\"work;x:y\":k@x.de\nitem2.TEL;type=CELL:+49 2\nEND:VCARD\n",
			people: []kam.Stakeholder{person("Karl Weber", "", "other", "other", "k@x.de", "+49 2", "")}},
		{name: "preferred phone wins, the others go to the notes",
			data:   "BEGIN:VCARD\nFN:Karl Weber\nTEL;TYPE=home:+49 1\nTEL;TYPE=cell:+49 2\nTEL;TYPE=work:+49 3\nEMAIL:a@x.de\nEMAIL;TYPE=internet,pref:b@x.de\nEND:VCARD\n",
			people: []kam.Stakeholder{person("Karl Weber", "", "other", "other", "b@x.de", "+49 3", "E-mail: a@x.de\nPhone (home): +49 1\nPhone (cell): +49 2")}},
		{name: "mailto and tel URIs", data: "BEGIN:VCARD\nFN:Karl Weber\nEMAIL:mailto:k@x.de\nTEL;VALUE=uri:tel:+49-1\nEND:VCARD\n",
			people: []kam.Stakeholder{person("Karl Weber", "", "other", "other", "k@x.de", "+49-1", "")}},
		{name: "2.1 quoted-printable in Windows-1252 without a charset", data: "BEGIN:VCARD\nVERSION:2.1\nFN;ENCODING=QUOTED-PRINTABLE:J=F6rg Sch=E4fer\nEND:VCARD\n",
			people: []kam.Stakeholder{person("Jörg Schäfer", "", "other", "other", "", "", "")}},
		{name: "2.1 bare QUOTED-PRINTABLE with a soft line break", data: "BEGIN:VCARD\r\nVERSION:2.1\r\nFN:Karl Weber\r\nNOTE;QUOTED-PRINTABLE:Gr=C3=BC=\r\nne Wiese\r\nEND:VCARD\r\n",
			people: []kam.Stakeholder{person("Karl Weber", "", "other", "other", "", "", "Grüne Wiese")}},
		{name: "a file in Windows-1252", data: string([]byte("BEGIN:VCARD\nFN:J\xf6rg Sch\xe4fer\nEND:VCARD\n")), encoding: "windows-1252",
			people: []kam.Stakeholder{person("Jörg Schäfer", "", "other", "other", "", "", "")}},
		{name: "a card without END before the next one",
			data:     "BEGIN:VCARD\nFN:Lena Brandt\nBEGIN:VCARD\nFN:Karl Weber\nEND:VCARD\n",
			people:   []kam.Stakeholder{weber},
			problems: []contacts.Problem{{Line: 1, Reason: "not closed by END:VCARD before the next card", Kind: contacts.KindCardUnclosed}}},
		{name: "cards without names, groups and places",
			data:   "BEGIN:VCARD\nEMAIL:x@y.de\nEND:VCARD\n\nBEGIN:VCARD\nKIND:group\nFN:Einkaufsteam\nEND:VCARD\nBEGIN:VCARD\nFN:  \nN:;;;;\nEND:VCARD\nBEGIN:VCARD\nFN:Karl Weber\nEND:VCARD\n",
			people: []kam.Stakeholder{weber},
			problems: []contacts.Problem{
				{Line: 1, Reason: "no name", Kind: contacts.KindNoName},
				{Line: 5, Reason: "a group, not a person", Kind: contacts.KindGroup},
				{Line: 9, Reason: "no name", Kind: contacts.KindNoName},
			}},
		{name: "control characters and line breaks in single-line fields are refused, not mended",
			data: "BEGIN:VCARD\nFN:Karl\x1b Weber\nEND:VCARD\nBEGIN:VCARD\nFN:Lena\\nBrandt\nEND:VCARD\n" +
				"BEGIN:VCARD\nFN:Anna Berg\nNOTE:eins\x07zwei" + strings.Repeat(" und so weiter", 20) + "\nEND:VCARD\nBEGIN:VCARD\nFN:Karl Weber\nEND:VCARD\n",
			people: []kam.Stakeholder{weber},
			problems: []contacts.Problem{
				{Line: 1, Reason: "name: holds the control character ESC (U+001B)", Kind: contacts.KindInvalid, Rule: kam.RuleControl, Field: "name"},
				{Line: 4, Reason: "name: must be one line; it holds a line break", Kind: contacts.KindInvalid, Rule: kam.RuleLineBreak, Field: "name"},
				{Line: 7, Reason: "notes: holds the control character U+0007", Kind: contacts.KindInvalid, Rule: kam.RuleControl, Field: "notes", Name: "Anna Berg"},
			}},
		{name: "lines outside cards and lines without a colon are skipped",
			data:   "BEGIN:VCARD\nFN:Karl Weber\nkaputt\n:nur Wert\nEND:VCARD\nirgendwas\n",
			people: []kam.Stakeholder{weber}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, err := contacts.Parse("contacts.vcf", []byte(tc.data), nil)
			if err != nil {
				t.Fatalf("got error %v, want none", err)
			}
			want := tc.encoding
			if want == "" {
				want = "utf-8"
			}
			if got.Format != "vcard" || got.Encoding != want || got.Delimiter != "" {
				t.Errorf("got format %q encoding %q delimiter %q, want vcard %q \"\"", got.Format, got.Encoding, got.Delimiter, want)
			}
			checkResult(t, got, tc.people, tc.problems)
		})
	}
}
