package kam

// Department is a department of a customer's organisation, as stored.
type Department string

// BuyingRole is the part a stakeholder plays in a buying decision.
type BuyingRole string

// RelationKind is how two stakeholders relate.
type RelationKind string

// Stage is where an opportunity stands in the funnel.
type Stage string

// Priority is how urgent an action is.
type Priority string

// Status is how far an action has come.
type Status string

// Departments of a customer's organisation, as stored.
var Departments = []Department{
	"purchasing", "it", "management", "works_council", "finance",
	"operations", "sales", "marketing", "specialist", "other",
}

// BuyingRoles a stakeholder can play in a buying decision.
var BuyingRoles = []BuyingRole{
	"decision_maker", "economic_buyer", "technical_buyer", "user",
	"influencer", "gatekeeper", "champion", "other",
}

// ArgumentRole is the buying role an argument speaks to: one of the
// BuyingRoles, or AnyRole.
type ArgumentRole string

// AnyRole is the role of an argument meant for every buying role.
const AnyRole ArgumentRole = ""

// ArgumentRoles lists the roles an argument can speak to: every role first,
// then each buying role.
func ArgumentRoles() []ArgumentRole {
	out := []ArgumentRole{AnyRole}
	for _, r := range BuyingRoles {
		out = append(out, ArgumentRole(r))
	}
	return out
}

// RelationKinds between two stakeholders.
var RelationKinds = []RelationKind{"reports_to", "influences", "conflict"}

// Stages of an opportunity, in funnel order.
var Stages = []Stage{"lead", "qualified", "proposal", "negotiation", "won", "lost"}

// Priorities of an action, highest first.
var Priorities = []Priority{"high", "medium", "low"}

// Statuses of an action.
var Statuses = []Status{"open", "in_progress", "done"}

// The numbered scales, both ends included.
const (
	MinRating, MaxRating             = 0, 4  // an answer's or a vote's rating: 0 none … 4 exemplary
	MinAttitude, MaxAttitude         = -2, 2 // a stakeholder's attitude to us: opposed … supportive
	MinInfluence, MaxInfluence       = 1, 5  // a stakeholder's influence on the decision
	MinRelationship, MaxRelationship = 0, 3  // how strong our relationship is: none … close
	MinThreat, MaxThreat             = 1, 5  // how much a competitor threatens us
)

// KeyDepartments are the departments whose coverage matters by default.
var KeyDepartments = []Department{"purchasing", "it", "management", "works_council", "finance"}

func oneOf[T ~string](v T, set []T) bool {
	for _, s := range set {
		if v == s {
			return true
		}
	}
	return false
}
