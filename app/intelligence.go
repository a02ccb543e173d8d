package app

import (
	"context"

	"kamworkbench/internal/kam"
	"kamworkbench/internal/sqlite"
)

// Intelligence is the bound service for competitors, opportunities and
// arguments of a client.
type Intelligence struct {
	db  *sqlite.DB
	bin *Bin
}

// Competitors returns a client's competitors, the biggest threat first.
func (s *Intelligence) Competitors(clientID string) (out []kam.Competitor, err error) {
	defer guard(&err)
	return s.db.Competitors(context.Background(), clientID)
}

// SaveCompetitor creates or updates a competitor.
func (s *Intelligence) SaveCompetitor(c kam.Competitor) (out kam.Competitor, err error) {
	defer guard(&err)
	return s.db.SaveCompetitor(context.Background(), c)
}

// DeleteCompetitor deletes a competitor; Bin.PutBack undoes it.
func (s *Intelligence) DeleteCompetitor(id string) (out Deleted, err error) {
	defer guard(&err)
	return s.bin.remove(sqlite.KindCompetitor, id)
}

// Opportunities returns a client's opportunities.
func (s *Intelligence) Opportunities(clientID string) (out []kam.Opportunity, err error) {
	defer guard(&err)
	return s.db.Opportunities(context.Background(), clientID)
}

// SaveOpportunity creates or updates an opportunity.
func (s *Intelligence) SaveOpportunity(o kam.Opportunity) (out kam.Opportunity, err error) {
	defer guard(&err)
	return s.db.SaveOpportunity(context.Background(), o)
}

// DeleteOpportunity deletes an opportunity; Bin.PutBack undoes it.
func (s *Intelligence) DeleteOpportunity(id string) (out Deleted, err error) {
	defer guard(&err)
	return s.bin.remove(sqlite.KindOpportunity, id)
}

// Arguments returns a client's feature-advantage-benefit arguments in order.
func (s *Intelligence) Arguments(clientID string) (out []kam.Argument, err error) {
	defer guard(&err)
	return s.db.Arguments(context.Background(), clientID)
}

// SaveArgument creates or updates an argument.
func (s *Intelligence) SaveArgument(a kam.Argument) (out kam.Argument, err error) {
	defer guard(&err)
	return s.db.SaveArgument(context.Background(), a)
}

// ReorderArguments puts a client's arguments into the order of ids.
func (s *Intelligence) ReorderArguments(clientID string, ids []string) (err error) {
	defer guard(&err)
	if err := checkCount("arguments", len(ids)); err != nil {
		return err
	}
	return s.db.ReorderArguments(context.Background(), clientID, ids)
}

// DeleteArgument deletes an argument; Bin.PutBack undoes it.
func (s *Intelligence) DeleteArgument(id string) (out Deleted, err error) {
	defer guard(&err)
	return s.bin.remove(sqlite.KindArgument, id)
}
