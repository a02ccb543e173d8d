package app

import (
	"context"
	"fmt"
	"strings"

	"kamworkbench/internal/actioncsv"
	"kamworkbench/internal/catalog"
)

// ExportCSV asks where to save the workshop's action plan as a CSV file for
// Excel (see internal/actioncsv), suggesting a name from the client, the
// workshop and today's date, and writes it there. Headers and values follow
// the UI language. It returns the path written, or "" when the user
// cancelled the dialog.
func (s *Actions) ExportCSV(workshopID string) (path string, err error) {
	defer guard(&err)
	ctx := context.Background()
	w, err := s.db.Workshop(ctx, workshopID)
	if err != nil {
		return "", err
	}
	c, err := s.db.Client(ctx, w.ClientID)
	if err != nil {
		return "", err
	}
	list, err := s.db.Actions(ctx, workshopID)
	if err != nil {
		return "", err
	}
	lang, err := s.db.Setting(ctx, "language", "de")
	if err != nil {
		return "", err
	}
	title := "Maßnahmen als CSV speichern"
	if lang == "en" {
		title = "Save actions as CSV"
	}
	name := actioncsv.FileName(c.Name, w.Title, s.now().Format("2006-01-02"), lang)
	path, err = s.dialogs.SaveFile(title, name, FileFilter{DisplayName: "CSV (*.csv)", Pattern: "*.csv"})
	if err != nil {
		return "", fmt.Errorf("save file dialog: %w", err)
	}
	if path == "" {
		return "", nil
	}
	opt := actioncsv.Options{Lang: lang, Question: questionLabel(s.cat, lang)}
	if err := actioncsv.WriteFile(path, list, opt); err != nil {
		return "", err
	}
	return path, nil
}

// questionLabel labels a question as the assessment numbers it: area and
// question, then the text, e.g. "1.3 Existiert ein CRM?".
func questionLabel(cat *catalog.Catalog, lang string) func(id string) string {
	return func(id string) string {
		if q, ok := cat.Question(id); ok {
			return q.Number + " " + strings.TrimSpace(q.Text.In(lang))
		}
		return ""
	}
}
