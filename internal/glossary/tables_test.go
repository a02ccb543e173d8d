package glossary_test

import (
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"kamworkbench/internal/glossary"
)

// sources lists the project's own source files of Go and TypeScript, tests
// and generated code left out.
func sources(t *testing.T) []string {
	t.Helper()
	root := filepath.Join("..", "..")
	skipDirs := []string{"node_modules", "wailsjs", "dist", ".git", "testdata", "build", "artefacts"}
	var out []string
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() {
			if slices.Contains(skipDirs, d.Name()) || path == filepath.Join(root, "internal", "glossary") {
				return filepath.SkipDir
			}
			return nil
		}
		name := d.Name()
		switch {
		case strings.HasSuffix(name, "_test.go"), strings.Contains(name, ".test."), strings.Contains(name, ".spec."):
		case strings.HasSuffix(name, ".go"), strings.HasSuffix(name, ".ts"), strings.HasSuffix(name, ".tsx"):
			out = append(out, path)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(out) < 50 {
		t.Fatalf("found %d source files under %s; the walk is looking in the wrong place", len(out), root)
	}
	return out
}

// coincidences are strings that read like a label of the glossary but mean
// something else where they stand.
var coincidences = map[string]string{
	"No owner": "an action nobody is responsible for (the action plan's filter)",
}

// TestNoOtherTableOfLabels fails when labels of the glossary are written
// anywhere else: a table keyed by enum values (three values of one kind with
// a text each, in neighbouring lines: `high: 'Hoch', medium: …`, "dept.it":
// …), a label keyed by a value only one kind has (economic_buyer: '…'), or
// a distinctive label as a string literal. Such copies are how the PDF, the
// CSV and the window came to disagree.
func TestNoOtherTableOfLabels(t *testing.T) {
	kindOf := map[string][]glossary.Kind{} // value → the kinds that have it
	labels := map[string]bool{}
	for _, lang := range glossary.Languages {
		for _, kind := range glossary.Kinds(lang) {
			for _, v := range glossary.Values(lang, kind) {
				if !slices.Contains(kindOf[v], kind) {
					kindOf[v] = append(kindOf[v], kind)
				}
				if l := glossary.Label(lang, kind, v); len([]rune(l)) >= 8 {
					labels[l] = true
				}
			}
		}
	}
	for l := range labels {
		if _, ok := kindOf[l]; ok || coincidences[l] != "" {
			delete(labels, l) // an id, or a coincidence: not a copy of a label
		}
	}
	var alt []string
	for v := range kindOf {
		alt = append(alt, regexp.QuoteMeta(v))
	}
	slices.Sort(alt)
	// A key that is an enum value, perhaps after a prefix ("dept."), with a
	// text after it (perhaps in braces, as Go's {"de", "en"} pairs); the
	// text tells a colour (#…) or a sentence ({{name}} …) from a label.
	keyed := regexp.MustCompile(`(?:^|[\s{,])["']?(?:[a-z]+\.)?(` + strings.Join(alt, "|") + `)["']?\s*:\s*\{?\s*["'` + "`" + `]([^"'` + "`" + `]*)`)
	const run = 3 // values of one kind that make a table
	for _, path := range sources(t) {
		data, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		seen := map[glossary.Kind]map[string]bool{} // keyed values of each kind in the current stretch of lines
		for i, line := range strings.Split(string(data), "\n") {
			n := i + 1
			trimmed := strings.TrimSpace(line)
			if strings.HasPrefix(trimmed, "//") || strings.HasPrefix(trimmed, "/*") || strings.HasPrefix(trimmed, "*") {
				continue
			}
			matches := keyed.FindAllStringSubmatch(line, -1)
			if len(matches) == 0 && trimmed != "" {
				clear(seen)
			}
			for _, m := range matches {
				v := m[1]
				if strings.HasPrefix(m[2], "#") || strings.Contains(m[2], "{{") {
					continue // a colour by value, or a sentence about it: not a label
				}
				if strings.Contains(v, "_") && len(kindOf[v]) == 1 && kindOf[v][0] != glossary.CoverageGapShort {
					t.Errorf("%s:%d: a label keyed by the %s %q; labels live in internal/glossary/words.json", path, n, kindOf[v][0], v)
				}
				for _, k := range kindOf[v] {
					if seen[k] == nil {
						seen[k] = map[string]bool{}
					}
					seen[k][v] = true
					if len(seen[k]) == run {
						t.Errorf("%s:%d: a table of %s labels; labels live in internal/glossary/words.json", path, n, k)
					}
				}
			}
			for l := range labels {
				if strings.Contains(line, `"`+l+`"`) || strings.Contains(line, `'`+l+`'`) {
					t.Errorf("%s:%d: the glossary's label %q written again; read it from internal/glossary/words.json", path, n, l)
				}
			}
		}
	}
}
