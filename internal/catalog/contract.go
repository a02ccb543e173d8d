package catalog

// ContractJSON is the questionnaire as printed by `kam-workbench catalog
// --json`, a contract described in DESIGN.md: the version and, per area, its
// id, title and questions with their text and follow-ups, and nothing else.
type ContractJSON struct {
	Version string         `json:"version"`
	Areas   []ContractArea `json:"areas"`
}

// ContractArea is one area in ContractJSON.
type ContractArea struct {
	ID        string             `json:"id"`
	Title     Text               `json:"title"`
	Questions []ContractQuestion `json:"questions"`
}

// ContractQuestion is one question in ContractJSON. Followups is never nil,
// so it marshals as [] when a question has none.
type ContractQuestion struct {
	ID        string `json:"id"`
	Text      Text   `json:"text"`
	Followups []Text `json:"followups"`
}

// Contract returns the catalogue in the shape of the `catalog --json`
// contract. Every list in it is non-nil, so none marshals as null.
func (c *Catalog) Contract() ContractJSON {
	out := ContractJSON{Version: c.Version, Areas: make([]ContractArea, 0, len(c.Areas))}
	for _, a := range c.Areas {
		ca := ContractArea{ID: a.ID, Title: a.Title, Questions: make([]ContractQuestion, 0, len(a.Questions))}
		for _, q := range a.Questions {
			ca.Questions = append(ca.Questions, ContractQuestion{
				ID:        q.ID,
				Text:      q.Text,
				Followups: append(make([]Text, 0, len(q.Followups)), q.Followups...),
			})
		}
		out.Areas = append(out.Areas, ca)
	}
	return out
}
