package pdf

import (
	"kamworkbench/internal/audience"
	"kamworkbench/internal/filename"
)

// FileName suggests a file name for a workshop's report, for the save
// dialog: client, workshop title and date, plus "(Kunde)" or "(client)" for
// the customer version, made safe for Windows, macOS and Linux file
// systems, e.g. "Hofmann GmbH – KAM-Workshop Herbst 2026 – 2026-11-26.pdf".
func FileName(client, title, date, lang string, who audience.Audience) string {
	fallback := "Bericht"
	if lang == "en" {
		fallback = "Report"
	}
	name := filename.Base(fallback, client, title, date)
	if who == audience.Customer {
		if lang == "en" {
			name += " (client)"
		} else {
			name += " (Kunde)"
		}
	}
	return name + ".pdf"
}
