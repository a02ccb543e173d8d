package app

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/wailsapp/wails/v2/pkg/runtime"

	"kamworkbench/internal/catalog"
	"kamworkbench/internal/kam"
)

// saveTo is a save dialog that answers with the suggested name in dir, or
// cancels when dir is "", and records the name it was offered.
func saveTo(dir string, offered *string) *Dialogs {
	return &Dialogs{saveFile: func(_ context.Context, o runtime.SaveDialogOptions) (string, error) {
		*offered = o.DefaultFilename
		if dir == "" {
			return "", nil
		}
		return filepath.Join(dir, o.DefaultFilename), nil
	}}
}

func TestActionsExportCSV(t *testing.T) {
	db, clientID := mustOpen(t)
	ctx := context.Background()
	w, err := db.SaveWorkshop(ctx, kam.Workshop{ClientID: clientID, Title: "Herbst/Runde 2", Date: "2026-11-26"})
	if err != nil {
		t.Fatal(err)
	}
	for _, a := range []kam.Action{
		{WorkshopID: w.ID, Title: "CRM einführen", Owner: "Jörg", Due: "2026-12-31", Priority: "high", Probability: 70, Status: "open", QuestionID: "org.crm_exists"},
		{WorkshopID: w.ID, Title: `Preise "neu"`, Priority: "low", Status: "done"},
	} {
		if _, err := db.SaveAction(ctx, a); err != nil {
			t.Fatal(err)
		}
	}
	dir := t.TempDir()
	var offered string
	now := func() time.Time { return time.Date(2026, 12, 1, 9, 0, 0, 0, time.Local) }
	s := &Actions{db: db, cat: catalog.MustLoad(), dialogs: saveTo(dir, &offered), now: now}

	path, err := s.ExportCSV(w.ID)
	if err != nil {
		t.Fatal(err)
	}
	wantName := "Müller Maschinenbau – Herbst-Runde 2 – Maßnahmen 2026-12-01.csv"
	if offered != wantName || path != filepath.Join(dir, wantName) {
		t.Fatalf("offered %q, wrote %q; want %q", offered, path, wantName)
	}
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	got := string(data)
	for _, want := range []string{
		"\uFEFF\"Titel\";\"Verantwortlich\";\"Fällig am\"",
		"\"CRM einführen\";\"Jörg\";\"31.12.2026\";\"Hoch\";\"70\";\"Offen\";\"1.",
		"\"Preise \"\"neu\"\"\";\"\";\"\";\"Niedrig\";\"0\";\"Erledigt\";\"\"\r\n",
	} {
		if !strings.Contains(got, want) {
			t.Errorf("missing %q in\n%q", want, got)
		}
	}

	// English headers once the UI speaks English.
	if err := db.SetSetting(ctx, "language", "en"); err != nil {
		t.Fatal(err)
	}
	path, err = s.ExportCSV(w.ID)
	if err != nil {
		t.Fatal(err)
	}
	data, _ = os.ReadFile(path)
	if !strings.HasPrefix(string(data), "\uFEFF\"Title\";\"Owner\";\"Due\"") || !strings.Contains(offered, "Actions 2026-12-01.csv") {
		t.Errorf("offered %q, got %q", offered, data)
	}
}

func TestActionsExportCSVCancelledOrUnknown(t *testing.T) {
	db, clientID := mustOpen(t)
	w, err := db.SaveWorkshop(context.Background(), kam.Workshop{ClientID: clientID, Title: "R1"})
	if err != nil {
		t.Fatal(err)
	}
	var offered string
	s := &Actions{db: db, cat: catalog.MustLoad(), dialogs: saveTo("", &offered), now: time.Now}
	if path, err := s.ExportCSV(w.ID); err != nil || path != "" {
		t.Fatalf("cancelled: got %q, %v; want nothing written", path, err)
	}
	if _, err := s.ExportCSV("00000000-0000-4000-8000-000000000000"); kam.ErrorCode(err) != kam.ENotFound {
		t.Fatalf("unknown workshop: got %v", err)
	}
}

// Under `wails dev` KAMW_E2E_SAVE_DIR answers the save dialog with the
// suggested name in that folder; a release build must ask the user.
func TestDialogsE2ESaveSeam(t *testing.T) {
	t.Setenv("KAMW_E2E_SAVE_DIR", "/tmp/exports")
	d := NewDialogs()
	if e2eSaveDir() == "" {
		return // release build: the real dialog, which needs a window
	}
	got, err := d.SaveFile("t", "../Maßnahmen.csv")
	if err != nil || got != filepath.Join("/tmp/exports", "Maßnahmen.csv") {
		t.Fatalf("got %q, %v; want the name inside KAMW_E2E_SAVE_DIR", got, err)
	}
}
