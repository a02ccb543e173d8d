package catalog

import (
	"errors"
	"fmt"
	"regexp"
	"strings"
)

// areaIDs are the ids of the five areas, in catalogue order. They are fixed:
// reports, scores and bundles rely on them.
var areaIDs = [...]string{
	"organisation",
	"marketing",
	"account_management",
	"market_competition",
	"product",
}

// idPrefix is the namespace of question ids in each area.
var idPrefix = map[string]string{
	"organisation":       "org",
	"marketing":          "mkt",
	"account_management": "kam",
	"market_competition": "mc",
	"product":            "prod",
}

var (
	questionIDPattern = regexp.MustCompile(`^[a-z]+\.[a-z][a-z0-9_]*$`)
	optionIDPattern   = regexp.MustCompile(`^[a-z][a-z0-9_]*$`)
)

// Validate reports every problem with the catalogue: a missing version, areas
// other than the five fixed ones in order, a question id that is duplicated,
// malformed or outside its area's namespace, a text, follow-up, option or
// guide entry missing a language, and question or follow-up texts that do not
// end in "?".
func (c *Catalog) Validate() error {
	var errs []error
	fail := func(format string, args ...any) {
		errs = append(errs, fmt.Errorf(format, args...))
	}

	if strings.TrimSpace(c.Version) == "" {
		fail("catalog: version is empty")
	}
	if len(c.Areas) != len(areaIDs) {
		fail("catalog: got %d areas, want %d", len(c.Areas), len(areaIDs))
	}
	seen := make(map[string]bool)
	for i, a := range c.Areas {
		if i < len(areaIDs) && a.ID != areaIDs[i] {
			fail("catalog: area %d is %q, want %q", i+1, a.ID, areaIDs[i])
		}
		where := "area " + a.ID
		checkText(fail, where+" title", a.Title)
		if a.Intro != (Text{}) {
			checkText(fail, where+" intro", a.Intro)
		}
		if len(a.Questions) == 0 {
			fail("catalog: %s has no questions", where)
		}
		for _, q := range a.Questions {
			where := "question " + q.ID
			switch {
			case !questionIDPattern.MatchString(q.ID):
				fail("catalog: %s in area %s: id must look like %q", where, a.ID, "prefix.snake_case")
			case !strings.HasPrefix(q.ID, idPrefix[a.ID]+"."):
				fail("catalog: %s in area %s: id must start with %q", where, a.ID, idPrefix[a.ID]+".")
			}
			if seen[q.ID] {
				fail("catalog: %s: duplicate id", where)
			}
			seen[q.ID] = true

			checkQuestionText(fail, where+" text", q.Text)
			for i, f := range q.Followups {
				checkQuestionText(fail, fmt.Sprintf("%s follow-up %d", where, i+1), f)
			}
			optionSeen := make(map[string]bool)
			for _, o := range q.Options {
				if !optionIDPattern.MatchString(o.ID) {
					fail("catalog: %s option %q: id must be snake_case", where, o.ID)
				}
				if optionSeen[o.ID] {
					fail("catalog: %s option %q: duplicate id", where, o.ID)
				}
				optionSeen[o.ID] = true
				checkText(fail, fmt.Sprintf("%s option %q", where, o.ID), o.Label)
			}
			checkText(fail, where+" guide 0", q.Guide.Zero)
			checkText(fail, where+" guide 2", q.Guide.Two)
			checkText(fail, where+" guide 4", q.Guide.Four)
		}
	}
	return errors.Join(errs...)
}

// checkText requires both languages, without stray whitespace.
func checkText(fail func(string, ...any), where string, t Text) {
	for _, l := range []struct{ lang, s string }{{"de", t.DE}, {"en", t.EN}} {
		switch {
		case strings.TrimSpace(l.s) == "":
			fail("catalog: %s: %s is empty", where, l.lang)
		case strings.TrimSpace(l.s) != l.s || strings.Contains(l.s, "  "):
			fail("catalog: %s: %s has stray whitespace", where, l.lang)
		}
	}
}

// checkQuestionText is checkText for something asked: it ends in "?".
func checkQuestionText(fail func(string, ...any), where string, t Text) {
	checkText(fail, where, t)
	for _, l := range []struct{ lang, s string }{{"de", t.DE}, {"en", t.EN}} {
		if l.s != "" && !strings.HasSuffix(l.s, "?") {
			fail("catalog: %s: %s does not end in %q", where, l.lang, "?")
		}
	}
}
