package crashtest_test

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"strings"

	"kamworkbench/internal/kam"
	"kamworkbench/internal/sqlite"
)

// A fact is one observable piece of the workspace, named by a key:
//
//	name/<client>            the client's name
//	account/<client>         the row counts of everything recorded about a
//	                         client other than the one the edits work on
//	answer/<workshop>/<q>    rating, n/a, follow-up and notes of one answer
//	pos/<stakeholder>        a stakeholder's place on the map
//	person/<name>            a stakeholder of that name exists
//	action/<title>           an action of that title exists
//
// A missing fact reads as absent.
const absent = "-"

// change is one edit of the stream: the facts it changes, each with the
// value before and after.
type change struct {
	N     int                  `json:"n"`
	Kind  string               `json:"kind"`
	Facts map[string][2]string `json:"facts"`
}

// fingerprint sums up an account by its row counts, so a half-written one
// shows.
func fingerprint(acc kam.Account) string {
	var participants, answers, actions int
	for _, w := range acc.Workshops {
		participants += len(w.Participants)
		answers += len(w.Answers)
		actions += len(w.Actions)
	}
	return fmt.Sprintf("w%d p%d q%d a%d s%d r%d c%d o%d g%d", len(acc.Workshops), participants, answers, actions,
		len(acc.Stakeholders), len(acc.Relations), len(acc.Competitors), len(acc.Opportunities), len(acc.Arguments))
}

func answerValue(a kam.Answer) string {
	r := absent
	if a.Rating != nil {
		r = fmt.Sprint(*a.Rating)
	}
	return fmt.Sprintf("%s|%t|%t|%s|%s", r, a.NA, a.FollowUp, digest(a.Notes), strings.Join(a.Checked, ","))
}

func digest(s string) string {
	h := sha256.Sum256([]byte(s))
	return fmt.Sprintf("%d:%s", len(s), hex.EncodeToString(h[:6]))
}

func position(s kam.Stakeholder) string { return fmt.Sprintf("%g,%g", s.X, s.Y) }

// snapshot reads every fact of the workspace; base is the client the edit
// stream works on.
func snapshot(ctx context.Context, db *sqlite.DB, base string) (map[string]string, error) {
	clients, err := db.Clients(ctx)
	if err != nil {
		return nil, err
	}
	facts := map[string]string{}
	for _, c := range clients {
		acc, err := db.Account(ctx, c.ID)
		if err != nil {
			return nil, err
		}
		if c.ID != base { // the base client changes with every edit; its parts are facts of their own
			facts["account/"+c.ID] = fingerprint(acc)
			continue
		}
		facts["name/"+c.ID] = c.Name
		for _, s := range acc.Stakeholders {
			facts["pos/"+s.ID] = position(s)
			facts["person/"+s.Name] = "1"
		}
		for _, w := range acc.Workshops {
			for _, a := range w.Answers {
				facts["answer/"+w.ID+"/"+a.QuestionID] = answerValue(a)
			}
			for _, a := range w.Actions {
				facts["action/"+a.Title] = "1"
			}
		}
	}
	return facts, nil
}

func get(facts map[string]string, key string) string {
	if v, ok := facts[key]; ok {
		return v
	}
	return absent
}
