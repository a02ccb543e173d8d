package pdf_test

import (
	"strings"
	"testing"

	"kamworkbench/internal/audience"
	"kamworkbench/internal/catalog"
	"kamworkbench/internal/pdf"
)

func TestUndrawable(t *testing.T) {
	cat := catalog.MustLoad()
	acc := hostileAccount(cat)
	list := func(who audience.Audience) map[string]string {
		got, err := pdf.Undrawable(pdf.Input{Account: acc, WorkshopID: "w1", Catalog: cat, Audience: who, Sections: audience.Allowed(who)})
		if err != nil {
			t.Fatal(err)
		}
		m := map[string]string{}
		for _, u := range got {
			m[u.Field+"|"+u.Record] += u.Chars
			if u.Chars == "" || strings.ContainsRune(u.Chars, pdf.Placeholder) {
				t.Errorf("%+v: no characters, or the stand-in itself", u)
			}
		}
		return m
	}
	customer, internal := list(audience.Customer), list(audience.Internal)
	for key, chars := range map[string]string{
		"Client.Name|": "🚀",
		"Stakeholder.Name|王小明 (Wang Xiaoming)":         "王小明",
		"Stakeholder.Name|محمد Al-Hassan":              "محد", // each character once
		"Action.Title|Angebot überarbeiten 📄 für Jörg": "📄",
	} {
		if customer[key] != chars {
			t.Errorf("customer %s: got %q, want %q", key, customer[key], chars)
		}
	}
	for key := range customer {
		if strings.HasPrefix(key, "Stakeholder.Notes") || strings.HasPrefix(key, "Client.Notes") || strings.HasPrefix(key, "Competitor.") {
			t.Errorf("customer version warns of %s, which it leaves out", key)
		}
	}
	if internal["Stakeholder.Notes|Jörg Schäfer-Übermuth"] != "🙄" || internal["Competitor.Name|Konkurrenz 🦈 AG"] != "🦈" {
		t.Errorf("internal version: got %v", internal)
	}
	if _, err := pdf.Undrawable(pdf.Input{Account: acc, WorkshopID: "nope", Catalog: cat}); err == nil {
		t.Errorf("an unknown workshop gave no error")
	}
}
