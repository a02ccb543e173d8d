package contacts_test

import (
	"fmt"
	"strings"
	"testing"

	"kamworkbench/internal/contacts"
)

// BenchmarkParse reads the largest lists an import accepts: 5,000 rows of a
// German Excel CSV and 5,000 vCards.
func BenchmarkParse(b *testing.B) {
	var csv strings.Builder
	csv.WriteString("Anrede;Titel;Vorname;Nachname;Position;Abteilung;E-Mail;Telefon;Bemerkung\r\n")
	var vcf strings.Builder
	for i := range contacts.MaxPeople {
		fmt.Fprintf(&csv, "Herr;;Jörg;Schäfer %d;Leiter Einkauf;Einkauf;j%d@example.de;+49 7131 %d;\"Verhandelt hart;\r\nim Dezember\"\r\n", i, i, i)
		fmt.Fprintf(&vcf, "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Jörg Schäfer %d\r\nORG:Hofmann;Einkauf\r\nTITLE:Leiter Einkauf\r\n"+
			"EMAIL;TYPE=work:j%d@example.de\r\nNOTE:Verhandelt hart\\, im Dezem\r\n ber\r\nEND:VCARD\r\n", i, i)
	}
	for _, tc := range []struct {
		name string
		data []byte
	}{
		{"csv-windows-1252", cp1252(b, csv.String())},
		{"vcard", []byte(vcf.String())},
	} {
		b.Run(tc.name, func(b *testing.B) {
			b.SetBytes(int64(len(tc.data)))
			for b.Loop() {
				res, err := contacts.Parse(tc.name, tc.data, nil)
				if err != nil || len(res.People) != contacts.MaxPeople {
					b.Fatalf("got %d people, error %v; want %d", len(res.People), err, contacts.MaxPeople)
				}
			}
		})
	}
}
