package contacts

import (
	"strings"
	"unicode"

	"kamworkbench/internal/kam"
)

// keywords tell a department or buying role from free text. words must
// match a whole word ("it" must not match "Qualität"); stems may sit inside
// a German compound ("Zentraleinkauf", "Finanzbuchhaltung"). phrases match
// whole words in sequence. All are in fold()ed spelling.
type keywords struct {
	value   string
	words   []string
	stems   []string
	phrases []string
}

// departments is checked in order: the first match wins, so the more
// specific entries come first ("Informationstechnik" is IT, not Technik).
var departments = []keywords{
	{value: "works_council", stems: []string{"betriebsrat", "personalrat"}, phrases: []string{"works council"}, words: []string{"works_council"}},
	{value: "management", stems: []string{"geschaeftsfuehr", "geschaeftsleit", "unternehmensleit", "vorstand"},
		words: []string{"management", "ceo", "board", "executive", "inhaber"}},
	{value: "it", stems: []string{"informationstechn", "informatik"}, words: []string{"it", "edv", "ikt", "ict", "cio"},
		phrases: []string{"information technology"}},
	{value: "purchasing", stems: []string{"einkauf", "beschaffung"}, words: []string{"purchasing", "procurement", "buying", "sourcing"}},
	{value: "finance", stems: []string{"finanz", "controlling", "buchhaltung", "rechnungswesen"},
		words: []string{"finance", "accounting", "cfo", "treasury"}},
	{value: "sales", stems: []string{"vertrieb", "verkauf", "aussendienst"}, words: []string{"sales"}},
	{value: "marketing", stems: []string{"marketing"}},
	{value: "operations", stems: []string{"produktion", "fertigung", "instandhaltung", "technik", "logistik", "werksleit"},
		words: []string{"operations", "production", "manufacturing", "maintenance", "logistics", "engineering", "werk"}},
	{value: "specialist", stems: []string{"fachabteilung", "fachbereich"}, words: []string{"specialist", "specialists", "fachexperte"}},
}

// buyingRoles tells the buying role from free text, in the same way.
var buyingRoles = []keywords{
	{value: "economic_buyer", stems: []string{"wirtschaftlich", "kaufmaennisch", "budget"}, phrases: []string{"economic buyer"}, words: []string{"economic_buyer"}},
	{value: "technical_buyer", stems: []string{"technisch"}, phrases: []string{"technical buyer"}, words: []string{"technical_buyer"}},
	{value: "decision_maker", stems: []string{"entscheid"}, phrases: []string{"decision maker"}, words: []string{"decision_maker", "decider"}},
	{value: "gatekeeper", stems: []string{"gatekeeper", "tueroeffner"}, phrases: []string{"gate keeper"}},
	{value: "champion", stems: []string{"champion", "fuersprecher", "befuerworter"}, words: []string{"coach", "sponsor"}},
	{value: "influencer", stems: []string{"beeinfluss", "influencer", "meinungsmacher"}},
	{value: "user", stems: []string{"anwender", "nutzer", "benutzer"}, words: []string{"user", "users", "enduser"}, phrases: []string{"end user"}},
}

// DepartmentOf maps a department's name as people write it ("Einkauf",
// "IT-Abteilung", "Works Council") to a department of the domain, or ""
// when it is none of them.
func DepartmentOf(text string) kam.Department { return kam.Department(match(departments, text)) }

// BuyingRoleOf maps a buying role as people write it ("Entscheider",
// "Economic Buyer") to a buying role of the domain, or "" when it is none.
func BuyingRoleOf(text string) kam.BuyingRole { return kam.BuyingRole(match(buyingRoles, text)) }

func match(list []keywords, text string) string {
	words := strings.FieldsFunc(fold(text), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '_'
	})
	if len(words) == 0 {
		return ""
	}
	joined := " " + strings.Join(words, " ") + " "
	for _, k := range list {
		for _, p := range k.phrases {
			if strings.Contains(joined, " "+p+" ") {
				return k.value
			}
		}
		for _, w := range words {
			for _, kw := range k.words {
				if w == kw {
					return k.value
				}
			}
			for _, s := range k.stems {
				if strings.Contains(w, s) {
					return k.value
				}
			}
		}
	}
	return ""
}

var umlauts = strings.NewReplacer("ä", "ae", "ö", "oe", "ü", "ue", "ß", "ss")

// fold lowercases s and spells out German umlauts, so "Geschäftsführung"
// and "GESCHAEFTSFUEHRUNG" compare equal.
func fold(s string) string { return umlauts.Replace(strings.ToLower(s)) }
