package pdf

import (
	"kamworkbench/internal/glossary"
	"sort"
	"strings"
)

// FontSafe exposes fontSafe to the tests.
var FontSafe = fontSafe

// Placeholder exposes the stand-in for characters the font lacks.
const Placeholder = placeholder

// SectionPages returns the page on which each contents entry starts
// ("summary", "area:product", …) and the number of pages.
func SectionPages(in Input) (map[string]int, int, error) {
	r, err := resolve(in)
	if err != nil {
		return nil, 0, err
	}
	d, err := r.lay(layout{}, false)
	if err != nil {
		return nil, 0, err
	}
	return d.got.pages, d.got.total, nil
}

// LayoutsAgree reports whether the dry first pass finds the same page
// numbers as drawing does; if not, Render needs a third pass.
func LayoutsAgree(in Input) (bool, error) {
	r, err := resolve(in)
	if err != nil {
		return false, err
	}
	dry, err := r.lay(layout{}, true)
	if err != nil {
		return false, err
	}
	drawn, err := r.lay(dry.got, false)
	if err != nil {
		return false, err
	}
	return drawn.got.equal(dry.got), nil
}

// Word returns the fixed text key in a language ("de" or "en").
// For the tests, Word also reads "kind.value" keys ("dept.it", "att.-1") as
// the glossary's label of that value.
func Word(lang, key string) string {
	if prefix, v, ok := strings.Cut(key, "."); ok {
		kinds := map[string]glossary.Kind{"dept": glossary.Department, "role": glossary.BuyingRole, "att": glossary.Attitude,
			"rel": glossary.Relationship, "stage": glossary.Stage, "prio": glossary.Priority, "status": glossary.Status}
		if k, ok := kinds[prefix]; ok {
			if k == glossary.BuyingRole && v == "" {
				return glossary.Word(lang, glossary.AnyRole)
			}
			return glossary.Label(lang, k, v)
		}
	}
	if lang == "en" {
		return english.word(key)
	}
	return german.word(key)
}

// WordKeys lists the keys of the fixed texts that start with prefix.
func WordKeys(prefix string) []string {
	var out []string
	for k := range words {
		if strings.HasPrefix(k, prefix) {
			out = append(out, k)
		}
	}
	sort.Strings(out)
	return out
}

// FormatDate formats a stored date as a report in lang shows it.
func FormatDate(lang, s string) string {
	if lang == "en" {
		return english.date(s)
	}
	return german.date(s)
}
