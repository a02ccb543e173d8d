// Package filename suggests names for files the app writes (reports,
// exports), safe on Windows, macOS and Linux file systems.
package filename

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// maxRunes caps a suggested name (without its extension), well below what
// any file system allows.
const maxRunes = 120

// Base joins the non-empty parts with " – " into a file name without an
// extension, e.g. "Hofmann GmbH – Herbst 2026 – 2026-11-26". Each part is
// cleaned of what file systems refuse; fallback is used when nothing is
// left. Names Windows keeps for devices get a leading "_".
func Base(fallback string, parts ...string) string {
	name := Join(" – ", parts...)
	if name == "" {
		name = Join(" – ", fallback)
	}
	return name
}

// Join is Base with another separator and no fallback: it cleans each part,
// drops the empty ones and joins the rest with sep, cut to 120 characters
// and with a leading "_" for a Windows device name. It returns "" when
// nothing is left.
func Join(sep string, parts ...string) string {
	var kept []string
	for _, p := range parts {
		if p = Clean(p); p != "" {
			kept = append(kept, p)
		}
	}
	name := strings.Join(kept, sep)
	if r := []rune(name); len(r) > maxRunes {
		name = strings.TrimSpace(string(r[:maxRunes]))
	}
	// Windows keeps these names for devices, with any extension.
	switch strings.ToUpper(name) {
	case "CON", "PRN", "AUX", "NUL", "COM1", "COM2", "COM3", "COM4", "COM5", "COM6", "COM7", "COM8", "COM9",
		"LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8", "LPT9":
		name = "_" + name
	}
	return name
}

// Clean drops what file systems refuse or treat specially: path
// separators and the characters Windows forbids become "-", runs of control
// characters and white space one space, and dots or spaces at either end go.
func Clean(s string) string {
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
