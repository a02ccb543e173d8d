// Package demo builds the sample client that a new workspace starts with: a
// German mid-sized manufacturer with two workshop rounds, a buying center,
// competitors, opportunities, arguments and actions.
package demo

import (
	"context"

	"github.com/google/uuid"

	"kamworkbench/internal/catalog"
	"kamworkbench/internal/kam"
)

// Store is what Add needs of the workspace.
type Store interface {
	PutAccount(ctx context.Context, acc kam.Account, replace bool) error
}

// Add stores a fresh copy of the sample account (new ids each time) and
// returns it.
func Add(ctx context.Context, s Store, c *catalog.Catalog) (kam.Account, error) {
	acc := Account(c)
	return acc, s.PutAccount(ctx, acc, false)
}

func id() string { return uuid.NewString() }

// Account builds the sample account with fresh ids.
func Account(c *catalog.Catalog) kam.Account {
	people := stakeholders()
	byName := map[string]string{}
	for _, p := range people {
		byName[p.Name] = p.ID
	}
	rel := func(from, to string, kind kam.RelationKind) kam.Relation {
		return kam.Relation{ID: id(), From: byName[from], To: byName[to], Kind: kind}
	}
	earlier := kam.WorkshopData{
		Workshop: kam.Workshop{ID: id(), Title: "KAM-Erstaufnahme", Date: "2026-04-22", Location: "Heilbronn, Werk 1",
			Facilitator: "Dr. Katrin Albers",
			Participants: []kam.Participant{
				ours("Thomas Brenner", "Vertriebsleiter"), ours("Julia Kessler", "Key Account Managerin"),
			}},
	}
	current := kam.WorkshopData{
		Workshop: kam.Workshop{ID: id(), Title: "KAM-Workshop Herbst 2026", Date: "2026-11-26", Location: "Heilbronn, Besprechungsraum Neckar",
			Facilitator: "Dr. Katrin Albers",
			Participants: []kam.Participant{
				ours("Thomas Brenner", "Vertriebsleiter"), ours("Julia Kessler", "Key Account Managerin"),
				ours("Markus Vogt", "Leiter Marketing"), ours("Sabine Wolf", "Business Development"),
			}},
	}
	for i, q := range c.QuestionIDs() {
		// The earlier round rates everything a little lower; the current
		// round has rated about two thirds of the questions so far.
		r := []int{1, 2, 1, 0, 2, 3, 1, 2}[i%8]
		earlier.Answers = append(earlier.Answers, kam.Answer{QuestionID: q, Rating: ptr(r), Checked: []string{}})
		switch {
		case i%9 == 4:
			current.Answers = append(current.Answers, kam.Answer{QuestionID: q, NA: true, Checked: []string{},
				Notes: "Für diesen Kunden nicht relevant."})
		case i%3 != 2:
			n := min(r+[]int{1, 0, 2, 1}[i%4], 4)
			a := kam.Answer{QuestionID: q, Rating: ptr(n), Checked: []string{}, Notes: notes[i%len(notes)], FollowUp: n <= 1}
			if i%2 == 0 {
				a.Finding = findings[i/2%len(findings)]
			}
			if qq, ok := c.Question(q); ok && len(qq.Options) > 0 {
				for j, o := range qq.Options {
					if j%2 == 0 {
						a.Checked = append(a.Checked, o.ID)
					}
				}
			}
			current.Answers = append(current.Answers, a)
		}
	}
	earlier.Participants = append(customers(people, 2), earlier.Participants...)
	current.Participants = append(customers(people, 4), current.Participants...)
	earlier.Votes = roomVotes(c, earlier, false)
	current.Votes = roomVotes(c, current, true)
	first := func(area string) string {
		if a, ok := c.Area(area); ok && len(a.Questions) > 0 {
			return a.Questions[0].ID
		}
		return ""
	}
	current.Actions = []kam.Action{
		{ID: id(), Title: "CRM-Nutzung im Vertrieb verbindlich machen (Pflichtfelder, Wochenreview)", Owner: "Thomas Brenner", Due: "2026-12-18", Priority: "high", Probability: 80, Status: "open", QuestionID: first("organisation")},
		{ID: id(), Title: "Betriebsrat zum Rollout-Konzept einbinden", Owner: "Julia Kessler", Due: "2027-01-15", Priority: "high", Probability: 60, Status: "open"},
		// Our own homework, never in the customer's report.
		{ID: id(), Title: "Battle-Card gegen Stahlwerk Kranich aktualisieren", Owner: "Sabine Wolf", Due: "2026-12-05", Priority: "medium", Probability: 90, Status: "in_progress", QuestionID: first("market_competition"), Internal: true},
		{ID: id(), Title: "Referenzbericht Retrofit Linie 3 erstellen", Owner: "Markus Vogt", Due: "2027-02-01", Priority: "medium", Probability: 70, Status: "open", QuestionID: first("account_management")},
		{ID: id(), Title: "MVN-Argumentation für Servicevertrag schulen", Owner: "Thomas Brenner", Due: "2027-01-30", Priority: "low", Probability: 50, Status: "open", QuestionID: first("product")},
		{ID: id(), Title: "Newsletter Q1: Texte und Bilder rechtzeitig liefern", Owner: "Markus Vogt", Due: "2026-11-20", Priority: "low", Probability: 40, Status: "open", QuestionID: first("marketing")},
	}
	earlier.Actions = []kam.Action{
		{ID: id(), Title: "Ansprechpartner im Einkauf identifizieren", Owner: "Julia Kessler", Due: "2026-05-31", Priority: "high", Probability: 90, Status: "done"},
	}
	return kam.Account{
		Client: kam.Client{ID: id(), Name: "Hofmann Antriebstechnik GmbH", Industry: "Maschinenbau – Antriebs- und Fördertechnik",
			Location: "Heilbronn", Notes: "Familienunternehmen in dritter Generation, ca. 1.400 Mitarbeitende, drei Werke (Heilbronn, Öhringen, Brno). Rahmenvertrag läuft bis 06/2027.",
			SWOT: kam.SWOT{
				Strengths:     "Langjährige Beziehung zur Instandhaltung; Servicetechniker vor Ort binnen 24 h; Retrofit-Kompetenz.",
				Weaknesses:    "Kaum Kontakt zur Geschäftsführung; Einkauf sieht uns als teuersten Anbieter.",
				Opportunities: "Modernisierung Werk Öhringen 2027; Digitalisierungsprogramm „Hofmann 4.0“.",
				Threats:       "Stahlwerk Kranich bietet Komplettpaket mit Finanzierung; Budgetkürzungen im Maschinenbau.",
			}},
		Workshops:    []kam.WorkshopData{earlier, current},
		Stakeholders: people,
		Relations: []kam.Relation{
			rel("Dr. Friedrich Hofmann", "Claudia Neumann", "influences"),
			rel("Claudia Neumann", "Dr. Friedrich Hofmann", "reports_to"),
			rel("Stefan Maier", "Dr. Friedrich Hofmann", "reports_to"),
			rel("Ayşe Demir", "Claudia Neumann", "reports_to"),
			rel("Jörg Schäfer", "Stefan Maier", "reports_to"),
			rel("Lena Brandt", "Jörg Schäfer", "reports_to"),
			rel("Oliver Krüger", "Stefan Maier", "reports_to"),
			rel("Petra Lindner", "Claudia Neumann", "reports_to"),
			rel("Lena Brandt", "Oliver Krüger", "influences"),
			rel("Ayşe Demir", "Jörg Schäfer", "conflict"),
			rel("Karl Weber", "Dr. Friedrich Hofmann", "influences"),
			rel("Nadine Roth", "Petra Lindner", "reports_to"),
			rel("Michael Haas", "Oliver Krüger", "reports_to"),
		},
		Competitors: []kam.Competitor{
			{ID: id(), Name: "Stahlwerk Kranich AG", Location: "Dortmund", Threat: 5,
				Strengths:  "Komplettpaket inkl. Finanzierung; aggressive Preise; starker Außendienst.",
				Weaknesses: "Lange Lieferzeiten bei Ersatzteilen; Service über Subunternehmer.",
				Partners:   "Leasingpartner Nordbank – ermöglicht Finanzierung ohne Budgetfreigabe.",
				Counter:    "Gesamtkosten über 10 Jahre rechnen (TCO); 24-h-Service und Retrofit statt Neukauf."},
			{ID: id(), Name: "Brückner Fördersysteme GmbH", Location: "Ulm", Threat: 3,
				Strengths:  "Technisch sehr gut; beliebt bei der Instandhaltung.",
				Weaknesses: "Kleines Team, wenig Projektkapazität.",
				Partners:   "Integrator Elektro Sauer für die Steuerungstechnik.",
				Counter:    "Projektkapazität und Inbetriebnahme aus einer Hand betonen."},
			{ID: id(), Name: "Nordic Drives AB", Location: "Göteborg (Vertrieb in Hamburg)", Threat: 2,
				Strengths:  "Energieeffiziente Antriebe, Nachhaltigkeitsimage.",
				Weaknesses: "Keine Servicepräsenz in Süddeutschland.",
				Partners:   "Kooperation mit einem Energieberater.",
				Counter:    "Eigene Effizienzmessung anbieten; Service vor Ort."},
		},
		Opportunities: []kam.Opportunity{
			{ID: id(), Title: "Modernisierung Werk Öhringen, Linie 1–2", Value: 480000, Stage: "proposal", Probability: 50, ExpectedClose: "2027-03-31", NextStep: "Angebot mit TCO-Rechnung bei der GF präsentieren"},
			{ID: id(), Title: "Servicevertrag 24/7 alle Werke", Value: 96000, Stage: "negotiation", Probability: 70, ExpectedClose: "2026-12-20", NextStep: "Konditionen mit Einkauf (Jörg Schäfer) klären"},
			{ID: id(), Title: "Retrofit Förderanlage Brno", Value: 210000, Stage: "qualified", Probability: 30, ExpectedClose: "2027-06-30", NextStep: "Technische Begehung vor Ort"},
			{ID: id(), Title: "Sensorik-Paket „Hofmann 4.0“", Value: 65000, Stage: "lead", Probability: 10, ExpectedClose: "2027-09-30", NextStep: "Termin mit IT-Leitung"},
			{ID: id(), Title: "Ersatzteilrahmenvertrag 2026", Value: 38000, Stage: "won", Probability: 100, ExpectedClose: "2026-03-15", NextStep: ""},
		},
		Arguments: []kam.Argument{
			{ID: id(), Feature: "Servicetechniker in 24 h vor Ort", Advantage: "Stillstände werden kurz gehalten", Benefit: "Weniger Produktionsausfall – jede Stunde Stillstand kostet Hofmann ca. 8.000 €", BuyingRole: "technical_buyer"},
			{ID: id(), Feature: "Retrofit statt Neuanlage", Advantage: "Bestehende Fundamente und Steuerung bleiben nutzbar", Benefit: "30–40 % geringere Investition, schnellere Amortisation", BuyingRole: "economic_buyer"},
			{ID: id(), Feature: "Zustandsüberwachung mit Schwingungssensoren", Advantage: "Verschleiß wird früh erkannt", Benefit: "Wartung planbar, passt zum Programm „Hofmann 4.0“", BuyingRole: "decision_maker"},
		},
	}
}

var notes = []string{
	"CRM vorhanden (Salesforce), wird aber nur von zwei von sechs Vertrieblern gepflegt.",
	"Funnel existiert in Excel, Pflege unregelmäßig – meist vor dem Quartalsgespräch.",
	"Marketing unterstützt auf Zuruf; keine gemeinsame Planung mit dem BDM.",
	"Kundenzufriedenheit wird nicht systematisch erhoben – Bauchgefühl aus Servicegesprächen.",
	"Wettbewerber bekannt, Battle-Cards gibt es aber nur für Kranich.",
	"Produktschulungen einmal jährlich, neue Mitarbeitende lernen „on the job“.",
}

// findings are what the customer reads about some answers in the report,
// in words fit to hand over (the notes beside them stay internal).
var findings = []string{
	"Ein CRM ist vorhanden; die Pflege ist noch nicht im ganzen Vertrieb verankert.",
	"Der Funnel wird geführt, aber nicht regelmäßig aktualisiert.",
	"Marketing und Vertrieb planen ihre Aktivitäten noch nicht gemeinsam.",
	"Die Zufriedenheit der Kunden wird bisher nicht systematisch erhoben.",
	"Die wichtigsten Wettbewerber sind bekannt; Gegenargumente liegen nur für einen vor.",
	"Neue Mitarbeitende werden vor allem im Tagesgeschäft eingearbeitet.",
}

func ptr(i int) *int { return &i }

// ours is a participant of our own team.
func ours(name, role string) kam.Participant {
	return kam.Participant{ID: id(), Name: name, Role: role, Side: kam.SideOurs}
}

func stakeholders() []kam.Stakeholder {
	s := func(name, title string, dept kam.Department, role kam.BuyingRole, att, infl, rel int, owner string, knows bool, last string, x, y float64, email, phone, notes string) kam.Stakeholder {
		return kam.Stakeholder{ID: id(), Name: name, Title: title, Department: dept, BuyingRole: role, Attitude: att, Influence: infl,
			Relationship: rel, Owner: owner, KnowsPortfolio: knows, LastContact: last, X: x, Y: y, Email: email, Phone: phone, Notes: notes}
	}
	return []kam.Stakeholder{
		s("Dr. Friedrich Hofmann", "Geschäftsführender Gesellschafter", "management", "decision_maker", 0, 5, 1, "Thomas Brenner", false, "2026-06-12", 520, 0, "f.hofmann@hofmann-antriebe.de", "+49 7131 4480-100", "Entscheidet alle Investitionen über 250 T€. Legt Wert auf Regionalität."),
		s("Claudia Neumann", "Kaufmännische Geschäftsführerin", "finance", "economic_buyer", -1, 5, 1, "Julia Kessler", false, "2026-03-02", 880, 160, "c.neumann@hofmann-antriebe.de", "+49 7131 4480-110", "Sieht uns als teuer; braucht TCO-Argumente."),
		s("Stefan Maier", "Technischer Leiter", "operations", "technical_buyer", 2, 4, 3, "Julia Kessler", true, "2026-11-10", 160, 160, "s.maier@hofmann-antriebe.de", "+49 7131 4480-200", "Unser stärkster Fürsprecher; kennt Retrofit-Referenzen."),
		s("Ayşe Demir", "Leiterin Controlling", "finance", "influencer", 0, 3, 0, "", false, "", 1060, 320, "a.demir@hofmann-antriebe.de", "", ""),
		s("Jörg Schäfer", "Leiter Einkauf", "purchasing", "economic_buyer", -1, 4, 2, "Thomas Brenner", false, "2026-10-28", 340, 320, "j.schaefer@hofmann-antriebe.de", "+49 7131 4480-300", "Verhandelt hart, Jahresgespräch im Dezember."),
		s("Lena Brandt", "Strategische Einkäuferin", "purchasing", "gatekeeper", 1, 2, 1, "Sabine Wolf", false, "2026-07-15", 340, 480, "l.brandt@hofmann-antriebe.de", "+49 7131 4480-310", ""),
		s("Oliver Krüger", "Leiter Instandhaltung", "operations", "user", 2, 3, 3, "Julia Kessler", true, "2026-11-18", 0, 320, "o.krueger@hofmann-antriebe.de", "+49 7131 4480-210", "Nutzt unseren Service seit 2014."),
		s("Michael Haas", "Schichtleiter Montage", "operations", "user", 1, 1, 2, "Sabine Wolf", false, "2026-09-01", 0, 480, "", "+49 7131 4480-215", ""),
		s("Petra Lindner", "Leiterin IT", "it", "technical_buyer", 0, 3, 0, "", false, "", 700, 320, "p.lindner@hofmann-antriebe.de", "", "Verantwortet „Hofmann 4.0“ – noch kein Kontakt."),
		s("Nadine Roth", "IT-Projektleiterin Digitalisierung", "it", "champion", 1, 2, 1, "Sabine Wolf", false, "2026-05-20", 700, 480, "n.roth@hofmann-antriebe.de", "", "Offen für Sensorik-Pilot."),
		s("Karl Weber", "Vorsitzender Betriebsrat", "works_council", "influencer", -2, 3, 0, "", false, "", 1060, 0, "", "", "Skeptisch gegenüber Zustandsüberwachung (Leistungskontrolle?)."),
		s("Frank Berger", "Vertriebsleiter Inland", "sales", "other", 1, 2, 1, "Thomas Brenner", true, "2026-08-08", 1060, 480, "f.berger@hofmann-antriebe.de", "", "Eigener Vertrieb von Hofmann – möglicher Referenzgeber."),
	}
}
