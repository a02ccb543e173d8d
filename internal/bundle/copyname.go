package bundle

import (
	"strconv"
	"strings"
	"unicode/utf8"

	"kamworkbench/internal/kam"
)

// CopyName names a client imported as a copy, so that the sidebar tells it
// from the original: "<name> (Kopie)" in a German workspace, "<name> (copy)"
// in an English one (lang "en"), and "(Kopie 2)", "(Kopie 3)" … while
// taken says a name is in use. The name is shortened to leave room for the
// suffix within kam.MaxName.
func CopyName(name, lang string, taken func(string) bool) string {
	word := "Kopie"
	if lang == "en" {
		word = "copy"
	}
	name = strings.TrimSpace(name)
	for n := 1; ; n++ {
		suffix := " (" + word + ")"
		if n > 1 {
			suffix = " (" + word + " " + strconv.Itoa(n) + ")"
		}
		base := name
		if room := kam.MaxName - utf8.RuneCountInString(suffix); utf8.RuneCountInString(base) > room {
			base = strings.TrimSpace(string([]rune(base)[:room]))
		}
		if c := base + suffix; !taken(c) {
			return c
		}
	}
}
