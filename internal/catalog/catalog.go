// Package catalog provides the assessment questionnaire as versioned data
// embedded in the binary, in German and English.
//
// The data lives in questions.json and is taken from the German seed
// (shared/seed/kam-assessment-questions.de.txt, copied to
// testdata/seed.de.txt). It is organised in five areas with fixed ids, in
// this order: organisation, marketing, account_management,
// market_competition and product.
//
// How the seed maps onto the catalogue:
//
//   - The seed opens under the heading "Account / Key Account Management"
//     with two questions before its first section: which tools capture,
//     manage, share and archive customer information, and how the customer
//     is given the confidence of having the right partner. Both are about
//     the account relationship itself, so they are the first two questions
//     of account_management (kam.customer_info_tools, kam.trusted_partner),
//     and that area's intro is the seed's opening sentence.
//   - As a rule one seed sentence ending in "?" is one question. A sentence
//     that only follows up the one before it ("Wenn ja: Wie?", "Woher wissen
//     wir das?", "Wie sieht dieser aus?", "Parallel oder synchron?", "Wo sitzen
//     die Wettbewerber?", "Kennt er die Tools?", "Werden diese zielgerichtet
//     eingesetzt?") is a follow-up prompt of that question. "Wird der Funnel
//     kontinuierlich gepflegt?" is kept as a question of its own, because a
//     funnel that exists and one that is kept up to date are rated apart.
//   - A list inside a question becomes its tickable options. The seed's
//     stand-alone list of marketing measures is the options of
//     mkt.sales_support_measures. The departments of kam.contacts_known use
//     the ids of the stakeholder departments in DESIGN.md.
//   - German is kept as written, with obvious slips fixed: "ins das CRM" →
//     "ist das CRM", "Leitungsportfolio" → "Leistungsportfolio", "der der" →
//     "der", "Intension" → "Intention", "an CRM-Tool angebunden." → "an das
//     CRM-Tool angebunden?", "zielgerichtet eingesetzt." → "… eingesetzt?",
//     "optimaler Weise" → "optimalerweise", "sonstige Vorteile" → "sonstigen
//     Vorteile", and two commas ("Abteilungen, rechtzeitig", "Weiß er, wie").
//     "z. Bsp." is dropped from "Sind z. Bsp. alle relevanten Ansprechpartner
//     bekannt", which stands alone as a question here, and the newsletter
//     example moves inside its question. The coverage test in
//     catalog_test.go holds the same list of edits.
//
// Question ids are stable: once shipped, an id never changes meaning, and
// testdata/question-ids.txt guards against renames. Add new questions with
// new ids and bump Version.
package catalog

import (
	"bytes"
	_ "embed"
	"encoding/json"
	"fmt"
	"strconv"
	"strings"
)

//go:embed questions.json
var questionsJSON []byte

// Text is a piece of catalogue text in German and English.
type Text struct {
	DE string `json:"de"`
	EN string `json:"en"`
}

// In returns the text in the given language: English for "en" (or a regional
// variant such as "en-GB", in any case), German for anything else. It falls
// back to German if the English text is empty.
func (t Text) In(lang string) string {
	primary, _, _ := strings.Cut(lang, "-")
	primary, _, _ = strings.Cut(primary, "_")
	if strings.EqualFold(primary, "en") && t.EN != "" {
		return t.EN
	}
	return t.DE
}

// Option is one tickable item of a list question, such as a marketing
// measure or a department. Its id is stable within its question.
type Option struct {
	ID    string `json:"id"`
	Label Text   `json:"label"`
}

// Guide describes what ratings 0 (none), 2 (partly) and 4 (exemplary) look
// like for one question, so that two consultants rate alike; ratings 1
// (initial) and 3 (established) lie in between. In JSON the keys are the
// ratings themselves: "0", "2" and "4".
type Guide struct {
	Zero Text `json:"0"`
	Two  Text `json:"2"`
	Four Text `json:"4"`
}

// Question is one question of the assessment. Followups are prompts that
// deepen the question during the workshop; they are not rated on their own.
// Number is the question's number as the window, the reports and every
// export show it: its area's place and its own place in the area, "1.3".
// It is not in questions.json: Load numbers the questions in order.
type Question struct {
	ID        string   `json:"id"`
	Number    string   `json:"number"`
	Text      Text     `json:"text"`
	Followups []Text   `json:"followups"`
	Options   []Option `json:"options"`
	Guide     Guide    `json:"guide"`
}

// Area is one of the five areas of the assessment, with its questions in
// order. Intro is an optional short introduction; it is either empty or
// given in both languages.
type Area struct {
	ID        string     `json:"id"`
	Title     Text       `json:"title"`
	Intro     Text       `json:"intro"`
	Questions []Question `json:"questions"`
}

// Catalog is the whole questionnaire at one version. Treat it and everything
// returned from it as read-only: lookups hand out values that share slices
// with the catalogue.
type Catalog struct {
	Version string `json:"version"`
	Areas   []Area `json:"areas"`
}

// Load parses the embedded questionnaire and validates it. Each call parses
// anew; callers keep the result.
func Load() (*Catalog, error) {
	return parse(questionsJSON)
}

// MustLoad is like Load but panics if the embedded data is broken, which
// the package's tests rule out before anything ships.
func MustLoad() *Catalog {
	c, err := Load()
	if err != nil {
		panic(err)
	}
	return c
}

func parse(data []byte) (*Catalog, error) {
	dec := json.NewDecoder(bytes.NewReader(data))
	// An unknown field in the data is a typo in a key, never something to skip.
	dec.DisallowUnknownFields()
	var c Catalog
	if err := dec.Decode(&c); err != nil {
		return nil, fmt.Errorf("parse catalog: %w", err)
	}
	if dec.More() {
		return nil, fmt.Errorf("parse catalog: trailing data after the catalogue")
	}
	if err := c.Validate(); err != nil {
		return nil, err
	}
	for i := range c.Areas {
		for j := range c.Areas[i].Questions {
			c.Areas[i].Questions[j].Number = strconv.Itoa(i+1) + "." + strconv.Itoa(j+1)
		}
	}
	return &c, nil
}

// Question returns the question with the given id.
func (c *Catalog) Question(id string) (Question, bool) {
	for _, a := range c.Areas {
		for _, q := range a.Questions {
			if q.ID == id {
				return q, true
			}
		}
	}
	return Question{}, false
}

// AreaOf returns the id of the area that holds the given question.
func (c *Catalog) AreaOf(questionID string) (string, bool) {
	for _, a := range c.Areas {
		for _, q := range a.Questions {
			if q.ID == questionID {
				return a.ID, true
			}
		}
	}
	return "", false
}

// Area returns the area with the given id.
func (c *Catalog) Area(id string) (Area, bool) {
	for _, a := range c.Areas {
		if a.ID == id {
			return a, true
		}
	}
	return Area{}, false
}

// QuestionIDs returns the ids of all questions in catalogue order: area by
// area, and within an area as asked.
func (c *Catalog) QuestionIDs() []string {
	var ids []string
	for _, a := range c.Areas {
		for _, q := range a.Questions {
			ids = append(ids, q.ID)
		}
	}
	return ids
}
