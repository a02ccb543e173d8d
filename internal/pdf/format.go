package pdf

import (
	"fmt"
	"math"
	"strconv"
	"strings"
	"time"
)

// lang is the language of a report: German (the default) or English.
type lang int

const (
	german lang = iota
	english
)

// word returns the fixed text key in the report's language; an unknown key
// comes back as it is, so a slip shows in the document rather than vanishing.
func (l lang) word(key string) string {
	w, ok := words[key]
	if !ok {
		return key
	}
	return w[l]
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

// score formats a score of 0–100 rounded to at most two decimals, as the
// score contract asks, without trailing zeros: "62,5", "58,33", "75".
func (l lang) score(v float64) string {
	s := l.number(v, 2)
	sep := ","
	if l == english {
		sep = "."
	}
	if strings.Contains(s, sep) {
		s = strings.TrimRight(s, "0")
		s = strings.TrimSuffix(s, sep)
	}
	return s
}

// signed formats a change of score with its sign: "+12,5", "−3", "±0".
func (l lang) signed(v float64) string {
	s := l.score(math.Abs(v))
	switch {
	case s == "0":
		return "±0"
	case v > 0:
		return "+" + s
	default:
		return "−" + s
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
