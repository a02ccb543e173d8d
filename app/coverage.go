package app

import (
	"context"

	"kamworkbench/internal/kam"
)

// Coverage lists the gaps in how we cover a client's people, judged today:
// the same rules (kam.Coverage) the workshop report prints.
func (s *Stakeholders) Coverage(clientID string) (out []kam.Gap, err error) {
	defer guard(&err)
	ctx := context.Background()
	if _, err := s.db.Client(ctx, clientID); err != nil {
		return nil, err
	}
	people, err := s.db.Stakeholders(ctx, clientID)
	if err != nil {
		return nil, err
	}
	return kam.Coverage(people, s.now()), nil
}
