package pdf_test

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"kamworkbench/internal/catalog"
	"kamworkbench/internal/kam"
)

func ptr(i int) *int { return &i }

// longText repeats words until the text is n characters long, with one
// word of 400 characters and no space in the middle, which must be broken
// inside the word.
func longText(n int, words string) string {
	var b strings.Builder
	for utf8.RuneCountInString(b.String()) < n/2 {
		b.WriteString(words)
	}
	b.WriteString(strings.Repeat("Ünterbrechungsfrei", 400/18) + " ")
	for utf8.RuneCountInString(b.String()) < n {
		b.WriteString(words)
	}
	return string([]rune(b.String())[:n])
}

// hostileAccount is a workshop full of what breaks PDF libraries: umlauts,
// Turkish and Scandinavian letters, emoji, CJK, Arabic, markup, control
// characters and a note of 20,000 characters.
func hostileAccount(cat *catalog.Catalog) kam.Account {
	long := longText(20000, "Größenordnung überprüfen – İstanbul şğı, Øre åæ Þ 😀 漢字 <script>alert(1)</script> ")
	people := []kam.Stakeholder{
		{ID: "s1", Name: "Jörg Schäfer-Übermuth", Title: "Leiter Einkauf & <b>Logistik</b>", Department: "purchasing",
			BuyingRole: "decision_maker", Attitude: -2, Influence: 5, Relationship: 1, Owner: "Åse Ødegård",
			LastContact: "2026-01-02", Notes: "NOTE-S1 traut uns nicht 🙄 – <script>alert('x')</script>", X: 0, Y: 0},
		{ID: "s2", Name: "Ayşe Çelik-Yıldız", Title: "İç Denetim Müdürü", Department: "finance", BuyingRole: "economic_buyer",
			Attitude: 1, Influence: 4, Relationship: 2, Owner: "Þórður Ægisson", KnowsPortfolio: true, LastContact: "2026-11-20",
			Notes: "NOTE-S2 " + long, X: 200, Y: 0},
		{ID: "s3", Name: "王小明 (Wang Xiaoming)", Title: "IT-Leiter 🚀", Department: "it", BuyingRole: "technical_buyer",
			Attitude: 0, Influence: 3, Notes: "NOTE-S3 spricht Deutsch und 中文", X: 400, Y: 0},
		{ID: "s4", Name: "محمد Al-Hassan", Title: "Betriebsrat", Department: "works_council", BuyingRole: "influencer",
			Attitude: -1, Influence: 2, Relationship: 0, LastContact: "2025-12-24", Notes: "NOTE-S4\ttab\r\nCRLF", X: 200, Y: 200},
		{ID: "s5", Name: "Øystein Ågård", Title: "CEO", Department: "management", BuyingRole: "champion", Attitude: 2,
			Influence: 5, Relationship: 3, Owner: "Åse Ødegård", KnowsPortfolio: true, LastContact: "2026-11-25",
			Notes: "NOTE-S5 « guillemets » „Anführungszeichen“ ‚einfach‘ ½ ¼ € £ ¥ © ®", X: 400, Y: 200},
	}
	answers := []kam.Answer{}
	for i, q := range cat.QuestionIDs() {
		a := kam.Answer{QuestionID: q, Rating: ptr(i % 5), Checked: []string{}, FollowUp: i%4 == 0,
			Notes: fmt.Sprintf("ANSWER-%d Ärger über Öl & Übermaß 😀 <i>kursiv</i> – İğdır", i)}
		if i%3 == 0 {
			a.Finding = fmt.Sprintf("FINDING-%d Befund für den Kunden: „Pflege“ – Şüphe 📈 <b>fett</b>", i)
		}
		if i == 7 {
			a.Notes = long
		}
		if i%11 == 10 {
			a = kam.Answer{QuestionID: q, NA: true, Checked: []string{}, Notes: "nicht zutreffend – N/A"}
		}
		answers = append(answers, a)
	}
	return kam.Account{
		Client: kam.Client{ID: "c1", Name: "Müller & Söhne <script>alert(1)</script> GmbH 🚀", Industry: "Ölförderung / Ærø",
			Location: "Kraków", Notes: "CLIENT-NOTE nur intern: Budget 🤫 knapp",
			SWOT: kam.SWOT{Strengths: "Stärke: Nähe 💪", Weaknesses: "Schwäche: Preis\n\nzweiter Absatz", Opportunities: cut(long, 3000), Threats: "Risiko: 競合"}},
		Workshops: []kam.WorkshopData{
			{Workshop: kam.Workshop{ID: "w0", Title: "Erstaufnahme", Date: "2026-01-10"}, Answers: []kam.Answer{{QuestionID: cat.QuestionIDs()[0], Rating: ptr(1)}}},
			{Workshop: kam.Workshop{ID: "w1", Title: "Q4 Überprüfung – İstanbul/Ærø 🎉 漢字", Date: "2026-11-26",
				Location: "Besprechungsraum „Ölmühle“", Facilitator: "Dr. Þórunn Ægisdóttir",
				Participants: []kam.Participant{
					{ID: "p1", Name: "Çağla Şenyüz", Role: "Vertrieb 🤝", Side: kam.SideCustomer}, {ID: "p2", Name: "Åse Ødegård", Role: "KAM", Side: kam.SideOurs},
					{ID: "p3", Name: "Ğülşen Öztürk", Role: "<Marketing>", Side: kam.SideCustomer, StakeholderID: "s1"},
				}},
				Votes: []kam.Vote{
					{ParticipantID: "p1", QuestionID: cat.QuestionIDs()[0], Rating: ptr(0)}, {ParticipantID: "p2", QuestionID: cat.QuestionIDs()[0], Rating: ptr(4)},
					{ParticipantID: "p3", QuestionID: cat.QuestionIDs()[0], NA: true}, {ParticipantID: "p1", QuestionID: cat.QuestionIDs()[2], Rating: ptr(2)},
				},
				Answers: answers,
				Actions: []kam.Action{
					{ID: "a1", Title: "Angebot überarbeiten 📄 für Jörg", Owner: "Çağla Şenyüz", Due: "2026-12-01", Priority: "high", Probability: 80, Status: "open", QuestionID: cat.QuestionIDs()[3]},
					{ID: "a2", Title: cut(long, 1500), Owner: "Åse Ødegård", Priority: "low", Probability: 10, Status: "done"},
					{ID: "a3", Title: "INTERNAL-ACTION Battle-Card 🦈 gegen Konkurrenz schärfen", Owner: "INTERNAL-OWNER Þór", Due: "2026-12-24",
						Priority: "high", Probability: 77, Status: "open", Internal: true},
				}},
		},
		Stakeholders: people,
		Relations: []kam.Relation{
			{ID: "r1", From: "s1", To: "s5", Kind: "reports_to"}, {ID: "r2", From: "s2", To: "s5", Kind: "reports_to"},
			{ID: "r3", From: "s3", To: "s2", Kind: "influences"}, {ID: "r4", From: "s4", To: "s1", Kind: "conflict"},
			{ID: "r5", From: "s5", To: "s1", Kind: "influences"},
		},
		Competitors: []kam.Competitor{
			{ID: "k1", Name: "Konkurrenz 🦈 AG", Location: "Zürich", Threat: 5, Strengths: "COMP-STRENGTH billig",
				Weaknesses: "COMP-WEAK langsam", Partners: "COMP-PARTNER Bank", Counter: "COUNTER-1 " + cut(long, 5000)},
		},
		Opportunities: []kam.Opportunity{
			{ID: "o1", Title: "Großauftrag „Ölmühle“ 💶", Value: 1234567.89, Stage: "proposal", Probability: 40, ExpectedClose: "2027-03-31", NextStep: "Termin mit İlker"},
			{ID: "o2", Title: "Verloren: 競合に負けた", Value: 1000, Stage: "lost", Probability: 0},
		},
		Arguments: []kam.Argument{
			{ID: "g1", Feature: "Service 24/7 ⏰", Advantage: "Schnell <em>vor Ort</em>", Benefit: cut(long, 2500), BuyingRole: "economic_buyer"},
		},
	}
}

// largeAccount is the benchmark workshop: 300 stakeholders, 600 relations,
// 40 competitors, 200 actions and every question answered with long notes.
func largeAccount(cat *catalog.Catalog) kam.Account {
	note := longText(1200, "Der Kunde berichtet über Verzögerungen im Einkauf; Rückfragen zur Übergabe. ")
	var people []kam.Stakeholder
	for i := range 300 {
		people = append(people, kam.Stakeholder{
			ID: fmt.Sprintf("s%03d", i), Name: fmt.Sprintf("Person %03d Müller-Lüdenscheidt", i), Title: "Abteilungsleiterin Beschaffung",
			Department: kam.Departments[i%len(kam.Departments)], BuyingRole: kam.BuyingRoles[i%len(kam.BuyingRoles)],
			Attitude: i%5 - 2, Influence: i%5 + 1, Relationship: i % 4, Owner: []string{"", "Julia Kessler"}[i%2],
			KnowsPortfolio: i%3 == 0, LastContact: []string{"", "2026-03-01", "2026-11-01"}[i%3],
			Notes: cut(note, 300), X: float64(i%20) * 180, Y: float64(i/20) * 100,
		})
	}
	var rels []kam.Relation
	kinds := kam.RelationKinds
	for i := range 600 {
		from, to := i%300, (i*7+13)%300
		if from == to {
			to = (to + 1) % 300
		}
		rels = append(rels, kam.Relation{ID: fmt.Sprintf("r%03d", i), From: people[from].ID, To: people[to].ID, Kind: kinds[i%3]})
	}
	var comps []kam.Competitor
	for i := range 40 {
		comps = append(comps, kam.Competitor{ID: fmt.Sprintf("k%02d", i), Name: fmt.Sprintf("Wettbewerber %02d GmbH", i), Location: "Stuttgart",
			Threat: i%5 + 1, Strengths: cut(note, 400), Weaknesses: cut(note, 300), Partners: cut(note, 200), Counter: cut(note, 500)})
	}
	var answers []kam.Answer
	for i, q := range cat.QuestionIDs() {
		answers = append(answers, kam.Answer{QuestionID: q, Rating: ptr(i % 5), Notes: note, FollowUp: i%3 == 0, Checked: []string{}})
	}
	var actions []kam.Action
	for i := range 200 {
		actions = append(actions, kam.Action{ID: fmt.Sprintf("a%03d", i), Title: fmt.Sprintf("Maßnahme %03d: Gespräch mit der Geschäftsführung über die Rahmenvereinbarung vorbereiten", i),
			Owner: "Thomas Brenner", Due: "2027-01-15", Priority: kam.Priorities[i%3], Probability: i % 101, Status: kam.Statuses[i%3]})
	}
	var opps []kam.Opportunity
	for i := range 30 {
		opps = append(opps, kam.Opportunity{ID: fmt.Sprintf("o%02d", i), Title: fmt.Sprintf("Chance %02d", i), Value: float64(i) * 12345.5,
			Stage: kam.Stages[i%len(kam.Stages)], Probability: i * 3, ExpectedClose: "2027-06-30", NextStep: cut(note, 150)})
	}
	var args []kam.Argument
	for i := range 20 {
		args = append(args, kam.Argument{ID: fmt.Sprintf("g%02d", i), Feature: "Merkmal", Advantage: cut(note, 200), Benefit: cut(note, 250), BuyingRole: "user", Position: i})
	}
	return kam.Account{
		Client: kam.Client{ID: "c", Name: "Großkunde AG", Notes: note,
			SWOT: kam.SWOT{Strengths: note, Weaknesses: note, Opportunities: note, Threats: note}},
		Workshops: []kam.WorkshopData{
			{Workshop: kam.Workshop{ID: "w0", Title: "Erstaufnahme", Date: "2026-04-01"}, Answers: answers[:20]},
			{Workshop: kam.Workshop{ID: "w1", Title: "Großer Workshop", Date: "2026-11-26", Location: "Stuttgart", Facilitator: "Dr. Katrin Albers",
				Participants: []kam.Participant{{Name: "Thomas Brenner", Role: "Vertriebsleiter"}}}, Answers: answers, Actions: actions},
		},
		Stakeholders: people, Relations: rels, Competitors: comps, Opportunities: opps, Arguments: args,
	}
}

// cut returns the first n characters of s.
func cut(s string, n int) string { return string([]rune(s)[:n]) }
