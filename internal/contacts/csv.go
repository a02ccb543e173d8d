package contacts

import (
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"strings"

	"kamworkbench/internal/kam"
)

// delimiters a CSV table may use, in the order a tie is decided: German
// Excel writes ";", CRM exports ",", Excel's "Unicode text" a tab.
var delimiters = []rune{';', ',', '\t'}

// headerSearch is how many rows from the top may precede the header row
// (a title line, Excel's "sep=;" hint).
const headerSearch = 10

// record is one CSV row and the physical line it starts on.
type record struct {
	line   int
	fields []string
}

// parseCSV reads a CSV table whose header row names the columns.
func parseCSV(label, text string, s seen) (Result, error) {
	delim, head, lay, ok := findHeader(text)
	if !ok {
		return Result{}, fileError(FileNoNameColumn, kam.EInvalid,
			"%s is neither a vCard file nor a table with a name column (“Name”, or “Vorname” and “Nachname”, or “First name” and “Last name”); its first line holds %s",
			label, describe(firstRow(text)))
	}
	res := Result{Format: "csv", Delimiter: string(delim), seen: s}
	records, _ := readRecords(text, delim, true)
	var open *unclosed
	if n := len(records); n > 0 && strings.Contains(text, `"`) {
		if u, ok := unclosedQuote(text, delim, records[n-1].line); ok {
			records, open = records[:n-1], &u
		}
	}
	for _, rec := range records {
		if rec.line <= head {
			continue
		}
		p, reason, blank := lay.person(rec.fields)
		switch {
		case blank:
		case reason != "":
			res.problem(rec.line, KindNoName, reason)
		default:
			res.add(rec.line, p)
			if len(res.People) > MaxPeople {
				return Result{}, tooMany(label)
			}
		}
	}
	if open != nil {
		res.report(Problem{Line: open.start, Kind: KindQuoteUnclosed, LastLine: open.end,
			Reason: fmt.Sprintf("a quotation mark opened in this row is never closed, so lines %d to %d could not be read", open.start, open.end)})
	}
	return res, nil
}

// findHeader tries each delimiter on the first rows and keeps the header
// row that names the most usable columns.
func findHeader(text string) (delim rune, line int, lay layout, ok bool) {
	for _, d := range delimiters {
		rows, _ := readRecordsN(text, d, true, headerSearch)
		for _, r := range rows {
			l, found := layoutOf(r.fields)
			if found {
				if !ok || l.used > lay.used {
					delim, line, lay, ok = d, r.line, l, true
				}
				break
			}
		}
	}
	return delim, line, lay, ok
}

// firstRow returns the first row of text split at the delimiter that splits
// it most, for a message about a file that is not a contact table.
func firstRow(text string) []string {
	var best []string
	for _, d := range delimiters {
		rows, _ := readRecordsN(text, d, true, 1)
		if len(rows) > 0 && len(rows[0].fields) > len(best) {
			best = rows[0].fields
		}
	}
	return best
}

func readRecords(text string, delim rune, lazy bool) ([]record, []*csv.ParseError) {
	return readRecordsN(text, delim, lazy, 0)
}

// readRecordsN reads up to limit rows (0: all). Lazy reading accepts stray
// quotation marks the way spreadsheet programs do; strict reading reports
// them and goes on with the next row.
func readRecordsN(text string, delim rune, lazy bool, limit int) (out []record, errs []*csv.ParseError) {
	r := csv.NewReader(strings.NewReader(text))
	r.Comma = delim
	r.FieldsPerRecord = -1
	r.LazyQuotes = lazy
	for limit == 0 || len(out) < limit {
		fields, err := r.Read()
		if err == io.EOF {
			break
		}
		var pe *csv.ParseError
		if errors.As(err, &pe) {
			errs = append(errs, pe)
			continue
		}
		if err != nil {
			break
		}
		line, _ := r.FieldPos(0)
		out = append(out, record{line: line, fields: fields})
	}
	return out, errs
}

// unclosed is a quoted field that runs to the end of the file.
type unclosed struct{ start, end int }

// unclosedQuote reports whether the row starting on line last opens a
// quotation mark that is never closed: lazy reading then takes the rest
// of the file as one field, strict reading fails at its end.
func unclosedQuote(text string, delim rune, last int) (unclosed, bool) {
	_, errs := readRecords(text, delim, false)
	for _, e := range errs {
		if errors.Is(e.Err, csv.ErrQuote) && e.StartLine == last && e.Line > e.StartLine {
			return unclosed{start: e.StartLine, end: e.Line}, true
		}
	}
	return unclosed{}, false
}
