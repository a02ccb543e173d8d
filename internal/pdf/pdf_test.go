package pdf_test

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"
	"unicode"

	"kamworkbench/internal/audience"
	"kamworkbench/internal/catalog"
	"kamworkbench/internal/demo"
	"kamworkbench/internal/kam"
	"kamworkbench/internal/pdf"
)

var now = time.Date(2026, 11, 26, 18, 0, 0, 0, time.UTC)

// render renders in and fails the test on error.
func render(tb testing.TB, in pdf.Input) []byte {
	tb.Helper()
	var buf bytes.Buffer
	if err := pdf.Render(&buf, in); err != nil {
		tb.Fatalf("render: %v", err)
	}
	return buf.Bytes()
}

// tool returns the path of an external program. A missing one fails the
// test rather than skipping it: a report that nobody read back is not
// checked (make deps-test installs poppler-utils and qpdf).
func tool(t *testing.T, name string) string {
	t.Helper()
	p, err := exec.LookPath(name)
	if err != nil {
		t.Fatalf("%s is not installed; the PDF tests read reports back with it (make deps-test installs it)", name)
	}
	return p
}

// pdfText extracts the text of a PDF in content-stream order, pages
// separated by form feeds.
func pdfText(t *testing.T, data []byte) string {
	t.Helper()
	bin := tool(t, "pdftotext")
	file := filepath.Join(t.TempDir(), "report.pdf")
	if err := os.WriteFile(file, data, 0o644); err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command(bin, "-raw", "-enc", "UTF-8", file, "-").Output()
	if err != nil {
		t.Fatalf("pdftotext: %v", err)
	}
	return string(out)
}

// squash drops all white space, so text wrapped into lines (even inside a
// long word) compares equal to the original.
func squash(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) {
			return -1
		}
		return r
	}, s)
}

// found reports whether want (squashed) is in the squashed pages, either
// within one page or, for text that runs over pages, as consecutive pieces:
// the longest prefix found on one page, the rest from the next page on. Every
// piece but the last must be at least 20 bytes, so a long text cannot be
// pieced together from scraps; what lies between the pieces (footer, header,
// a repeated table header) is ignored.
func found(pages []string, want string) bool {
	for start := range pages {
		pos := 0
		for p := start; p < len(pages) && pos < len(want); p++ {
			n := longestPrefix(pages[p], want[pos:])
			if n == len(want)-pos {
				return true
			}
			if n < 20 {
				break
			}
			pos += n
		}
	}
	return false
}

func longestPrefix(page, want string) int {
	lo, hi := 0, len(want)
	for lo < hi {
		mid := (lo + hi + 1) / 2
		if strings.Contains(page, want[:mid]) {
			lo = mid
		} else {
			hi = mid - 1
		}
	}
	return lo
}

// squashPages splits pdftotext output into squashed pages.
func squashPages(text string) []string {
	pages := strings.Split(text, "\f")
	for i := range pages {
		pages[i] = squash(pages[i])
	}
	return pages
}

// expected is how a text the user typed should come back: mapped onto the
// font, without white space.
func expected(s string) string { return squash(pdf.FontSafe(s)) }

func TestReport(t *testing.T) {
	cat := catalog.MustLoad()
	accounts := []struct {
		name string
		acc  kam.Account
	}{
		{"demo", demo.Account(cat)},
		{"hostile", hostileAccount(cat)},
	}
	for _, a := range accounts {
		ws := a.acc.Workshops[len(a.acc.Workshops)-1]
		for _, lang := range []string{"de", "en"} {
			for _, who := range audience.Audiences {
				t.Run(a.name+"/"+lang+"/"+string(who), func(t *testing.T) {
					in := pdf.Input{Account: a.acc, WorkshopID: ws.ID, Catalog: cat, Lang: lang, Audience: who, Now: now}
					data := render(t, in)
					if again := render(t, in); !bytes.Equal(data, again) {
						t.Errorf("two renders of the same input differ (%d and %d bytes)", len(data), len(again))
					}
					if !bytes.HasPrefix(data, []byte("%PDF-")) {
						t.Fatalf("got no PDF header")
					}
					if ok, err := pdf.LayoutsAgree(in); err != nil || !ok {
						t.Errorf("the dry layout and the drawn one disagree on page numbers (%v)", err)
					}
					qpdfCheck(t, data)

					text := pdfText(t, data)
					n := strings.Count(text, "\f")
					page := "Seite 2 von " + strconv.Itoa(n)
					if lang == "en" {
						page = "Page 2 of " + strconv.Itoa(n)
					}
					if !strings.Contains(text, page) {
						t.Errorf("page number %q not found (%d pages)", page, n)
					}
				})
			}
		}
	}
}

func qpdfCheck(t *testing.T, data []byte) {
	t.Helper()
	bin := tool(t, "qpdf")
	file := filepath.Join(t.TempDir(), "check.pdf")
	if err := os.WriteFile(file, data, 0o644); err != nil {
		t.Fatal(err)
	}
	if out, err := exec.Command(bin, "--check", file).CombinedOutput(); err != nil {
		t.Errorf("qpdf --check: %v\n%s", err, out)
	}
}

func TestContentsPageNumbers(t *testing.T) {
	cat := catalog.MustLoad()
	acc := demo.Account(cat)
	in := pdf.Input{Account: acc, WorkshopID: acc.Workshops[1].ID, Catalog: cat, Now: now}
	pages, total, err := pdf.SectionPages(in)
	if err != nil {
		t.Fatal(err)
	}
	text := pdfText(t, render(t, in))
	byPage := strings.Split(text, "\f")
	if got := len(byPage) - 1; got != total {
		t.Errorf("got %d pages, want %d", got, total)
	}
	// The contents (page 2, after the cover) names each section's page, and
	// the section's heading is on that page.
	headings := map[string]string{"summary": "1 Zusammenfassung", "assessment": "2 Bewertung nach Bereichen",
		"stakeholders": "3 Stakeholder", "competitors": "4 Wettbewerber", "actions": "8 Maßnahmenplan"}
	for key, heading := range headings {
		p := pages[key]
		if p < 3 || p > total {
			t.Errorf("%s: page %d out of range", key, p)
			continue
		}
		re := regexp.MustCompile(regexp.QuoteMeta(heading) + `[ .]*` + strconv.Itoa(p) + `\n`)
		if !re.MatchString(byPage[1]) {
			t.Errorf("contents: got no line %q … %d in\n%s", heading, p, byPage[1])
		}
		if !strings.Contains(byPage[p-1], heading) {
			t.Errorf("%s: heading %q not on page %d", key, heading, p)
		}
	}
}

func TestSections(t *testing.T) {
	cat := catalog.MustLoad()
	acc := demo.Account(cat)
	in := pdf.Input{Account: acc, WorkshopID: acc.Workshops[1].ID, Catalog: cat, Now: now,
		Sections: []pdf.Section{audience.SWOT, audience.Actions}}
	text := pdfText(t, render(t, in))
	for _, want := range []string{"1SWOT-Analyse", "2Maßnahmenplan", squash(acc.Client.SWOT.Threats)} {
		if !strings.Contains(squash(text), want) {
			t.Errorf("got no %q", want)
		}
	}
	for _, not := range []string{"Zusammenfassung", "Stakeholder", "ERGEBNISBERICHT", acc.Stakeholders[0].Name} {
		if strings.Contains(text, not) {
			t.Errorf("got %q, which is in a section left out", not)
		}
	}
	if pages := strings.Count(text, "\f"); pages != 3 {
		t.Errorf("got %d pages, want 3 (contents, SWOT, actions)", pages)
	}
}

func TestInputErrors(t *testing.T) {
	cat := catalog.MustLoad()
	acc := demo.Account(cat)
	id := acc.Workshops[1].ID
	tests := []struct {
		name string
		in   pdf.Input
		code string
	}{
		{"unknown workshop", pdf.Input{Account: acc, WorkshopID: "nope", Catalog: cat}, kam.ENotFound},
		{"unknown previous", pdf.Input{Account: acc, WorkshopID: id, PreviousID: "nope", Catalog: cat}, kam.ENotFound},
		{"bad language", pdf.Input{Account: acc, WorkshopID: id, Catalog: cat, Lang: "fr"}, kam.EInvalid},
		{"bad audience", pdf.Input{Account: acc, WorkshopID: id, Catalog: cat, Audience: "public"}, kam.EInvalid},
		{"bad section", pdf.Input{Account: acc, WorkshopID: id, Catalog: cat, Sections: []pdf.Section{"appendix"}}, kam.EInvalid},
		{"no catalogue", pdf.Input{Account: acc, WorkshopID: id}, kam.EInternal},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var buf bytes.Buffer
			err := pdf.Render(&buf, tt.in)
			if got := kam.ErrorCode(err); got != tt.code {
				t.Errorf("got code %q (%v), want %q", got, err, tt.code)
			}
			if buf.Len() != 0 {
				t.Errorf("got %d bytes written on error", buf.Len())
			}
		})
	}
}

func TestPrevious(t *testing.T) {
	w := func(id, date string) kam.WorkshopData {
		return kam.WorkshopData{Workshop: kam.Workshop{ID: id, Date: date}}
	}
	ws := []kam.WorkshopData{w("b", "2026-04-22"), w("d", "2026-11-26"), w("a", "2025-10-01"), w("c", "2026-04-22"), w("e", ""), w("f", "2026-11-26")}
	tests := []struct{ id, want string }{
		{"d", "c"}, // the latest earlier date; of equal dates the one listed last
		{"f", "c"}, // a workshop on the same day is no previous round
		{"b", "a"},
		{"a", ""},
		{"e", ""}, // no date, no previous round
		{"x", ""},
	}
	for _, tt := range tests {
		got := ""
		if p := audience.Previous(ws, tt.id); p != nil {
			got = p.ID
		}
		if got != tt.want {
			t.Errorf("Previous(%q): got %q, want %q", tt.id, got, tt.want)
		}
	}
}

func TestWriteFile(t *testing.T) {
	cat := catalog.MustLoad()
	acc := demo.Account(cat)
	dir := t.TempDir()
	path := filepath.Join(dir, "Bericht Hofmann #1.pdf")
	if err := os.WriteFile(path, []byte("old"), 0o644); err != nil {
		t.Fatal(err)
	}
	in := pdf.Input{Account: acc, WorkshopID: acc.Workshops[1].ID, Catalog: cat, Now: now}
	if err := pdf.WriteFile(path, in); err != nil {
		t.Fatal(err)
	}
	got, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, render(t, in)) {
		t.Errorf("file differs from Render's output")
	}
	// A failed render leaves the old file and no temporary file behind.
	in.WorkshopID = "nope"
	if err := pdf.WriteFile(path, in); kam.ErrorCode(err) != kam.ENotFound {
		t.Errorf("got %v, want a not-found error", err)
	}
	if again, _ := os.ReadFile(path); !bytes.Equal(again, got) {
		t.Errorf("a failed export changed the file")
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 1 {
		t.Errorf("got %d files in the folder, want 1", len(entries))
	}
	// A folder that does not exist is an error, not a panic.
	err = pdf.WriteFile(filepath.Join(dir, "missing", "x.pdf"), pdf.Input{Account: acc, WorkshopID: acc.Workshops[1].ID, Catalog: cat})
	if kam.ErrorCode(err) != kam.EInvalid || !strings.Contains(err.Error(), "folder does not exist") {
		t.Errorf("got %v, want a message that the folder does not exist", err)
	}
	// A folder in place of a file name is refused before anything is written.
	err = pdf.WriteFile(dir, pdf.Input{Account: acc, WorkshopID: acc.Workshops[1].ID, Catalog: cat})
	if kam.ErrorCode(err) != kam.EInvalid || !strings.Contains(err.Error(), "is a folder; choose a file name for the PDF") {
		t.Errorf("got %v, want a message that the path is a folder", err)
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 1 {
		t.Errorf("got %d files in the folder after the refusals, want 1", len(entries))
	}
}

func TestEmptyWorkshop(t *testing.T) {
	cat := catalog.MustLoad()
	acc := kam.Account{
		Client:    kam.Client{ID: "c", Name: "Leerkunde"},
		Workshops: []kam.WorkshopData{{Workshop: kam.Workshop{ID: "w", Title: "Erster Termin"}}},
	}
	for _, lang := range []string{"de", "en"} {
		text := pdfText(t, render(t, pdf.Input{Account: acc, WorkshopID: "w", Catalog: cat, Lang: lang, Now: now}))
		want := map[string][]string{
			"de": {"Leerkunde", "noch keine Bewertung", "Noch keine Stakeholder erfasst.", "Keine Wettbewerber erfasst.", "Noch keine Maßnahmen vereinbart."},
			"en": {"Leerkunde", "not rated yet", "No stakeholders recorded yet.", "No competitors recorded.", "No actions agreed yet."},
		}[lang]
		for _, w := range want {
			if !strings.Contains(text, w) {
				t.Errorf("%s: got no %q", lang, w)
			}
		}
	}
}

func TestMapOfPiledPeople(t *testing.T) {
	cat := catalog.MustLoad()
	acc := kam.Account{
		Client:    kam.Client{ID: "c", Name: "Importkunde"},
		Workshops: []kam.WorkshopData{{Workshop: kam.Workshop{ID: "w", Title: "Import", Date: "2026-11-26"}}},
	}
	// Imported contacts nobody has placed yet all sit at (0, 0); relations
	// may point at people who are gone or at the person themselves.
	for i := range 30 {
		acc.Stakeholders = append(acc.Stakeholders, kam.Stakeholder{ID: strconv.Itoa(i), Name: "Kontakt Nummer " + strconv.Itoa(i),
			Department: "other", BuyingRole: "user", Influence: 1})
	}
	acc.Relations = []kam.Relation{{ID: "r1", From: "1", To: "2", Kind: "reports_to"}, {ID: "r2", From: "3", To: "gone", Kind: "conflict"},
		{ID: "r3", From: "4", To: "4", Kind: "influences"}}
	text := pdfText(t, render(t, pdf.Input{Account: acc, WorkshopID: "w", Catalog: cat, Now: now, Sections: []pdf.Section{audience.Stakeholders}}))
	if !strings.Contains(text, "Positionen automatisch angeordnet") {
		t.Errorf("got no note that the map was arranged automatically")
	}
	pages := squashPages(text)
	for _, p := range acc.Stakeholders {
		if !found(pages, squash(p.Name)) {
			t.Errorf("%s not found", p.Name)
		}
	}
}

func TestLongNamesStayOnThePage(t *testing.T) {
	cat := catalog.MustLoad()
	long := strings.Repeat("Sehr langer Kundenname ", 21) // 483 characters
	acc := kam.Account{
		Client: kam.Client{ID: "c", Name: long, Industry: long},
		Workshops: []kam.WorkshopData{{Workshop: kam.Workshop{ID: "w", Title: long, Facilitator: long,
			Participants: []kam.Participant{{Name: long, Role: long}}}}},
		Stakeholders: []kam.Stakeholder{{ID: "s", Name: long, Title: long, Department: "it", BuyingRole: "user", Owner: long}},
		Competitors:  []kam.Competitor{{ID: "k", Name: long, Location: long, Threat: 3}},
	}
	data := render(t, pdf.Input{Account: acc, WorkshopID: "w", Catalog: cat, Now: now})
	qpdfCheck(t, data)
	pages := squashPages(pdfText(t, data))
	if !found(pages, squash(long)) {
		t.Errorf("the long name is not in the PDF")
	}
	// pdftotext drops text outside the page; every copy on the cover must
	// be whole: name, title, facilitator, industry, participant and role.
	if got := strings.Count(pages[0]+pages[1]+pages[2], squash(long)); got < 4 {
		t.Errorf("got %d whole copies of the long name on the first pages, want at least 4", got)
	}
	// The battle card shows the competitor's whole name and location.
	card := ""
	for _, p := range pages {
		if strings.Contains(p, "4Wettbewerber") {
			card = p
		}
	}
	if got := strings.Count(card, squash(long)); got != 2 {
		t.Errorf("got %d whole copies of the long name on the battle card page, want 2 (name and location)", got)
	}
}
