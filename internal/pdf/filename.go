package pdf

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// FileName suggests a file name for a workshop's report, for the save
// dialog: client, workshop title and date, plus "(Kunde)" or "(client)" for
// the customer version, made safe for Windows, macOS and Linux file
// systems, e.g. "Hofmann GmbH – KAM-Workshop Herbst 2026 – 2026-11-26.pdf".
func FileName(client, title, date, lang, audience string) string {
	var parts []string
	for _, p := range []string{client, title, date} {
		if p = cleanName(p); p != "" {
			parts = append(parts, p)
		}
	}
	name := strings.Join(parts, " – ")
	if name == "" {
		name = "Report"
		if lang != "en" {
			name = "Bericht"
		}
	}
	if r := []rune(name); len(r) > 120 {
		name = strings.TrimSpace(string(r[:120]))
	}
	// Windows keeps these names for devices, with any extension.
	switch strings.ToUpper(name) {
	case "CON", "PRN", "AUX", "NUL", "COM1", "COM2", "COM3", "COM4", "COM5", "COM6", "COM7", "COM8", "COM9",
		"LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8", "LPT9":
		name = "_" + name
	}
	if audience == AudienceCustomer {
		if lang == "en" {
			name += " (client)"
		} else {
			name += " (Kunde)"
		}
	}
	return name + ".pdf"
}

// cleanName drops what file systems refuse or treat specially: path
// separators, the characters Windows forbids, control characters, and dots
// or spaces at either end.
func cleanName(s string) string {
	s = strings.ToValidUTF8(s, "")
	var b strings.Builder
	space := false
	for _, r := range s {
		switch {
		case strings.ContainsRune(`/\:*?"<>|`, r):
			r = '-'
		case unicode.IsControl(r) || unicode.IsSpace(r) || r == utf8.RuneError:
			if !space && b.Len() > 0 {
				b.WriteByte(' ')
			}
			space = true
			continue
		}
		space = false
		b.WriteRune(r)
	}
	return strings.Trim(b.String(), " .")
}
