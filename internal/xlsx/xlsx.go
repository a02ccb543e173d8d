// Package xlsx writes a workshop's results as an Excel workbook: the action
// plan, the stakeholders, the scores by question and, in the internal
// version, competitors and opportunities. It draws from an audience.View
// alone, so the customer's workbook holds only what the audience contract
// lets the customer read. Cells are typed (dates as dates, money as euros,
// percentages as percentages), each sheet's header row is frozen and
// filtered, and labels come from the glossary.
package xlsx

import (
	"fmt"
	"io"
	"time"

	"github.com/xuri/excelize/v2"

	"kamworkbench/internal/audience"
	"kamworkbench/internal/catalog"
)

// Input is what a workbook is drawn from.
type Input struct {
	View    audience.View
	Catalog *catalog.Catalog
	Lang    string // "de" or "en"
}

// Write writes the workbook of in to w.
func Write(w io.Writer, in Input) (err error) {
	defer func() {
		if r := recover(); r != nil { // excelize is large; a panic must not take the window down
			err = fmt.Errorf("write workbook: %v", r)
		}
	}()
	f := excelize.NewFile()
	defer f.Close()
	b := &book{f: f, in: in, lang: in.Lang}
	if err := b.styles(); err != nil {
		return fmt.Errorf("write workbook: %w", err)
	}
	for _, s := range b.sheets() {
		if err := b.add(s); err != nil {
			return fmt.Errorf("write workbook: %s: %w", s.name, err)
		}
	}
	// NewFile starts with "Sheet1"; every sheet of ours is added after it.
	if err := f.DeleteSheet("Sheet1"); err != nil {
		return fmt.Errorf("write workbook: %w", err)
	}
	f.SetActiveSheet(0)
	f.SetDocProps(&excelize.DocProperties{
		Title:   in.View.Account.Client.Name + " – " + in.View.Workshop.Title,
		Creator: "KAM Workbench",
		// A fixed stamp keeps the file the same for the same data.
		Created:  time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC).Format(time.RFC3339),
		Modified: time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC).Format(time.RFC3339),
		Language: map[string]string{"de": "de-DE", "en": "en-GB"}[in.Lang],
	})
	if _, err := f.WriteTo(w); err != nil {
		return fmt.Errorf("write workbook: %w", err)
	}
	return nil
}

// kind is how a column's cells are typed and formatted.
type kind int

const (
	text kind = iota
	longText
	number  // a whole number
	decimal // one decimal place
	date    // YYYY-MM-DD in the data, a date cell in Excel
	money   // euros
	percent // 0–100 in the data, a percentage cell in Excel
)

// column is one column of a sheet.
type column struct {
	title string
	kind  kind
}

// sheet is one worksheet: its name, columns and rows of cell values (nil
// leaves a cell empty).
type sheet struct {
	name    string
	columns []column
	rows    [][]any
}

// book writes the sheets of one workbook.
type book struct {
	f     *excelize.File
	in    Input
	lang  string
	style map[kind]int
	head  int
}

func (b *book) styles() error {
	b.style = map[kind]int{}
	dateFmt := "dd.mm.yyyy"
	moneyFmt := `#,##0.00\ "€"`
	if b.lang == "en" {
		dateFmt = "dd/mm/yyyy"
		moneyFmt = `"€"#,##0.00`
	}
	for k, st := range map[kind]*excelize.Style{
		text:     {Alignment: &excelize.Alignment{Vertical: "top"}},
		longText: {Alignment: &excelize.Alignment{Vertical: "top", WrapText: true}},
		number:   {NumFmt: 1, Alignment: &excelize.Alignment{Vertical: "top"}},
		decimal:  {CustomNumFmt: ptr("0.0"), Alignment: &excelize.Alignment{Vertical: "top"}},
		date:     {CustomNumFmt: &dateFmt, Alignment: &excelize.Alignment{Vertical: "top", Horizontal: "left"}},
		money:    {CustomNumFmt: &moneyFmt, Alignment: &excelize.Alignment{Vertical: "top"}},
		percent:  {NumFmt: 9, Alignment: &excelize.Alignment{Vertical: "top"}},
	} {
		id, err := b.f.NewStyle(st)
		if err != nil {
			return err
		}
		b.style[k] = id
	}
	var err error
	b.head, err = b.f.NewStyle(&excelize.Style{
		Font:      &excelize.Font{Bold: true, Color: "FFFFFF"},
		Fill:      excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{"1F4E79"}},
		Alignment: &excelize.Alignment{Vertical: "center", WrapText: true},
	})
	return err
}

func ptr(s string) *string { return &s }

// add writes one sheet: header, typed rows, widths that fit, the header
// frozen and filtered.
func (b *book) add(s sheet) error {
	f := b.f
	if _, err := f.NewSheet(s.name); err != nil {
		return err
	}
	widths := make([]float64, len(s.columns))
	for c, col := range s.columns {
		cell, _ := excelize.CoordinatesToCellName(c+1, 1)
		if err := f.SetCellStr(s.name, cell, col.title); err != nil {
			return err
		}
		widths[c] = width(col.title) + 2 // room for the filter button
	}
	for r, row := range s.rows {
		for c, v := range row {
			if v == nil {
				continue
			}
			cell, _ := excelize.CoordinatesToCellName(c+1, r+2)
			k := s.columns[c].kind
			if err := b.set(s.name, cell, k, v); err != nil {
				return err
			}
			if err := f.SetCellStyle(s.name, cell, cell, b.style[k]); err != nil {
				return err
			}
			widths[c] = max(widths[c], cellWidth(k, v))
		}
	}
	last, _ := excelize.CoordinatesToCellName(len(s.columns), 1)
	if err := f.SetCellStyle(s.name, "A1", last, b.head); err != nil {
		return err
	}
	for c, w := range widths {
		name, _ := excelize.ColumnNumberToName(c + 1)
		limit := 50.0
		if s.columns[c].kind == longText {
			limit = 70
		}
		if err := f.SetColWidth(s.name, name, name, min(w, limit)); err != nil {
			return err
		}
	}
	if err := f.SetPanes(s.name, &excelize.Panes{Freeze: true, YSplit: 1, TopLeftCell: "A2", ActivePane: "bottomLeft"}); err != nil {
		return err
	}
	end, _ := excelize.CoordinatesToCellName(len(s.columns), max(len(s.rows)+1, 2))
	return f.AutoFilter(s.name, "A1:"+end, nil)
}

// set writes one typed value.
func (b *book) set(sheetName, cell string, k kind, v any) error {
	switch k {
	case date:
		d, err := time.Parse("2006-01-02", v.(string))
		if err != nil { // the domain allows only real dates; keep what is there
			return b.f.SetCellStr(sheetName, cell, v.(string))
		}
		return b.f.SetCellValue(sheetName, cell, d)
	case percent:
		return b.f.SetCellValue(sheetName, cell, float64(v.(int))/100)
	case text, longText:
		return b.f.SetCellStr(sheetName, cell, v.(string))
	}
	return b.f.SetCellValue(sheetName, cell, v)
}

// width estimates the characters a value needs.
func width(s string) float64 {
	longest, n := 0, 0
	for _, r := range s {
		if r == '\n' {
			n = 0
			continue
		}
		n++
		longest = max(longest, n)
	}
	return float64(longest) * 1.1
}

func cellWidth(k kind, v any) float64 {
	switch k {
	case date:
		return 12
	case money:
		return 16
	case percent, number, decimal:
		return 8
	}
	return width(v.(string))
}
