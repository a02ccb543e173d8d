// Package actioncsv writes a workshop's action plan as a CSV file that
// Excel opens correctly in a German locale: UTF-8 with a byte-order mark,
// ";" between fields, every field in double quotes (inner quotes doubled),
// CRLF line ends, dates as TT.MM.JJJJ. Headers and values are in the UI
// language; the separator stays ";" in English too, since the consultants'
// Excel is set up for Germany whatever language the app speaks.
package actioncsv

import (
	"bufio"
	"bytes"
	"cmp"
	"io"
	"slices"
	"strconv"
	"strings"

	"kamworkbench/internal/atomicfile"
	"kamworkbench/internal/filename"
	"kamworkbench/internal/glossary"
	"kamworkbench/internal/kam"
)

// BOM is the UTF-8 byte-order mark that tells Excel the file is UTF-8.
const BOM = "\uFEFF"

// Options say how to write the list.
type Options struct {
	// Lang is "de" or "en"; anything else is German.
	Lang string
	// Question labels a linked question, e.g. "1.3 Existiert ein CRM?";
	// nil or "" leaves the question id.
	Question func(id string) string
}

// header is the first line of the file; the priority and status columns
// are named by the glossary.
func header(lang string) []string {
	pri, st := glossary.Name(lang, glossary.Priority), glossary.Name(lang, glossary.Status)
	if lang == "en" {
		return []string{"Title", "Owner", "Due", pri, "Success probability (%)", st, "Question"}
	}
	return []string{"Titel", "Verantwortlich", "Fällig am", pri, "Erfolgswahrscheinlichkeit (%)", st, "Frage"}
}

// Write writes the actions as CSV: the header, then one row per action,
// the earliest due date first (undated last), then by priority and title.
// It does not change the caller's slice.
func Write(w io.Writer, actions []kam.Action, opt Options) error {
	lang := opt.Lang
	if lang != "en" {
		lang = "de"
	}
	bw := bufio.NewWriter(w)
	bw.WriteString(BOM)
	writeRow(bw, header(lang))
	for _, a := range Sorted(actions) {
		q := a.QuestionID
		if opt.Question != nil && q != "" {
			if l := opt.Question(q); l != "" {
				q = l
			}
		}
		writeRow(bw, []string{
			text(a.Title),
			text(a.Owner),
			date(a.Due, lang == "de"),
			glossary.Label(lang, glossary.Priority, a.Priority),
			strconv.Itoa(a.Probability),
			glossary.Label(lang, glossary.Status, a.Status),
			text(q),
		})
	}
	return bw.Flush()
}

// WriteFile writes the actions to path (see Write): the file holds the old
// content or the whole new list, never half of it.
func WriteFile(path string, actions []kam.Action, opt Options) error {
	var b bytes.Buffer
	if err := Write(&b, actions, opt); err != nil {
		return err
	}
	return atomicfile.Write(path, "the action list", b.Bytes())
}

// Sorted returns a copy of the actions in the order of the export: by due
// date (undated last), then priority (high first), then title.
func Sorted(actions []kam.Action) []kam.Action {
	out := slices.Clone(actions)
	slices.SortStableFunc(out, func(a, b kam.Action) int {
		if (a.Due == "") != (b.Due == "") {
			if a.Due == "" {
				return 1
			}
			return -1
		}
		return cmp.Or(
			strings.Compare(a.Due, b.Due),
			cmp.Compare(rank(a.Priority), rank(b.Priority)),
			strings.Compare(strings.ToLower(a.Title), strings.ToLower(b.Title)),
		)
	})
	return out
}

// rank is a priority's place in kam.Priorities (highest first); an unknown
// one comes last.
func rank(p string) int {
	if r := slices.Index(kam.Priorities, p); r >= 0 {
		return r
	}
	return len(kam.Priorities)
}

// date writes a YYYY-MM-DD date as TT.MM.JJJJ for German Excel and leaves it
// as it is in English (Excel reads ISO dates in any locale).
func date(iso string, german bool) string {
	if !german || !kam.ValidDate(iso) || iso == "" {
		return iso
	}
	return iso[8:10] + "." + iso[5:7] + "." + iso[0:4]
}

// text guards free text against being run as a formula: Excel evaluates a
// cell that starts with = + - @ (quoted or not), so such text gets a
// leading apostrophe, as OWASP recommends for CSV exports.
func text(s string) string {
	if s != "" && strings.ContainsRune("=+-@\t\r", rune(s[0])) {
		return "'" + s
	}
	return s
}

// writeRow writes one line: every field quoted, inner quotes doubled, CRLF.
func writeRow(w *bufio.Writer, fields []string) {
	for i, f := range fields {
		if i > 0 {
			w.WriteByte(';')
		}
		w.WriteByte('"')
		w.WriteString(strings.ReplaceAll(f, `"`, `""`))
		w.WriteByte('"')
	}
	w.WriteString("\r\n")
}

// FileName suggests the file's name for the save dialog from the client,
// the workshop and the day of the export, e.g.
// "Müller GmbH – Herbst 2026 – Maßnahmen 2026-11-26.csv".
func FileName(client, workshop, date, lang string) string {
	what := "Maßnahmen"
	if lang == "en" {
		what = "Actions"
	}
	if date != "" {
		what += " " + date
	}
	return filename.Join(" – ", client, workshop, what) + ".csv"
}
