package pdf

import (
	"fmt"
	"math"
	"strconv"
	"strings"
	"time"

	"kamworkbench/internal/glossary"
	"kamworkbench/internal/kam"
)

// lang is the language of a report: German (the default) or English.
type lang int

const (
	german lang = iota
	english
)

// word returns the fixed text key in the report's language; an unknown key
// comes back as it is, so a slip shows in the document rather than vanishing.
// Names of kinds ("attitude") are the glossary's; labels of enum values
// come from label and labelInt.
func (l lang) word(key string) string {
	if w, ok := l.glossaryWord(key); ok {
		return w
	}
	w, ok := words[key]
	if !ok {
		return key
	}
	return w[l]
}

// code is the language's code in the glossary.
func (l lang) code() string {
	if l == english {
		return "en"
	}
	return "de"
}

// label is the glossary's label of an enum value in the report's language.
func label[T ~string](l lang, kind glossary.Kind, v T) string {
	return glossary.Label(l.code(), kind, v)
}

// labelInt is the glossary's label of a value of a numbered scale (rating,
// attitude, relationship), the value itself when it is off the scale.
func labelInt(l lang, kind glossary.Kind, v int) string {
	return glossary.LabelInt(l.code(), kind, v)
}

// roleOrAny labels the buying role an argument is for; "" is every role.
func (d *doc) roleOrAny(r kam.ArgumentRole) string {
	if r == kam.AnyRole {
		return glossary.Word(d.lang.code(), glossary.AnyRole)
	}
	return label(d.lang, glossary.BuyingRole, r)
}

// kindNames are the report's keys for the names of the kinds (its column
// headings), which are the glossary's.
var kindNames = map[string]glossary.Kind{
	"department": glossary.Department, "role": glossary.BuyingRole, "attitude": glossary.Attitude,
	"influence": glossary.Influence, "relationship": glossary.Relationship, "threat": glossary.Threat,
	"stage": glossary.Stage, "priority": glossary.Priority, "status": glossary.Status,
}

// glossaryWord looks key up in the glossary: a kind's name, the totals of
// won and lost opportunities, which are named by their stage, or the room's
// words (perspectives, spread, no consensus).
func (l lang) glossaryWord(key string) (string, bool) {
	switch key {
	case "won", "lost":
		return glossary.Label(l.code(), glossary.Stage, key), true
	case "persp.customer", "persp.ours", "persp.agreed":
		return glossary.Label(l.code(), glossary.Perspective, strings.TrimPrefix(key, "persp.")), true
	case "noconsensus":
		return glossary.Word(l.code(), glossary.NoConsensus), true
	case "spread":
		return glossary.Word(l.code(), glossary.Spread), true
	}
	if k, ok := kindNames[key]; ok {
		return glossary.Name(l.code(), k), true
	}
	return "", false
}

// wordf formats the fixed text key with args.
func (l lang) wordf(key string, args ...any) string {
	return fmt.Sprintf(l.word(key), args...)
}

// number formats v with the given decimals and thousands separators:
// 1.234,56 in German, 1,234.56 in English.
func (l lang) number(v float64, decimals int) string {
	s := strconv.FormatFloat(math.Abs(v), 'f', decimals, 64)
	whole, frac, _ := strings.Cut(s, ".")
	thousands, point := ".", ","
	if l == english {
		thousands, point = ",", "."
	}
	var b strings.Builder
	if v < 0 && strings.Trim(s, "0.") != "" {
		b.WriteByte('-')
	}
	for i, c := range whole {
		if i > 0 && (len(whole)-i)%3 == 0 {
			b.WriteString(thousands)
		}
		b.WriteRune(c)
	}
	if frac != "" {
		b.WriteString(point)
		b.WriteString(frac)
	}
	return b.String()
}

// money formats an amount in euros: "1.234,56 €" or "€1,234.56". Whole
// amounts go without cents.
func (l lang) money(v float64) string {
	decimals := 2
	if math.Abs(v-math.Round(v)) < 0.005 {
		decimals = 0
	}
	n := l.number(v, decimals)
	if l == english {
		if strings.HasPrefix(n, "-") {
			return "-€" + n[1:]
		}
		return "€" + n
	}
	return n + " €"
}

// percent formats a whole percentage: "50 %" or "50%".
func (l lang) percent(p int) string {
	if l == english {
		return strconv.Itoa(p) + "%"
	}
	return strconv.Itoa(p) + " %"
}

// score formats a score of 0–100 as the score contract shows it: a whole
// number, rounded half away from zero ("63" for 62.5).
func (l lang) score(v float64) string {
	return l.number(math.Round(v), 0)
}

// value formats a question's value 0–4 with one decimal, rounded half away
// from zero: "2,3", "3,0".
func (l lang) value(v float64) string {
	return l.number(math.Round(v*10)/10, 1)
}

// change formats how a score moved from before to now as the difference of
// the two whole numbers shown, with its sign: "+25", "−3", "±0".
func (l lang) change(now, before float64) string {
	d := math.Round(now) - math.Round(before)
	switch {
	case d == 0:
		return "±0"
	case d > 0:
		return "+" + l.number(d, 0)
	default:
		return "−" + l.number(-d, 0)
	}
}

var monthsEN = [...]string{"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"}

// date formats a stored date (YYYY-MM-DD): "26.11.2026" or "26 Nov 2026".
// Anything that is not such a date is shown as it is.
func (l lang) date(s string) string {
	t, err := time.Parse("2006-01-02", s)
	if err != nil {
		return s
	}
	if l == english {
		return fmt.Sprintf("%d %s %d", t.Day(), monthsEN[t.Month()-1], t.Year())
	}
	return t.Format("02.01.2006")
}
