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
				Notes: notes[q]})
		case i%3 != 2:
			n := min(r+[]int{1, 0, 2, 1}[i%4], 4)
			a := kam.Answer{QuestionID: q, Rating: ptr(n), Checked: []string{}, Notes: notes[q], Finding: findings[q], FollowUp: n <= 1}
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

// notes are the consultant's internal notes on the answers of the current
// round, each about its own question (keyed by question id); a question
// answered without a note has none here.
var notes = map[string]string{
	"org.crm_exists":             "CRM vorhanden (Salesforce), wird aber nur von zwei von sechs Vertrieblern gepflegt.",
	"org.crm_adopted":            "Innendienst arbeitet täglich im CRM – der Außendienst trägt Besuche erst am Monatsende nach.",
	"org.crm_integration":        "Keine Schnittstelle zum ERP (SAP); Aufträge werden doppelt erfasst.",
	"org.customer_funnel":        "Zurückgestellt: Der Funnel wird mit dem CRM-Projekt 2027 neu aufgesetzt.",
	"org.target_lists":           "Zielkundenliste für Werk Öhringen vorhanden, aber ohne Ansprechpartner.",
	"org.sales_strategy":         "Multilevel nur bei Großkunden: Einkauf und Technik werden getrennt angesprochen.",
	"mkt.sales_support_measures": "Messe und Newsletter ja, aber nichts, was die Angebotsphase begleitet.",
	"mkt.customer_approach":      "Kunden werden fast nur über den persönlichen Besuch angesprochen.",
	"mkt.bdm_capacity_access":    "BDM bekommt Marketing-Kapazität nur auf Zuruf; keine gemeinsame Planung.",
	"mkt.crm_tasks":              "Aufgaben gehen per E-Mail raus; im CRM keine Fristen und keine Prioritäten.",
	"mkt.timely_delivery":        "Newsletter Q3 kam drei Wochen zu spät – die Bilder aus der Technik fehlten.",
	"kam.trusted_partner":        "Vertrauen entsteht über den 24-h-Service; in der Geschäftsführung kaum sichtbar.",
	"kam.customer_knowledge":     "Stammkunden gut bekannt, neue Kunden oft nur über den Einkauf.",
	"kam.right_people":           "Gespräche fast nur mit Einkauf und Instandhaltung, kaum mit der Geschäftsführung.",
	"kam.portfolio_known":        "Entfällt: Das Leistungsportfolio wird 2027 neu geschnitten.",
	"kam.references":             "Zwei Referenzberichte von 2019, keiner zu Retrofit-Projekten.",
	"kam.opportunities_known":    "Von der Modernisierung in Öhringen erst aus der Presse erfahren.",
	"kam.internal_access":        "Projektmanagement ja, Marketing nur über die Abteilungsleitung.",
	"kam.bdm_network":            "KAM und BDM sitzen an verschiedenen Standorten, Austausch einmal im Quartal.",
	"mc.competitors_known":       "Kranich, Brückner und Nordic Drives bekannt; kleinere Anbieter nicht im Blick.",
	"mc.own_strengths":           "Service wird als Stärke genannt, der Preis als Schwäche gern verdrängt.",
	"mc.competitive_analysis":    "Letzte Wettbewerbsanalyse 2023, nur zu Kranich.",
	"prod.fab_argument":          "MVN für Retrofit ausgearbeitet, für den Servicevertrag fehlt sie.",
	"prod.fab_mastered":          "Nur zwei Vertriebler können die TCO-Rechnung selbst vorführen.",
	"prod.budget":                "Kein eigenes Budget; alles über 2.000 € braucht die Freigabe der GF.",
	"prod.product_knowledge":     "Entfällt: Produktschulungen laufen 2026 über den Hersteller.",
	"prod.product_benefit":       "Kunden nennen kurze Stillstände als größten Nutzen.",
	"prod.partnership_benefit":   "Seit Jahren dieselben Ansprechpartner – das schätzt die Instandhaltung.",
}

// findings are what the customer reads about some answers in the report,
// in words fit to hand over (the notes beside them stay internal), each
// about its own question.
var findings = map[string]string{
	"org.crm_exists":          "Ein CRM ist vorhanden; die Pflege ist noch nicht im ganzen Vertrieb verankert.",
	"org.target_lists":        "Zielkundenlisten gibt es; die Ansprechpartner darin fehlen noch.",
	"mkt.customer_approach":   "Kunden werden vor allem persönlich angesprochen; digitale Wege werden kaum genutzt.",
	"mkt.bdm_capacity_access": "Marketing und Business Development planen ihre Aktivitäten noch nicht gemeinsam.",
	"mkt.timely_delivery":     "Für gemeinsame Maßnahmen fehlt ein verbindlicher Zeitplan mit allen Abteilungen.",
	"kam.trusted_partner":     "Das Vertrauen des Kunden beruht vor allem auf dem schnellen Service vor Ort.",
	"kam.references":          "Es gibt Referenzberichte, aber keine aktuellen zu Retrofit-Projekten.",
	"kam.bdm_network":         "Key Account Management und Business Development tauschen sich nur quartalsweise aus.",
	"mc.competitors_known":    "Die wichtigsten Wettbewerber sind bekannt.",
	"mc.competitive_analysis": "Eine Wettbewerbsanalyse liegt vor, ist aber nicht mehr aktuell.",
	"prod.fab_argument":       "Für Retrofit gibt es eine schlüssige Nutzenargumentation, für den Service noch nicht.",
	"prod.product_benefit":    "Der größte Nutzen für die Kunden sind kurze Stillstände dank schnellem Service.",
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
		s("Dr. Friedrich Hofmann", "Geschäftsführender Gesellschafter", "management", "decision_maker", 0, 5, 1, "Thomas Brenner", false, "2026-06-12", 450, 0, "f.hofmann@hofmann-antriebe.de", "+49 7131 4480-100", "Entscheidet alle Investitionen über 250 T€. Legt Wert auf Regionalität."),
		s("Claudia Neumann", "Kaufmännische Geschäftsführerin", "finance", "economic_buyer", -1, 5, 1, "Julia Kessler", false, "2026-03-02", 750, 200, "c.neumann@hofmann-antriebe.de", "+49 7131 4480-110", "Sieht uns als teuer; braucht TCO-Argumente."),
		s("Stefan Maier", "Technischer Leiter", "operations", "technical_buyer", 2, 4, 3, "Julia Kessler", true, "2026-11-10", 150, 200, "s.maier@hofmann-antriebe.de", "+49 7131 4480-200", "Unser stärkster Fürsprecher; kennt Retrofit-Referenzen."),
		s("Ayşe Demir", "Leiterin Controlling", "finance", "influencer", 0, 3, 0, "", false, "", 900, 400, "a.demir@hofmann-antriebe.de", "", ""),
		s("Jörg Schäfer", "Leiter Einkauf", "purchasing", "economic_buyer", -1, 4, 2, "Thomas Brenner", false, "2026-10-28", 300, 400, "j.schaefer@hofmann-antriebe.de", "+49 7131 4480-300", "Verhandelt hart, Jahresgespräch im Dezember."),
		s("Lena Brandt", "Strategische Einkäuferin", "purchasing", "gatekeeper", 1, 2, 1, "Sabine Wolf", false, "2026-07-15", 300, 600, "l.brandt@hofmann-antriebe.de", "+49 7131 4480-310", ""),
		s("Oliver Krüger", "Leiter Instandhaltung", "operations", "user", 2, 3, 3, "Julia Kessler", true, "2026-11-18", 0, 400, "o.krueger@hofmann-antriebe.de", "+49 7131 4480-210", "Nutzt unseren Service seit 2014."),
		s("Michael Haas", "Schichtleiter Montage", "operations", "user", 1, 1, 2, "Sabine Wolf", false, "2026-09-01", 0, 600, "", "+49 7131 4480-215", ""),
		s("Petra Lindner", "Leiterin IT", "it", "technical_buyer", 0, 3, 0, "", false, "", 600, 400, "p.lindner@hofmann-antriebe.de", "", "Verantwortet „Hofmann 4.0“ – noch kein Kontakt."),
		s("Nadine Roth", "IT-Projektleiterin Digitalisierung", "it", "champion", 1, 2, 1, "Sabine Wolf", false, "2026-05-20", 600, 600, "n.roth@hofmann-antriebe.de", "", "Offen für Sensorik-Pilot."),
		s("Karl Weber", "Vorsitzender Betriebsrat", "works_council", "influencer", -2, 3, 0, "", false, "", 900, 0, "", "", "Skeptisch gegenüber Zustandsüberwachung (Leistungskontrolle?)."),
		s("Frank Berger", "Vertriebsleiter Inland", "sales", "other", 1, 2, 1, "Thomas Brenner", true, "2026-08-08", 900, 600, "f.berger@hofmann-antriebe.de", "", "Eigener Vertrieb von Hofmann – möglicher Referenzgeber."),
	}
}
