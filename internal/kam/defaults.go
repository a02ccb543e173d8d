package kam

// NewStakeholder is a person as the window and the contact import start one:
// in no particular department or role yet, neutral, of middling influence,
// with no relationship to us.
func NewStakeholder() Stakeholder {
	return Stakeholder{Department: "other", BuyingRole: "other", Influence: 3}
}

// NewAction is an action as the window starts one: medium priority, open,
// an even chance of success.
func NewAction() Action {
	return Action{Priority: "medium", Probability: 50, Status: "open"}
}

// NewCompetitor is a competitor as the window starts one: a middling threat.
func NewCompetitor() Competitor {
	return Competitor{Threat: 3}
}

// OpenStages are the stages of an opportunity still in play; won and lost
// are closed.
var OpenStages = []Stage{"lead", "qualified", "proposal", "negotiation"}

// StageProbability is the starting probability (%) of an opportunity in
// each stage.
var StageProbability = map[Stage]int{
	"lead": 10, "qualified": 25, "proposal": 50, "negotiation": 75, "won": 100, "lost": 0,
}

// NewOpportunity is an opportunity as the window starts one in a stage, with
// that stage's starting probability.
func NewOpportunity(stage Stage) Opportunity {
	return Opportunity{Stage: stage, Probability: StageProbability[stage]}
}
