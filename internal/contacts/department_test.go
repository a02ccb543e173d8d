package contacts_test

import (
	"testing"

	"kamworkbench/internal/contacts"
)

func TestDepartmentOf(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"Einkauf", "purchasing"}, {"Zentraleinkauf", "purchasing"}, {"Strategische Beschaffung", "purchasing"},
		{"Purchasing", "purchasing"}, {"Procurement", "purchasing"}, {"Technischer Einkauf", "purchasing"},
		{"IT", "it"}, {"IT-Abteilung", "it"}, {"EDV", "it"}, {"Informationstechnik", "it"}, {"Information Technology", "it"},
		{"Geschäftsführung", "management"}, {"GESCHAEFTSFUEHRUNG", "management"}, {"Vorstand", "management"},
		{"Management", "management"}, {"CEO Office", "management"}, {"Geschäftsleitung", "management"},
		{"Betriebsrat", "works_council"}, {"Works Council", "works_council"}, {"works_council", "works_council"},
		{"Finanzen", "finance"}, {"Controlling", "finance"}, {"Finanzbuchhaltung", "finance"}, {"Buchhaltung", "finance"}, {"Finance", "finance"},
		{"Produktion", "operations"}, {"Instandhaltung", "operations"}, {"Operations", "operations"}, {"Technik", "operations"},
		{"Logistik", "operations"}, {"Werk Öhringen", "operations"},
		{"Vertrieb", "sales"}, {"Vertriebsinnendienst", "sales"}, {"Sales", "sales"},
		{"Marketing", "marketing"}, {"Marketing & Kommunikation", "marketing"},
		{"Fachabteilung", "specialist"}, {"Specialist", "specialist"},
		{"Qualitätssicherung", ""}, {"Qualitätsmanagement", ""}, {"Personal", ""}, {"Qualität", ""}, {"", ""}, {"  ", ""},
	} {
		if got := contacts.DepartmentOf(tc.text); string(got) != tc.want {
			t.Errorf("DepartmentOf(%q): got %q, want %q", tc.text, got, tc.want)
		}
	}
}

func TestBuyingRoleOf(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"Entscheider", "decision_maker"}, {"Entscheidungsträger", "decision_maker"}, {"Decision Maker", "decision_maker"},
		{"decision-maker", "decision_maker"}, {"decision_maker", "decision_maker"},
		{"Wirtschaftlicher Entscheider", "economic_buyer"}, {"Kaufmännischer Entscheider", "economic_buyer"}, {"Economic Buyer", "economic_buyer"},
		{"Technischer Entscheider", "technical_buyer"}, {"Technical Buyer", "technical_buyer"},
		{"Anwender", "user"}, {"User", "user"}, {"End user", "user"},
		{"Beeinflusser", "influencer"}, {"Influencer", "influencer"},
		{"Gatekeeper", "gatekeeper"}, {"Türöffner", "gatekeeper"},
		{"Champion", "champion"}, {"Fürsprecher", "champion"}, {"Coach", "champion"},
		{"Projektleiter", ""}, {"", ""},
	} {
		if got := contacts.BuyingRoleOf(tc.text); string(got) != tc.want {
			t.Errorf("BuyingRoleOf(%q): got %q, want %q", tc.text, got, tc.want)
		}
	}
}
