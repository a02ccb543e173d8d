// Package bundletest builds accounts for testing bundles and everything
// that stores or shows an account: one full of hostile text, and one of the
// size of a large client.
package bundletest

import (
	"fmt"
	"strings"

	"github.com/google/uuid"

	"kamworkbench/internal/kam"
)

// Attack is markup and quoting that must come back as plain text.
const Attack = ` "Anführung" 'single' \back\slash </script><script>alert(1)</script><img src=x onerror=alert(2)> & &amp; ]}`

// Voices are names and notes in the languages a consultant meets, with
// emoji, joiners and right-to-left text.
var Voices = []string{
	"Jürgen Weiß-Müller, Größenwahn & Söhne GmbH",
	"Şükrü Öztürk, İğdır Gıda Sanayi ve Ticaret A.Ş.",
	"Bjørn Ærøskøbing & Åsa Söderström, Göteborg",
	"شركة الأمل للتجارة والمقاولات — محمد العبدالله",
	"北京华为技术有限公司 · 王小明（采购部）",
	"🚀 Kunde 👩🏽‍💼 Zusammenarbeit 🇩🇪🇹🇷🇸🇪 ✅",
}

// Text returns voice i with the attack appended: at most 500 characters, so
// it fits every single-line field.
func Text(i int) string { return Voices[i%len(Voices)] + Attack }

// Long returns a note of n characters cycling through the voices, with line
// breaks of every kind.
func Long(n int) string {
	var b strings.Builder
	for i := 0; b.Len() < 8*n; i++ {
		b.WriteString(Text(i))
		b.WriteString([]string{"\n", "\r\n", "\t", "\u2028"}[i%4])
	}
	r := []rune(b.String())
	return string(r[:n])
}

func id() string { return uuid.NewString() }

func ptr(i int) *int { return &i }

// Hostile returns an account with hostile text in every text field, a
// 20,000-character note, every enum value and both ends of every range,
// answering the given questions.
func Hostile(questionIDs []string) kam.Account {
	long := Long(20_000)
	t := Text
	acc := kam.Account{
		Client: kam.Client{ID: id(), Name: t(0), Industry: t(1), Location: t(2), Notes: long,
			SWOT: kam.SWOT{Strengths: t(3), Weaknesses: t(4), Opportunities: t(5), Threats: long}},
	}
	for i, d := range kam.Departments {
		acc.Stakeholders = append(acc.Stakeholders, kam.Stakeholder{ID: id(), Name: t(i), Title: t(i + 1),
			Department: d, BuyingRole: kam.BuyingRoles[i%len(kam.BuyingRoles)],
			Attitude: i%5 - 2, Influence: i%5 + 1, Relationship: i % 4, Owner: t(i + 2), KnowsPortfolio: i%2 == 0,
			LastContact: []string{"", "2024-02-29", "1999-12-31"}[i%3], Notes: []string{long, t(i), ""}[i%3],
			Email: t(i + 3), Phone: t(i + 4), X: []float64{0, -1234.5, 1e-7, 99999.125}[i%4], Y: float64(i) * 33.3})
	}
	for i, kind := range kam.RelationKinds {
		s := acc.Stakeholders
		acc.Relations = append(acc.Relations, kam.Relation{ID: id(), From: s[i].ID, To: s[i+1].ID, Kind: kind})
	}
	for i := 1; i <= 5; i++ {
		acc.Competitors = append(acc.Competitors, kam.Competitor{ID: id(), Name: t(i), Location: t(i + 1),
			Strengths: t(i + 2), Weaknesses: long, Partners: t(i + 3), Counter: t(i + 4), Threat: i})
	}
	for i, stage := range kam.Stages {
		acc.Opportunities = append(acc.Opportunities, kam.Opportunity{ID: id(), Title: t(i),
			Value: []float64{0, 0.01, 1234567.89, 1e12}[i%4], Stage: stage, Probability: []int{0, 100, 37}[i%3],
			ExpectedClose: []string{"", "2027-01-31"}[i%2], NextStep: t(i + 1)})
	}
	for i := range 4 {
		role := ""
		if i > 0 {
			role = kam.BuyingRoles[i]
		}
		acc.Arguments = append(acc.Arguments, kam.Argument{ID: id(), Feature: t(i), Advantage: t(i + 1),
			Benefit: Long(1000), BuyingRole: role})
	}
	for n := range 2 {
		w := kam.WorkshopData{Workshop: kam.Workshop{ID: id(), Title: t(n), Date: []string{"2026-02-28", ""}[n],
			Location: t(n + 1), Facilitator: t(n + 2)}}
		for i := range len(Voices) {
			p := kam.Participant{ID: id(), Name: t(i), Role: t(i + 1), Side: kam.Sides[i%2]}
			if i%3 == 0 {
				p.StakeholderID = acc.Stakeholders[i%len(acc.Stakeholders)].ID
			}
			w.Participants = append(w.Participants, p)
		}
		for i, q := range questionIDs {
			a := kam.Answer{QuestionID: q, Finding: t(i + 2), Notes: t(i), Checked: []string{}}
			switch i % 4 {
			case 0:
				a.Rating = ptr(i % 5)
			case 1:
				a.NA, a.Notes = true, long
			case 2:
				a.Rating, a.FollowUp, a.Checked = ptr(4), true, []string{"opt_a", "opt-b"}
			}
			w.Answers = append(w.Answers, a)
			for j, p := range w.Participants {
				switch (i + j) % 3 {
				case 0:
					w.Votes = append(w.Votes, kam.Vote{ParticipantID: p.ID, QuestionID: q, Rating: ptr((i + j) % 5)})
				case 1:
					w.Votes = append(w.Votes, kam.Vote{ParticipantID: p.ID, QuestionID: q, NA: true})
				}
			}
		}
		for i, p := range kam.Priorities {
			q := ""
			if len(questionIDs) > 0 && i > 0 {
				q = questionIDs[i%len(questionIDs)]
			}
			w.Actions = append(w.Actions, kam.Action{ID: id(), Title: t(i), Owner: t(i + 1),
				Due: []string{"", "2026-12-31", "2027-02-28"}[i], Priority: p, Probability: []int{0, 50, 100}[i],
				Status: kam.Statuses[i], QuestionID: q, Internal: i%2 == 1})
		}
		acc.Workshops = append(acc.Workshops, w)
	}
	return acc
}

// Large returns an account the size of a large client: 300 stakeholders,
// 600 relations, 40 competitors, 200 actions and, in each of workshops
// rounds, every question answered with a note of noteLen characters.
func Large(questionIDs []string, workshops, noteLen int) kam.Account {
	note, short := Long(noteLen), Long(min(noteLen, 500))
	acc := kam.Account{Client: kam.Client{ID: id(), Name: "Großkunde AG", Notes: note}}
	for i := range 300 {
		acc.Stakeholders = append(acc.Stakeholders, kam.Stakeholder{ID: id(), Name: fmt.Sprintf("Person %03d Ñandú", i),
			Title: "Leitung", Department: kam.Departments[i%len(kam.Departments)],
			BuyingRole: kam.BuyingRoles[i%len(kam.BuyingRoles)], Attitude: i%5 - 2, Influence: i%5 + 1,
			Relationship: i % 4, Notes: short, X: float64(i * 40), Y: float64(i % 17 * 60)})
	}
	for i := range 600 {
		s := acc.Stakeholders
		acc.Relations = append(acc.Relations, kam.Relation{ID: id(), From: s[i%300].ID, To: s[(i*7+1)%300].ID,
			Kind: kam.RelationKinds[i%3]})
	}
	for i := range 40 {
		acc.Competitors = append(acc.Competitors, kam.Competitor{ID: id(), Name: fmt.Sprintf("Wettbewerber %d", i),
			Strengths: note, Weaknesses: note, Counter: note, Threat: i%5 + 1})
	}
	for n := range workshops {
		w := kam.WorkshopData{Workshop: kam.Workshop{ID: id(), Title: fmt.Sprintf("Runde %d", n+1),
			Date: fmt.Sprintf("2026-%02d-15", n%12+1)}}
		for i, q := range questionIDs {
			w.Answers = append(w.Answers, kam.Answer{QuestionID: q, Rating: ptr(i % 5), Notes: note, Checked: []string{}})
		}
		for i := range 200 / workshops {
			w.Actions = append(w.Actions, kam.Action{ID: id(), Title: fmt.Sprintf("Maßnahme %d", i), Owner: "KAM",
				Due: "2027-01-15", Priority: kam.Priorities[i%3], Probability: i % 101, Status: kam.Statuses[i%3]})
		}
		acc.Workshops = append(acc.Workshops, w)
	}
	return acc
}
