package pdf_test

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"kamworkbench/internal/audience"
	"kamworkbench/internal/catalog"
	"kamworkbench/internal/demo"
	"kamworkbench/internal/pdf"
)

// repoRoot finds the folder holding go.mod.
func repoRoot(t *testing.T) string {
	t.Helper()
	dir, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			t.Fatal("no go.mod above the test")
		}
		dir = parent
	}
}

// TestArtefacts renders one page per section of the sample report at 100 dpi (and a
// few of the other reports) to artefacts/pdf/ at the repository root, a
// git-ignored folder, so a person can look at them after `make test`.
func TestArtefacts(t *testing.T) {
	bin := tool(t, "pdftoppm")
	out := filepath.Join(repoRoot(t), "artefacts", "pdf")
	if err := os.MkdirAll(out, 0o755); err != nil {
		t.Fatal(err)
	}
	cat := catalog.MustLoad()
	sample := demo.Account(cat)
	reports := []struct {
		name string
		in   pdf.Input
		only []string // which pages to keep; nil keeps one per section
	}{
		{"sample-de-internal", pdf.Input{Account: sample, WorkshopID: sample.Workshops[1].ID}, nil},
		{"sample-en-customer", pdf.Input{Account: sample, WorkshopID: sample.Workshops[1].ID, Lang: "en", Audience: audience.Customer,
			Sections: audience.Allowed(audience.Customer)}, nil},
		{"hostile-de-customer", pdf.Input{Account: hostileAccount(cat), WorkshopID: "w1", Audience: audience.Customer,
			Sections: audience.Allowed(audience.Customer)}, []string{"cover", "orgchart"}},
		{"hostile-de-internal", pdf.Input{Account: hostileAccount(cat), WorkshopID: "w1"}, []string{"cover", "summary", "assessment", "stakeholders", "people"}},
		{"large-de-internal", pdf.Input{Account: largeAccount(cat), WorkshopID: "w1"}, []string{"stakeholders", "people"}},
		{"large-de-customer", pdf.Input{Account: largeAccount(cat), WorkshopID: "w1", Audience: audience.Customer,
			Sections: []audience.Section{audience.OrgChart}}, []string{"orgchart"}},
	}
	for _, r := range reports {
		r.in.Catalog, r.in.Now = cat, now
		pages, _, err := pdf.SectionPages(r.in)
		if err != nil {
			t.Fatal(err)
		}
		file := filepath.Join(t.TempDir(), r.name+".pdf")
		if err := os.WriteFile(file, render(t, r.in), 0o644); err != nil {
			t.Fatal(err)
		}
		pages["cover"] = 1
		if r.in.Sections == nil {
			pages["contents"] = 2
		}
		keys := r.only
		if keys == nil {
			for k := range pages {
				keys = append(keys, k)
			}
		}
		sort.Slice(keys, func(i, j int) bool { return pages[keys[i]] < pages[keys[j]] })
		for _, k := range keys {
			p, ok := pages[k]
			if !ok {
				continue
			}
			name := filepath.Join(out, fmt.Sprintf("%s-%03d-%s", r.name, p, strings.ReplaceAll(k, ":", "-")))
			cmd := exec.Command(bin, "-r", "100", "-png", "-singlefile", "-f", fmt.Sprint(p), "-l", fmt.Sprint(p), file, name)
			if b, err := cmd.CombinedOutput(); err != nil {
				t.Errorf("pdftoppm page %d: %v %s", p, err, b)
			}
		}
	}
}
