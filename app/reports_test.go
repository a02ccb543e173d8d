package app

import (
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/wailsapp/wails/v2/pkg/runtime"

	"kamworkbench/internal/audience"
	"kamworkbench/internal/catalog"
	"kamworkbench/internal/demo"
	"kamworkbench/internal/kam"
	"kamworkbench/internal/pdf"
	"kamworkbench/internal/sqlite"
)

// fileDialogs answers every save dialog with the suggested name in saveDir
// ("" = cancelled) and every open dialog with openPath ("" = cancelled),
// and records what the save dialog offered.
type fileDialogs struct {
	saveDir, openPath string
	offered           []string
	opened            int
}

func (f *fileDialogs) dialogs() *Dialogs {
	return &Dialogs{
		saveFile: func(_ context.Context, o runtime.SaveDialogOptions) (string, error) {
			f.offered = append(f.offered, o.DefaultFilename)
			if f.saveDir == "" {
				return "", nil
			}
			return filepath.Join(f.saveDir, o.DefaultFilename), nil
		},
		openFile: func(context.Context, runtime.OpenDialogOptions) (string, error) {
			f.opened++
			return f.openPath, nil
		},
	}
}

// sampleWorkspace opens a fresh workspace holding the sample client.
func sampleWorkspace(tb testing.TB) (*sqlite.DB, kam.Account) {
	tb.Helper()
	db, err := sqlite.Open(context.Background(), filepath.Join(tb.TempDir(), "kamw.db"))
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { db.Close() })
	acc, err := demo.Add(context.Background(), db, catalog.MustLoad())
	if err != nil {
		tb.Fatal(err)
	}
	return db, acc
}

var exportDay = func() time.Time { return time.Date(2026, 11, 27, 10, 0, 0, 0, time.Local) }

func pdfText(t *testing.T, path string) string {
	t.Helper()
	out, err := exec.Command("pdftotext", "-enc", "UTF-8", path, "-").Output()
	if err != nil {
		t.Fatalf("pdftotext (make deps-test installs it): %v", err)
	}
	return strings.Join(strings.Fields(string(out)), " ")
}

func TestReportsExportPDF(t *testing.T) {
	db, acc := sampleWorkspace(t)
	w := acc.Workshops[1] // the autumn round, with an earlier one
	dir := t.TempDir()
	fd := &fileDialogs{saveDir: dir}
	s := &Reports{db: db, cat: catalog.MustLoad(), dialogs: fd.dialogs(), now: exportDay}
	all := audience.Allowed(audience.Internal)
	note := "Sieht uns als teuer; braucht TCO-Argumente." // a stakeholder note: internal only

	internal, err := s.ExportPDF(w.ID, ReportOptions{Lang: "de", Audience: "internal", Sections: all})
	if err != nil {
		t.Fatal(err)
	}
	wantName := pdf.FileName(acc.Client.Name, w.Title, w.Date, "de", audience.Internal)
	if internal != filepath.Join(dir, wantName) || fd.offered[0] != wantName {
		t.Fatalf("wrote %q after offering %q; want %q", internal, fd.offered[0], wantName)
	}
	text := pdfText(t, internal)
	for _, want := range []string{acc.Client.Name, w.Title, note, "Projektkapazität und Inbetriebnahme"} {
		if !strings.Contains(text, want) {
			t.Errorf("the internal report lacks %q", want)
		}
	}

	// The customer version cannot have the internal sections.
	if _, err := s.ExportPDF(w.ID, ReportOptions{Lang: "en", Audience: "customer", Sections: all}); kam.ErrorCode(err) != kam.EInvalid {
		t.Errorf("a customer version with internal sections: got %v, want it refused", err)
	}
	customer, err := s.ExportPDF(w.ID, ReportOptions{Lang: "en", Audience: "customer", Sections: audience.Allowed(audience.Customer)})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasSuffix(customer, "(client).pdf") {
		t.Errorf("customer version saved as %q", customer)
	}
	text = pdfText(t, customer)
	if !strings.Contains(text, acc.Client.Name) || strings.Contains(text, note) || strings.Contains(text, "Projektkapazität und Inbetriebnahme") {
		t.Errorf("the customer version must name the client and leave out notes and battle cards")
	}
	if strings.Contains(text, "Battle-Card gegen Stahlwerk Kranich") || !strings.Contains(text, "Referenzbericht Retrofit Linie 3") {
		t.Errorf("the customer version must hold the agreed actions and leave out the internal one")
	}
	finding := ""
	for _, a := range w.Answers {
		if a.Finding != "" {
			finding = a.Finding
		}
	}
	if finding == "" || !strings.Contains(text, finding) {
		t.Errorf("the customer version lacks the finding %q", finding)
	}

	only, err := s.ExportPDF(w.ID, ReportOptions{Lang: "de", Audience: "internal", Sections: []audience.Section{"cover", "actions"}})
	if err != nil {
		t.Fatal(err)
	}
	if text := pdfText(t, only); strings.Contains(text, note) || !strings.Contains(text, "Battle-Card gegen Stahlwerk Kranich") {
		t.Errorf("cover and actions only: got stakeholder notes or lost the actions")
	}
}

func TestReportsExportPDFRefusesAndCancels(t *testing.T) {
	db, acc := sampleWorkspace(t)
	w := acc.Workshops[1]
	dir := t.TempDir()
	fd := &fileDialogs{saveDir: dir}
	s := &Reports{db: db, cat: catalog.MustLoad(), dialogs: fd.dialogs(), now: exportDay}
	for _, tt := range []struct {
		name string
		id   string
		opts ReportOptions
		code string
	}{
		{"no sections", w.ID, ReportOptions{Lang: "de", Audience: "internal"}, kam.EInvalid},
		{"unknown section", w.ID, ReportOptions{Lang: "de", Audience: "internal", Sections: []audience.Section{"cover", "gossip"}}, kam.EInvalid},
		{"language", w.ID, ReportOptions{Lang: "fr", Audience: "internal", Sections: []audience.Section{"cover"}}, kam.EInvalid},
		{"audience", w.ID, ReportOptions{Lang: "de", Audience: "press", Sections: []audience.Section{"cover"}}, kam.EInvalid},
		{"unknown workshop", "00000000-0000-4000-8000-000000000000", ReportOptions{Lang: "de", Audience: "internal", Sections: []audience.Section{"cover"}}, kam.ENotFound},
	} {
		t.Run(tt.name, func(t *testing.T) {
			path, err := s.ExportPDF(tt.id, tt.opts)
			if kam.ErrorCode(err) != tt.code || path != "" {
				t.Errorf("got %q, %v; want code %s", path, err, tt.code)
			}
		})
	}
	if len(fd.offered) != 0 {
		t.Errorf("a refused export opened the dialog %d times", len(fd.offered))
	}

	fd.saveDir = ""
	if path, err := s.ExportPDF(w.ID, ReportOptions{Lang: "de", Audience: "internal", Sections: []audience.Section{"cover"}}); path != "" || err != nil {
		t.Errorf("cancelled: got %q, %v; want \"\", nil", path, err)
	}
	if files, _ := os.ReadDir(dir); len(files) != 0 {
		t.Errorf("refused or cancelled exports left %d files", len(files))
	}

	// A folder that cannot be written names the file in its message.
	fd.saveDir = filepath.Join(dir, "gone")
	_, err := s.ExportPDF(w.ID, ReportOptions{Lang: "de", Audience: "internal", Sections: []audience.Section{"cover"}})
	if err == nil || !strings.Contains(err.Error(), "folder does not exist") {
		t.Errorf("got %v; want a clear message", err)
	}
}

func TestReportsContents(t *testing.T) {
	db, acc := sampleWorkspace(t)
	s := &Reports{db: db, cat: catalog.MustLoad(), dialogs: (&fileDialogs{}).dialogs(), now: exportDay}
	got, err := s.Contents(acc.Workshops[1].ID)
	if err != nil {
		t.Fatal(err)
	}
	cur := acc.Workshops[1]
	answered, na := 0, 0
	for _, a := range cur.Answers {
		if a.NA {
			na++
		} else if a.Rating != nil {
			answered++
		}
	}
	notes, findings, internal := 0, 0, 0
	for _, a := range cur.Answers {
		if a.Notes != "" {
			notes++
		}
		if a.Finding != "" {
			findings++
		}
	}
	for _, a := range cur.Actions {
		if a.Internal {
			internal++
		}
	}
	reporting := 0
	for _, r := range acc.Relations {
		if r.Kind == "reports_to" {
			reporting++
		}
	}
	want := ReportContents{
		ClientName: acc.Client.Name, Participants: len(cur.Participants), Notes: notes, ReportingLines: reporting,
		Findings: findings, InternalActions: internal,
		Questions: len(catalog.MustLoad().QuestionIDs()), Answered: answered, NotApplicable: na,
		PreviousTitle: acc.Workshops[0].Title, PreviousDate: acc.Workshops[0].Date,
		Stakeholders: len(acc.Stakeholders), Relations: len(acc.Relations), Competitors: len(acc.Competitors),
		SWOT: 4, Opportunities: len(acc.Opportunities), Arguments: len(acc.Arguments), Actions: len(cur.Actions),
	}
	if len(got.Audiences) != 2 || got.Audiences[0].Audience != "customer" ||
		fmt.Sprint(got.Audiences[0].Sections) != "[cover summary assessment orgchart actions]" ||
		fmt.Sprint(got.Audiences[0].Defaults) != "[cover summary assessment actions]" ||
		len(got.Audiences[1].Sections) != len(audience.Allowed(audience.Internal)) {
		t.Errorf("audiences %+v", got.Audiences)
	}
	got.Audiences = nil
	if !reflect.DeepEqual(got, want) || answered == 0 || na == 0 || findings == 0 || internal != 1 {
		t.Errorf("got  %+v\nwant %+v", got, want)
	}
	first, err := s.Contents(acc.Workshops[0].ID)
	if err != nil || first.PreviousTitle != "" {
		t.Errorf("the first round: %+v, %v; want no previous round", first, err)
	}
	if _, err := s.Contents("nope"); kam.ErrorCode(err) != kam.ENotFound {
		t.Errorf("unknown workshop: got %v", err)
	}
}
