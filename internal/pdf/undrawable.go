package pdf

import (
	"reflect"
	"strconv"
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// Undrawn is a text going into a report with characters the report's font
// cannot draw (emoji, Chinese, Arabic…), which the PDF shows as □. The
// window lists them before the export and the command line on stderr, so
// nothing turns into boxes unnoticed.
type Undrawn struct {
	// Field is the field as audience.Fields names it: "Stakeholder.Notes".
	Field string `json:"field"`
	// Record names whose field it is: a person's name, an action's title,
	// a question's number; empty for the client and the workshop.
	Record string `json:"record"`
	// Chars are the characters the font lacks, each once, as they come.
	Chars string `json:"chars"`
}

// Undrawable lists the texts of the report that in would make with
// characters the font cannot draw: only what goes into that report, for
// that audience and those sections.
func Undrawable(in Input) ([]Undrawn, error) {
	r, err := resolve(in)
	if err != nil {
		return nil, err
	}
	numbers := map[string]string{}
	for _, a := range r.cat.Areas {
		for _, q := range a.Questions {
			numbers[q.ID] = q.Number
		}
	}
	acc := r.view.Account
	acc.Workshops = acc.Workshops[:1] // the previous round shows in scores alone
	var out []Undrawn
	var walk func(v reflect.Value, record string)
	walk = func(v reflect.Value, record string) {
		t := v.Type()
		if f := v.FieldByName("Name"); f.IsValid() && f.Kind() == reflect.String && t.Name() != "Client" {
			record = f.String()
		} else if f := v.FieldByName("Title"); f.IsValid() && f.Kind() == reflect.String && t.Name() == "Action" {
			record = f.String()
		} else if f := v.FieldByName("QuestionID"); f.IsValid() && t.Name() == "Answer" {
			record = numbers[f.String()]
		}
		for i := range t.NumField() {
			f := v.Field(i)
			key := t.Name() + "." + t.Field(i).Name
			switch {
			case f.Kind() == reflect.String:
				if chars := missing(f.String()); chars != "" {
					rec := record
					if key == "Client.Name" || t.Name() == "Workshop" {
						rec = ""
					}
					out = append(out, Undrawn{Field: key, Record: oneLineRaw(rec), Chars: chars})
				}
			case f.Kind() == reflect.Struct:
				walk(f, record)
			case f.Kind() == reflect.Slice && f.Type().Elem().Kind() == reflect.Struct:
				for j := range f.Len() {
					walk(f.Index(j), "")
				}
			}
		}
	}
	walk(reflect.ValueOf(acc), "")
	return out, nil
}

// String words the finding in one line for the command line, e.g.
// `Stakeholder.Notes of "Jörg Schäfer": the PDF cannot draw 😀 漢 (shown as □)`.
func (u Undrawn) String() string {
	var b strings.Builder
	b.WriteString(u.Field)
	if u.Record != "" {
		b.WriteString(" of " + strconv.Quote(u.Record))
	}
	b.WriteString(": the PDF cannot draw ")
	for i, r := range u.Chars {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteRune(r)
	}
	b.WriteString(" (shown as " + string(placeholder) + ")")
	return b.String()
}

// missing returns the characters of s that the font cannot draw, each
// once, in the order they come; control characters, which carry no text,
// are not counted. A letter typed as base and combining accent counts as
// the one composed letter.
func missing(s string) string {
	if fontSafe(s) == s {
		return ""
	}
	var b strings.Builder
	seen := map[rune]bool{}
	for _, r := range norm.NFC.String(strings.ToValidUTF8(s, "\uFFFD")) {
		if unicode.IsControl(r) || r == '\u2028' || r == '\u2029' || covered(r) || seen[r] {
			continue
		}
		seen[r] = true
		b.WriteRune(r)
	}
	return b.String()
}

// oneLineRaw puts a name on one line without mapping it onto the font: it
// is for the warning, which the window draws with its own fonts.
func oneLineRaw(s string) string {
	return strings.Join(strings.Fields(s), " ")
}
