// Package bundle reads and writes .kamw bundles: a ZIP that carries one
// client with everything recorded about it from one laptop to another
// (DESIGN.md, "Bundle format v2").
//
// A bundle holds manifest.json ({"format": "kam-workbench/bundle",
// "version": 2}), workshop.json with the account, and optionally
// attachments/…, which this version ignores. Bundles are untrusted input:
// Read checks the archive's structure, names and sizes before it unpacks
// anything, and every value before it hands the account on, so that a
// refused bundle never reaches the workspace.
package bundle

import (
	"archive/zip"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"time"

	"kamworkbench/internal/kam"
)

// Format and Version identify the bundles this package writes; it reads
// versions 1 and 2 (a v1 participant gets a new id and side customer, a v1
// answer's notes stay internal notes, a v1 action is not internal).
const (
	Format  = "kam-workbench/bundle"
	Version = 2
)

// Limits on what Read unpacks.
const (
	MaxUnpacked = 256 << 20 // bytes of all entries together, unpacked
	MaxEntries  = 1000      // entries in the archive
)

// Names of the entries of a bundle.
const (
	manifestName  = "manifest.json"
	workshopName  = "workshop.json"
	attachmentDir = "attachments"
)

// manifest is manifest.json.
type manifest struct {
	Format  string `json:"format"`
	Version int    `json:"version"`
}

// document is workshop.json. The wire types below are the contract of
// DESIGN.md, kept apart from the domain's own JSON so that neither can
// change the other by accident. Fields beyond the contract (an answer's
// ticked options, an argument's buying role) make export then import
// lossless; readers that do not know them ignore them.
type document struct {
	Format        string        `json:"format"`
	Version       int           `json:"version"`
	ExportedAt    string        `json:"exported_at"`
	Client        client        `json:"client"`
	Workshops     []workshop    `json:"workshops"`
	Stakeholders  []stakeholder `json:"stakeholders"`
	Relations     []relation    `json:"relations"`
	Competitors   []competitor  `json:"competitors"`
	Opportunities []opportunity `json:"opportunities"`
	Arguments     []argument    `json:"arguments"`
}

type client struct {
	ID       string `json:"id"`
	Name     string `json:"name"`
	Industry string `json:"industry"`
	Location string `json:"location"`
	Notes    string `json:"notes"`
	SWOT     swot   `json:"swot"`
}

type swot struct {
	Strengths     string `json:"strengths"`
	Weaknesses    string `json:"weaknesses"`
	Opportunities string `json:"opportunities"`
	Threats       string `json:"threats"`
}

type workshop struct {
	ID           string        `json:"id"`
	Title        string        `json:"title"`
	Date         string        `json:"date"`
	Location     string        `json:"location"`
	Facilitator  string        `json:"facilitator"`
	Participants []participant `json:"participants"`
	Answers      []answer      `json:"answers"`
	Votes        []vote        `json:"votes"`
	Actions      []action      `json:"actions"`
}

type participant struct {
	ID            string `json:"id"`
	Name          string `json:"name"`
	Role          string `json:"role"`
	Side          string `json:"side"`
	StakeholderID string `json:"stakeholder_id"`
}

type vote struct {
	ParticipantID string `json:"participant_id"`
	QuestionID    string `json:"question_id"`
	Rating        *int   `json:"rating"`
	NA            bool   `json:"na"`
}

type answer struct {
	QuestionID string   `json:"question_id"`
	Rating     *int     `json:"rating"`
	NA         bool     `json:"na"`
	Finding    string   `json:"finding"`
	Notes      string   `json:"notes"`
	FollowUp   bool     `json:"follow_up"`
	Checked    []string `json:"checked"`
}

type action struct {
	ID          string `json:"id"`
	Title       string `json:"title"`
	Owner       string `json:"owner"`
	Due         string `json:"due"`
	Priority    string `json:"priority"`
	Probability int    `json:"probability"`
	Status      string `json:"status"`
	QuestionID  string `json:"question_id"`
	Internal    bool   `json:"internal"`
}

type stakeholder struct {
	ID             string  `json:"id"`
	Name           string  `json:"name"`
	Title          string  `json:"title"`
	Department     string  `json:"department"`
	BuyingRole     string  `json:"buying_role"`
	Attitude       int     `json:"attitude"`
	Influence      int     `json:"influence"`
	Relationship   int     `json:"relationship"`
	Owner          string  `json:"owner"`
	KnowsPortfolio bool    `json:"knows_portfolio"`
	LastContact    string  `json:"last_contact"`
	Notes          string  `json:"notes"`
	Email          string  `json:"email"`
	Phone          string  `json:"phone"`
	X              float64 `json:"x"`
	Y              float64 `json:"y"`
}

type relation struct {
	ID   string `json:"id"`
	From string `json:"from"`
	To   string `json:"to"`
	Kind string `json:"kind"`
}

type competitor struct {
	ID         string `json:"id"`
	Name       string `json:"name"`
	Location   string `json:"location"`
	Strengths  string `json:"strengths"`
	Weaknesses string `json:"weaknesses"`
	Partners   string `json:"partners"`
	Counter    string `json:"counter"`
	Threat     int    `json:"threat"`
}

type opportunity struct {
	ID            string  `json:"id"`
	Title         string  `json:"title"`
	Value         float64 `json:"value"`
	Stage         string  `json:"stage"`
	Probability   int     `json:"probability"`
	ExpectedClose string  `json:"expected_close"`
	NextStep      string  `json:"next_step"`
}

type argument struct {
	ID         string `json:"id"`
	Feature    string `json:"feature"`
	Advantage  string `json:"advantage"`
	Benefit    string `json:"benefit"`
	BuyingRole string `json:"buying_role"`
}

// Write writes acc as a bundle to w, stamped with exportedAt. It does not
// validate acc: what the workspace holds has been validated on the way in,
// and a caller that wants certainty reads the bundle back (see Read).
func Write(w io.Writer, acc kam.Account, exportedAt time.Time) error {
	man, err := marshal(manifest{Format: Format, Version: Version})
	if err != nil {
		return err
	}
	doc, err := marshal(toDocument(acc, exportedAt))
	if err != nil {
		return err
	}
	zw := zip.NewWriter(w)
	for _, e := range []struct {
		name string
		data []byte
	}{{manifestName, man}, {workshopName, doc}} {
		f, err := zw.CreateHeader(&zip.FileHeader{Name: e.name, Method: zip.Deflate, Modified: exportedAt.UTC()})
		if err != nil {
			return fmt.Errorf("write bundle: %w", err)
		}
		if _, err := f.Write(e.data); err != nil {
			return fmt.Errorf("write bundle: %w", err)
		}
	}
	if err := zw.Close(); err != nil {
		return fmt.Errorf("write bundle: %w", err)
	}
	return nil
}

// marshal encodes v as indented JSON, leaving <, > and & as they are: the
// file is read by people as well as programs.
func marshal(v any) ([]byte, error) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(v); err != nil {
		return nil, fmt.Errorf("write bundle: %w", err)
	}
	return buf.Bytes(), nil
}

func toDocument(acc kam.Account, exportedAt time.Time) document {
	c := acc.Client
	doc := document{
		Format:     Format,
		Version:    Version,
		ExportedAt: exportedAt.UTC().Format(time.RFC3339),
		Client: client{ID: c.ID, Name: c.Name, Industry: c.Industry, Location: c.Location, Notes: c.Notes,
			SWOT: swot(c.SWOT)},
		Workshops:     make([]workshop, 0, len(acc.Workshops)),
		Stakeholders:  make([]stakeholder, 0, len(acc.Stakeholders)),
		Relations:     make([]relation, 0, len(acc.Relations)),
		Competitors:   make([]competitor, 0, len(acc.Competitors)),
		Opportunities: make([]opportunity, 0, len(acc.Opportunities)),
		Arguments:     make([]argument, 0, len(acc.Arguments)),
	}
	for _, w := range acc.Workshops {
		ww := workshop{ID: w.ID, Title: w.Title, Date: w.Date, Location: w.Location, Facilitator: w.Facilitator,
			Participants: make([]participant, 0, len(w.Participants)),
			Answers:      make([]answer, 0, len(w.Answers)),
			Votes:        make([]vote, 0, len(w.Votes)),
			Actions:      make([]action, 0, len(w.Actions))}
		for _, p := range w.Participants {
			ww.Participants = append(ww.Participants, participant(p))
		}
		for _, a := range w.Answers {
			checked := a.Checked
			if checked == nil {
				checked = []string{}
			}
			ww.Answers = append(ww.Answers, answer{QuestionID: a.QuestionID, Rating: a.Rating, NA: a.NA,
				Finding: a.Finding, Notes: a.Notes, FollowUp: a.FollowUp, Checked: checked})
		}
		for _, v := range w.Votes {
			ww.Votes = append(ww.Votes, vote(v))
		}
		for _, a := range w.Actions {
			ww.Actions = append(ww.Actions, action{ID: a.ID, Title: a.Title, Owner: a.Owner, Due: a.Due,
				Priority: a.Priority, Probability: a.Probability, Status: a.Status, QuestionID: a.QuestionID,
				Internal: a.Internal})
		}
		doc.Workshops = append(doc.Workshops, ww)
	}
	for _, s := range acc.Stakeholders {
		doc.Stakeholders = append(doc.Stakeholders, stakeholder{ID: s.ID, Name: s.Name, Title: s.Title,
			Department: s.Department, BuyingRole: s.BuyingRole, Attitude: s.Attitude, Influence: s.Influence,
			Relationship: s.Relationship, Owner: s.Owner, KnowsPortfolio: s.KnowsPortfolio,
			LastContact: s.LastContact, Notes: s.Notes, Email: s.Email, Phone: s.Phone, X: s.X, Y: s.Y})
	}
	for _, r := range acc.Relations {
		doc.Relations = append(doc.Relations, relation{ID: r.ID, From: r.From, To: r.To, Kind: r.Kind})
	}
	for _, x := range acc.Competitors {
		doc.Competitors = append(doc.Competitors, competitor{ID: x.ID, Name: x.Name, Location: x.Location,
			Strengths: x.Strengths, Weaknesses: x.Weaknesses, Partners: x.Partners, Counter: x.Counter, Threat: x.Threat})
	}
	for _, o := range acc.Opportunities {
		doc.Opportunities = append(doc.Opportunities, opportunity{ID: o.ID, Title: o.Title, Value: o.Value,
			Stage: o.Stage, Probability: o.Probability, ExpectedClose: o.ExpectedClose, NextStep: o.NextStep})
	}
	for _, a := range acc.Arguments {
		doc.Arguments = append(doc.Arguments, argument{ID: a.ID, Feature: a.Feature, Advantage: a.Advantage,
			Benefit: a.Benefit, BuyingRole: a.BuyingRole})
	}
	return doc
}
