// Package kam is the domain of KAM Workbench: clients, workshops, answers,
// stakeholders and the account intelligence around them, their validation and
// the assessment scores. It imports nothing of the project's own.
package kam

// SWOT is our own position at a client.
type SWOT struct {
	Strengths     string `json:"strengths"`
	Weaknesses    string `json:"weaknesses"`
	Opportunities string `json:"opportunities"`
	Threats       string `json:"threats"`
}

// Client is a customer account.
type Client struct {
	ID        string `json:"id"`
	Name      string `json:"name"`
	Industry  string `json:"industry"`
	Location  string `json:"location"`
	Notes     string `json:"notes"`
	SWOT      SWOT   `json:"swot"`
	UpdatedAt string `json:"updated_at,omitempty"` // the stored version; a save from an older copy is refused
}

// Side is whose side a workshop's participant is on.
type Side string

// Sides of a workshop's participants: the customer's people in the room and
// our own team.
const (
	SideCustomer Side = "customer"
	SideOurs     Side = "ours"
)

// Sides lists the sides a participant can be on.
var Sides = []Side{SideCustomer, SideOurs}

// Participant takes part in a workshop, on the customer's side or ours, and
// is optionally a stakeholder of the client's map. ID is empty for a
// participant not stored yet.
type Participant struct {
	ID            string `json:"id"`
	Name          string `json:"name"`
	Role          string `json:"role"`
	Side          Side   `json:"side"`
	StakeholderID string `json:"stakeholder_id"`
}

// Vote is one participant's rating of one question: 0–4, or not applicable
// (NA, Rating nil). Votes are the room's individual ratings; the answer's
// rating is the one the room agreed on.
type Vote struct {
	ParticipantID string `json:"participant_id"`
	QuestionID    string `json:"question_id"`
	Rating        *int   `json:"rating" ts_type:"number | null"`
	NA            bool   `json:"na"`
}

// Workshop is one assessment round at a client.
type Workshop struct {
	ID           string        `json:"id"`
	ClientID     string        `json:"client_id"`
	Title        string        `json:"title"`
	Date         string        `json:"date"`
	Location     string        `json:"location"`
	Facilitator  string        `json:"facilitator"`
	Participants []Participant `json:"participants"`
	UpdatedAt    string        `json:"updated_at,omitempty"` // the stored version; a save from an older copy is refused
}

// Answer is a workshop's answer to one catalogue question. Rating is the
// agreed rating, nil when the question is not rated yet; NA marks it not
// applicable. Finding is the sentence the customer reads in the report;
// Notes are internal and never reach the customer.
type Answer struct {
	WorkshopID string   `json:"workshop_id,omitempty"`
	QuestionID string   `json:"question_id"`
	Rating     *int     `json:"rating" ts_type:"number | null"`
	NA         bool     `json:"na"`
	Finding    string   `json:"finding"`
	Notes      string   `json:"notes"`
	FollowUp   bool     `json:"follow_up"`
	Checked    []string `json:"checked"`
	UpdatedAt  string   `json:"updated_at,omitempty"` // the stored version; a save from an older copy is refused
}

// Stakeholder is a person at the client.
type Stakeholder struct {
	ID             string     `json:"id"`
	ClientID       string     `json:"client_id,omitempty"`
	Name           string     `json:"name"`
	Title          string     `json:"title"`
	Department     Department `json:"department"`
	BuyingRole     BuyingRole `json:"buying_role"`
	Attitude       int        `json:"attitude"`
	Influence      int        `json:"influence"`
	Relationship   int        `json:"relationship"`
	Owner          string     `json:"owner"`
	KnowsPortfolio bool       `json:"knows_portfolio"`
	LastContact    string     `json:"last_contact"`
	Notes          string     `json:"notes"`
	Email          string     `json:"email"`
	Phone          string     `json:"phone"`
	X              float64    `json:"x"`
	Y              float64    `json:"y"`
	UpdatedAt      string     `json:"updated_at,omitempty"` // the stored version; a save from an older copy is refused
}

// Relation links two stakeholders of one client.
type Relation struct {
	ID        string       `json:"id"`
	ClientID  string       `json:"client_id,omitempty"`
	From      string       `json:"from"`
	To        string       `json:"to"`
	Kind      RelationKind `json:"kind"`
	UpdatedAt string       `json:"updated_at,omitempty"` // the stored version; a save from an older copy is refused
}

// Competitor is a battle card for a competitor at a client.
type Competitor struct {
	ID         string `json:"id"`
	ClientID   string `json:"client_id,omitempty"`
	Name       string `json:"name"`
	Location   string `json:"location"`
	Strengths  string `json:"strengths"`
	Weaknesses string `json:"weaknesses"`
	Partners   string `json:"partners"`
	Counter    string `json:"counter"`
	Threat     int    `json:"threat"`
	UpdatedAt  string `json:"updated_at,omitempty"` // the stored version; a save from an older copy is refused
}

// Opportunity is a sales opportunity at a client. Value is in EUR.
type Opportunity struct {
	ID            string  `json:"id"`
	ClientID      string  `json:"client_id,omitempty"`
	Title         string  `json:"title"`
	Value         float64 `json:"value"`
	Stage         Stage   `json:"stage"`
	Probability   int     `json:"probability"`
	ExpectedClose string  `json:"expected_close"`
	NextStep      string  `json:"next_step"`
	UpdatedAt     string  `json:"updated_at,omitempty"` // the stored version; a save from an older copy is refused
}

// Argument is a feature → advantage → benefit (MVN) argument, optionally
// addressed to a buying role. Position orders the arguments of a client.
type Argument struct {
	ID         string       `json:"id"`
	ClientID   string       `json:"client_id,omitempty"`
	Feature    string       `json:"feature"`
	Advantage  string       `json:"advantage"`
	Benefit    string       `json:"benefit"`
	BuyingRole ArgumentRole `json:"buying_role"`
	Position   int          `json:"position"`
	UpdatedAt  string       `json:"updated_at,omitempty"` // the stored version; a save from an older copy is refused
}

// Action is an agreed task of a workshop. An internal action never appears
// in the customer's version of a report.
type Action struct {
	ID          string   `json:"id"`
	WorkshopID  string   `json:"workshop_id,omitempty"`
	Title       string   `json:"title"`
	Owner       string   `json:"owner"`
	Due         string   `json:"due"`
	Priority    Priority `json:"priority"`
	Probability int      `json:"probability"`
	Status      Status   `json:"status"`
	QuestionID  string   `json:"question_id"`
	Internal    bool     `json:"internal"`
	UpdatedAt   string   `json:"updated_at,omitempty"` // the stored version; a save from an older copy is refused
}

// WorkshopData is a workshop with everything recorded in it.
type WorkshopData struct {
	Workshop
	Answers []Answer `json:"answers"`
	Votes   []Vote   `json:"votes"`
	Actions []Action `json:"actions"`
}

// Account is a client with everything recorded about it: the unit that
// bundles move between laptops and reports are drawn from.
type Account struct {
	Client        Client         `json:"client"`
	Workshops     []WorkshopData `json:"workshops"`
	Stakeholders  []Stakeholder  `json:"stakeholders"`
	Relations     []Relation     `json:"relations"`
	Competitors   []Competitor   `json:"competitors"`
	Opportunities []Opportunity  `json:"opportunities"`
	Arguments     []Argument     `json:"arguments"`
}
