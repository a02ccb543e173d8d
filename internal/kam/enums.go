package kam

// Departments of a customer's organisation, as stored.
var Departments = []string{
	"purchasing", "it", "management", "works_council", "finance",
	"operations", "sales", "marketing", "specialist", "other",
}

// BuyingRoles a stakeholder can play in a buying decision.
var BuyingRoles = []string{
	"decision_maker", "economic_buyer", "technical_buyer", "user",
	"influencer", "gatekeeper", "champion", "other",
}

// RelationKinds between two stakeholders.
var RelationKinds = []string{"reports_to", "influences", "conflict"}

// Stages of an opportunity, in funnel order.
var Stages = []string{"lead", "qualified", "proposal", "negotiation", "won", "lost"}

// Priorities of an action, highest first.
var Priorities = []string{"high", "medium", "low"}

// Statuses of an action.
var Statuses = []string{"open", "in_progress", "done"}

// The numbered scales, both ends included.
const (
	MinRating, MaxRating             = 0, 4  // an answer's or a vote's rating: 0 none … 4 exemplary
	MinAttitude, MaxAttitude         = -2, 2 // a stakeholder's attitude to us: opposed … supportive
	MinInfluence, MaxInfluence       = 1, 5  // a stakeholder's influence on the decision
	MinRelationship, MaxRelationship = 0, 3  // how strong our relationship is: none … close
	MinThreat, MaxThreat             = 1, 5  // how much a competitor threatens us
)

// KeyDepartments are the departments whose coverage matters by default.
var KeyDepartments = []string{"purchasing", "it", "management", "works_council", "finance"}

func oneOf(v string, set []string) bool {
	for _, s := range set {
		if v == s {
			return true
		}
	}
	return false
}
