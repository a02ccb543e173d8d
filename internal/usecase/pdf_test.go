package usecase_test

import (
	"context"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"kamworkbench/internal/audience"
	"kamworkbench/internal/catalog"
	"kamworkbench/internal/demo"
	"kamworkbench/internal/kam"
	"kamworkbench/internal/sqlite"
	"kamworkbench/internal/usecase"
)

func workspace(t *testing.T) (*sqlite.DB, *catalog.Catalog, kam.Account) {
	t.Helper()
	ctx := context.Background()
	db, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "workspace.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	cat := catalog.MustLoad()
	acc, err := demo.Add(ctx, db, cat)
	if err != nil {
		t.Fatal(err)
	}
	return db, cat, acc
}

// The guards the window and the command line share: what neither may do.
func TestReportGuards(t *testing.T) {
	ctx := context.Background()
	db, cat, acc := workspace(t)
	w := acc.Workshops[len(acc.Workshops)-1].ID
	for _, c := range []struct {
		name  string
		r     usecase.Report
		field string
	}{
		{"language", usecase.Report{WorkshopID: w, Lang: "fr", Audience: audience.Internal}, "lang"},
		{"audience", usecase.Report{WorkshopID: w, Lang: "de", Audience: "everyone"}, "audience"},
		{"no section chosen", usecase.Report{WorkshopID: w, Lang: "de", Audience: audience.Internal, Sections: []audience.Section{}}, "sections"},
		{"a section the customer may not have", usecase.Report{WorkshopID: w, Lang: "de", Audience: audience.Customer,
			Sections: []audience.Section{audience.Competitors}}, "sections"},
	} {
		_, err := usecase.PDFInput(ctx, db, cat, c.r)
		var ke *kam.Error
		if kam.ErrorCode(err) != kam.EInvalid || !asKam(err, &ke) || ke.Field != c.field {
			t.Errorf("%s: got %v, want invalid %s", c.name, err, c.field)
		}
	}
	if _, err := usecase.PDFInput(ctx, db, cat, usecase.Report{WorkshopID: "4f0c1b7e-0000-4000-8000-000000000000", Lang: "de",
		Audience: audience.Internal}); kam.ErrorCode(err) != kam.ENotFound {
		t.Errorf("unknown workshop: got %v, want not found", err)
	}
	in, err := usecase.PDFInput(ctx, db, cat, usecase.Report{WorkshopID: w, Lang: "de", Audience: audience.Customer})
	if err != nil {
		t.Fatal(err)
	}
	for _, bad := range []string{db.Path(), t.TempDir(), ""} {
		if _, err := usecase.WritePDF(db, in, bad, time.Now()); kam.ErrorCode(err) != kam.EInvalid {
			t.Errorf("writing over %q: got %v, want invalid", bad, err)
		}
	}
	if st, err := os.Stat(db.Path()); err != nil || st.Size() == 0 {
		t.Fatalf("the workspace after the refused writes: %v", err)
	}
}

// The report written is the workshop's, read back with pdftotext.
func TestWritePDF(t *testing.T) {
	if _, err := exec.LookPath("pdftotext"); err != nil {
		t.Fatal("pdftotext is needed to read the PDF back")
	}
	ctx := context.Background()
	db, cat, acc := workspace(t)
	w := acc.Workshops[len(acc.Workshops)-1]
	in, err := usecase.PDFInput(ctx, db, cat, usecase.Report{WorkshopID: w.ID, Lang: "de", Audience: audience.Internal})
	if err != nil {
		t.Fatal(err)
	}
	path, err := usecase.WritePDF(db, in, filepath.Join(t.TempDir(), "bericht.pdf"), time.Now())
	if err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command("pdftotext", "-layout", path, "-").Output()
	if err != nil {
		t.Fatal(err)
	}
	if text := strings.Join(strings.Fields(string(out)), " "); !strings.Contains(text, acc.Client.Name) || !strings.Contains(text, w.Title) {
		t.Errorf("the PDF does not name %q and %q", acc.Client.Name, w.Title)
	}
}

func asKam(err error, target **kam.Error) bool { return errors.As(err, target) }
