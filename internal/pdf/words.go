package pdf

// words holds the report's own fixed texts: German first, English second.
// The labels of enum values and the names of their kinds come from the
// glossary (see glossaryKey).
var words = map[string][2]string{
	// Sections and their headings.
	"toc":           {"Inhalt", "Contents"},
	"summary":       {"Zusammenfassung", "Executive summary"},
	"assessment":    {"Bewertung nach Bereichen", "Assessment by area"},
	"stakeholders":  {"Stakeholder", "Stakeholders"},
	"map":           {"Stakeholder-Landkarte", "Stakeholder map"},
	"orgchart":      {"Organigramm", "Organisation chart"},
	"people":        {"Stakeholder im Überblick", "Stakeholders at a glance"},
	"gaps":          {"Abdeckungslücken", "Coverage gaps"},
	"competitors":   {"Wettbewerber", "Competitors"},
	"swot":          {"SWOT-Analyse", "SWOT analysis"},
	"opportunities": {"Verkaufschancen", "Opportunities"},
	"arguments":     {"Argumentation (Merkmal – Vorteil – Nutzen)", "Arguments (feature – advantage – benefit)"},
	"actions":       {"Maßnahmenplan", "Action plan"},

	// Cover and page furniture.
	"report":       {"Ergebnisbericht", "Workshop report"},
	"date":         {"Datum", "Date"},
	"place":        {"Ort", "Location"},
	"facilitator":  {"Moderation", "Facilitator"},
	"participants": {"Teilnehmende", "Participants"},

	"industry":    {"Branche", "Industry"},
	"page":        {"Seite %d von %d", "Page %d of %d"},
	"internal":    {"Vertraulich – nur für den internen Gebrauch", "Confidential – for internal use only"},
	"customer":    {"Fassung für den Kunden", "Client edition"},
	"clientnotes": {"Notizen zum Kunden", "Notes on the client"},

	// Summary.
	"overall":     {"Gesamtergebnis", "Overall score"},
	"of100":       {"von 100", "out of 100"},
	"previous":    {"Vorrunde", "Previous round"},
	"change":      {"Veränderung", "Change"},
	"area":        {"Bereich", "Area"},
	"score":       {"Ergebnis", "Score"},
	"answered":    {"bewertet", "rated"},
	"current":     {"Aktuelle Runde", "This round"},
	"largestgaps": {"Die fünf größten Lücken", "The five largest gaps"},
	"topactions":  {"Wichtigste Maßnahmen", "Top actions"},
	"noscore":     {"noch keine Bewertung", "not rated yet"},
	"nogaps":      {"Keine bewerteten Fragen.", "No rated questions."},
	"nogapsbelow": {"Keine Frage liegt unter 2,5.", "No question is below 2.5."},
	"noactions":   {"Keine offenen Maßnahmen.", "No open actions."},
	"scorenote": {"Ergebnis je Bereich: Mittelwert der bewerteten Fragen × 25 (0–100); Gesamtergebnis: Mittelwert der Bereiche.",
		"Area score: mean rating of the rated questions × 25 (0–100); overall score: mean of the areas."},

	// Assessment.
	"notrated": {"nicht bewertet", "not rated"},
	"followup": {"Nachfassen", "Follow up"},
	"notes":    {"Notizen (intern)", "Notes (internal)"},
	"finding":  {"Feststellung", "Finding"},
	"question": {"Frage", "Question"},

	// Stakeholders.
	"name":          {"Name", "Name"},
	"function":      {"Funktion", "Title"},
	"owner":         {"Betreut von", "Owner"},
	"lastcontact":   {"Letzter Kontakt", "Last contact"},
	"maptile":       {"Ausschnitt %d von %d", "Section %d of %d"},
	"autolayout":    {"Positionen automatisch angeordnet", "Positions arranged automatically"},
	"nopeople":      {"Noch keine Stakeholder erfasst.", "No stakeholders recorded yet."},
	"nogapsfound":   {"Keine Lücken gefunden.", "No gaps found."},
	"never":         {"nie", "never"},
	"edge.positive": {"positive Einstellung", "positive attitude"},
	"edge.negative": {"negative Einstellung", "negative attitude"},
	"edge.neutral":  {"neutrale Einstellung", "neutral attitude"},

	"days": {"%d Tage", "%d days"},

	// Competitors.
	"strengths":  {"Stärken", "Strengths"},
	"weaknesses": {"Schwächen", "Weaknesses"},
	"partners":   {"Partner", "Partners"},
	"counter":    {"Unsere Gegenargumente", "Our counter-arguments"},
	"nocomp":     {"Keine Wettbewerber erfasst.", "No competitors recorded."},

	// SWOT.
	"swot.s":  {"Stärken", "Strengths"},
	"swot.w":  {"Schwächen", "Weaknesses"},
	"swot.o":  {"Chancen", "Opportunities"},
	"swot.t":  {"Risiken", "Threats"},
	"swotsub": {"Unsere Position bei diesem Kunden", "Our position at this client"},

	// Opportunities.
	"title":       {"Titel", "Title"},
	"value":       {"Wert", "Value"},
	"probability": {"Wahrsch.", "Prob."},
	"weighted":    {"Gewichtet", "Weighted"},
	"close":       {"Abschluss", "Close"},
	"nextstep":    {"Nächster Schritt", "Next step"},
	"pipeline":    {"Offene Pipeline", "Open pipeline"},
	"weightedpl":  {"Gewichtete Pipeline", "Weighted pipeline"},
	"noopps":      {"Keine Verkaufschancen erfasst.", "No opportunities recorded."},

	// Arguments.
	"feature":   {"Merkmal", "Feature"},
	"advantage": {"Vorteil", "Advantage"},
	"benefit":   {"Nutzen", "Benefit"},
	"forrole":   {"Für", "For"},
	"noargs":    {"Keine Argumente erfasst.", "No arguments recorded."},

	// Actions.
	"action":      {"Maßnahme", "Action"},
	"responsible": {"Verantwortlich", "Owner"},
	"due":         {"Fällig", "Due"},
	"success":     {"Erfolg", "Success"},
	"noactplan":   {"Noch keine Maßnahmen vereinbart.", "No actions agreed yet."},
	"refers":      {"zu Frage", "on question"},

	"internalaction": {"Intern – nicht in der Kundenversion", "Internal – not in the client edition"},

	// The room: who was there, how each side sees it, where it disagrees.
	"room":       {"Sichtweisen im Raum", "Views in the room"},
	"roomnote":   {"Aus den Einzelbewertungen der Teilnehmenden, je Seite gemittelt; die vereinbarte Bewertung fließt hier nicht ein.", "From the participants' individual ratings, averaged per side; the agreed rating is not part of it."},
	"disagree":   {"Hier ist sich der Raum uneins", "Where the room disagrees"},
	"nodisagree": {"Bei keiner Frage liegen die Bewertungen zwei oder mehr Stufen auseinander.", "On no question are the ratings two or more steps apart."},
	"sidediff":   {"Hier sehen Kunde und wir es am unterschiedlichsten", "Where the customer and we differ most"},
	"nosidediff": {"Keine Frage wurde von beiden Seiten bewertet.", "No question was rated by both sides."},
	"votes":      {"Stimmen", "Votes"},
	"difference": {"Unterschied", "Difference"},
	"roomvotes":  {"Bewertungen im Raum", "Ratings in the room"},
	"mean":       {"Mittel", "Mean"},
}
