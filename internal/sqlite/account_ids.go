package sqlite

import (
	"context"
	"encoding/json"

	"kamworkbench/internal/kam"
)

// ForeignID returns the id of the first record of acc that is already
// stored under another client, and what kind of record it is ("" and ""
// when none is), so that an import can explain the clash before PutAccount
// would refuse it. Records of acc's own client do not count: PutAccount
// with replace deletes them first.
func (db *DB) ForeignID(ctx context.Context, acc kam.Account) (what, id string, err error) {
	var workshops, actions, participants []string
	for _, w := range acc.Workshops {
		workshops = append(workshops, w.ID)
		for _, a := range w.Actions {
			actions = append(actions, a.ID)
		}
		for _, p := range w.Participants {
			participants = append(participants, p.ID)
		}
	}
	for _, t := range []struct {
		what, query string
		ids         []string
	}{
		{"workshop", "SELECT id FROM workshops WHERE client_id <> ?2 AND id IN (SELECT value FROM json_each(?1)) LIMIT 1", workshops},
		{"action", `SELECT a.id FROM actions a JOIN workshops w ON w.id = a.workshop_id
			WHERE w.client_id <> ?2 AND a.id IN (SELECT value FROM json_each(?1)) LIMIT 1`, actions},
		{"participant", `SELECT p.id FROM participants p JOIN workshops w ON w.id = p.workshop_id
			WHERE w.client_id <> ?2 AND p.id IN (SELECT value FROM json_each(?1)) LIMIT 1`, participants},
		{"stakeholder", "SELECT id FROM stakeholders WHERE client_id <> ?2 AND id IN (SELECT value FROM json_each(?1)) LIMIT 1",
			idsOf(acc.Stakeholders, func(s kam.Stakeholder) string { return s.ID })},
		{"relation", "SELECT id FROM relations WHERE client_id <> ?2 AND id IN (SELECT value FROM json_each(?1)) LIMIT 1",
			idsOf(acc.Relations, func(r kam.Relation) string { return r.ID })},
		{"competitor", "SELECT id FROM competitors WHERE client_id <> ?2 AND id IN (SELECT value FROM json_each(?1)) LIMIT 1",
			idsOf(acc.Competitors, func(c kam.Competitor) string { return c.ID })},
		{"opportunity", "SELECT id FROM opportunities WHERE client_id <> ?2 AND id IN (SELECT value FROM json_each(?1)) LIMIT 1",
			idsOf(acc.Opportunities, func(o kam.Opportunity) string { return o.ID })},
		{"argument", "SELECT id FROM arguments WHERE client_id <> ?2 AND id IN (SELECT value FROM json_each(?1)) LIMIT 1",
			idsOf(acc.Arguments, func(a kam.Argument) string { return a.ID })},
	} {
		if len(t.ids) == 0 {
			continue
		}
		list, err := json.Marshal(t.ids)
		if err != nil {
			return "", "", err
		}
		rows, err := db.db.QueryContext(ctx, t.query, string(list), acc.Client.ID)
		if err != nil {
			return "", "", err
		}
		var found string
		if rows.Next() {
			err = rows.Scan(&found)
		}
		if err == nil {
			err = rows.Err()
		}
		rows.Close()
		if err != nil {
			return "", "", err
		}
		if found != "" {
			return t.what, found, nil
		}
	}
	return "", "", nil
}

func idsOf[T any](list []T, id func(T) string) []string {
	out := make([]string, len(list))
	for i, v := range list {
		out[i] = id(v)
	}
	return out
}
