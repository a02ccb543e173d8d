package kam

import (
	"fmt"
	"unicode"
	"unicode/utf8"
)

// Lines says whether a text field may hold line breaks and tabs.
type Lines bool

// The two kinds of text field.
const (
	OneLine   Lines = false // names, titles and other single-line fields
	MultiLine Lines = true  // notes and other multi-line fields: tab, LF and CR allowed
)

// CheckText is the one check of text from outside — bundles, contact files,
// the window's bound methods, phones in the room — before it is stored: v
// must be valid UTF-8, hold no control character (NUL, ESC, DEL, C1 …; a
// multi-line field may hold tab, line feed and carriage return) and at most
// max characters. Nothing is mended: the first problem is an EInvalid
// error naming field, with its rule (RuleText, RuleControl, RuleLineBreak,
// RuleTooLong) for the window to say in its language.
func CheckText(field, v string, lines Lines, max int) error {
	n := 0
	for i, r := range v {
		n++
		switch {
		case r == utf8.RuneError && !validAt(v, i):
			return breaks(field, RuleText, 0, 0, "is not valid UTF-8 text (byte 0x%02X at character %d)", v[i], n)
		case r == '\n' || r == '\r' || r == '\t':
			if !lines {
				return breaks(field, RuleLineBreak, 0, 0, "must be one line; it holds %s at character %d", controlName(r), n)
			}
		case unicode.IsControl(r):
			return breaks(field, RuleControl, 0, 0, "holds the control character %s at character %d; only printable text is allowed", controlName(r), n)
		}
	}
	if n > max {
		return breaks(field, RuleTooLong, 0, max, "is %d characters long; at most %d are allowed", n, max)
	}
	return nil
}

// validAt reports whether the U+FFFD decoded at byte i of s is really
// there (three bytes EF BF BD) rather than standing for a broken byte.
func validAt(s string, i int) bool {
	_, size := utf8.DecodeRuneInString(s[i:])
	return size == 3
}

// controlName names a control character for a message: "a line break",
// "a tab", "NUL (U+0000)", "ESC (U+001B)", or its code point.
func controlName(r rune) string {
	switch r {
	case '\n', '\r':
		return "a line break"
	case '\t':
		return "a tab"
	case 0:
		return "NUL (U+0000)"
	case 0x1B:
		return "ESC (U+001B)"
	case 0x7F:
		return "DEL (U+007F)"
	}
	return fmt.Sprintf("U+%04X", r)
}
