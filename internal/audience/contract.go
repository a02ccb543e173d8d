package audience

// Class says where a field of the domain may appear.
type Class int

// The classes of the contract table.
const (
	// Private fields are never in the customer version: internal notes, our
	// SWOT, competitors, opportunities, arguments, attitudes and the like.
	Private Class = iota
	// Public fields are in the customer version, in their section.
	Public
	// Chart fields are in the customer version only in the org chart, and
	// only when it is chosen: names, titles, departments, reporting lines.
	Chart
	// Key fields identify or link records. They are kept so that an
	// exporter can join records, and are never printed.
	Key
	// Counted fields reach the customer only as aggregates (the room's
	// spread, the two perspectives), never one by one: who voted what.
	Counted
)

func (c Class) String() string {
	return [...]string{"private", "public", "chart", "key", "counted"}[c]
}

// Fields is the audience contract as a table: every field of the domain
// types that an account holds, as "Type.Field", with its class. A field
// missing here fails the package's tests; a Private field is zero in every
// customer View.
var Fields = map[string]Class{
	"Client.ID":        Key,
	"Client.Name":      Public,
	"Client.Industry":  Private, // the cover names client, workshop, date, place, facilitator, participants
	"Client.Location":  Private,
	"Client.Notes":     Private,
	"Client.UpdatedAt": Private,

	"SWOT.Strengths":     Private,
	"SWOT.Weaknesses":    Private,
	"SWOT.Opportunities": Private,
	"SWOT.Threats":       Private,

	"Workshop.ID":          Key,
	"Workshop.ClientID":    Key,
	"Workshop.Title":       Public,
	"Workshop.Date":        Public,
	"Workshop.Location":    Public,
	"Workshop.Facilitator": Public,
	"Workshop.UpdatedAt":   Private, // the stored version, for saves only

	"Participant.ID":            Key,
	"Participant.Name":          Public,
	"Participant.Role":          Public,
	"Participant.Side":          Public,
	"Participant.StakeholderID": Private, // who is who on our map

	// Who voted what never reaches the customer: only the scores the votes
	// make (spread, consensus, the customer's view and ours).
	"Vote.ParticipantID": Counted,
	"Vote.QuestionID":    Counted,
	"Vote.Rating":        Counted,
	"Vote.NA":            Counted,

	"Answer.WorkshopID": Key,
	"Answer.QuestionID": Key,
	"Answer.Rating":     Public,
	"Answer.NA":         Public,
	"Answer.Finding":    Public, // the sentence the customer reads
	"Answer.Notes":      Private,
	"Answer.FollowUp":   Private, // our own reminder to follow up; the catalogue's follow-up prompts are printed
	"Answer.Checked":    Public,
	"Answer.UpdatedAt":  Private, // the stored version, for saves only

	"Stakeholder.ID":             Key,
	"Stakeholder.ClientID":       Key,
	"Stakeholder.Name":           Chart,
	"Stakeholder.Title":          Chart,
	"Stakeholder.Department":     Chart,
	"Stakeholder.BuyingRole":     Private,
	"Stakeholder.Attitude":       Private,
	"Stakeholder.Influence":      Private,
	"Stakeholder.Relationship":   Private,
	"Stakeholder.Owner":          Private,
	"Stakeholder.KnowsPortfolio": Private,
	"Stakeholder.LastContact":    Private,
	"Stakeholder.Notes":          Private,
	"Stakeholder.Email":          Private,
	"Stakeholder.Phone":          Private,
	"Stakeholder.X":              Private, // the org chart is laid out by reporting lines, not by our map
	"Stakeholder.Y":              Private,
	"Stakeholder.UpdatedAt":      Private, // the stored version, for saves only

	// Only reporting lines: influence and conflict lines are Private by
	// the record rule in For.
	"Relation.ID":        Key,
	"Relation.ClientID":  Key,
	"Relation.From":      Chart,
	"Relation.To":        Chart,
	"Relation.Kind":      Chart,
	"Relation.UpdatedAt": Private, // the stored version, for saves only

	"Competitor.ID":         Private,
	"Competitor.ClientID":   Private,
	"Competitor.Name":       Private,
	"Competitor.Location":   Private,
	"Competitor.Strengths":  Private,
	"Competitor.Weaknesses": Private,
	"Competitor.Partners":   Private,
	"Competitor.Counter":    Private,
	"Competitor.Threat":     Private,
	"Competitor.UpdatedAt":  Private, // the stored version, for saves only

	"Opportunity.ID":            Private,
	"Opportunity.ClientID":      Private,
	"Opportunity.Title":         Private,
	"Opportunity.Value":         Private,
	"Opportunity.Stage":         Private,
	"Opportunity.Probability":   Private,
	"Opportunity.ExpectedClose": Private,
	"Opportunity.NextStep":      Private,
	"Opportunity.UpdatedAt":     Private, // the stored version, for saves only

	"Argument.ID":         Private,
	"Argument.ClientID":   Private,
	"Argument.Feature":    Private,
	"Argument.Advantage":  Private,
	"Argument.Benefit":    Private,
	"Argument.BuyingRole": Private,
	"Argument.Position":   Private,
	"Argument.UpdatedAt":  Private, // the stored version, for saves only

	// Actions that are not internal; an internal action is left out whole.
	"Action.ID":          Key,
	"Action.WorkshopID":  Key,
	"Action.Title":       Public,
	"Action.Owner":       Public, // who does it, as agreed in the room
	"Action.Due":         Public,
	"Action.Priority":    Public,
	"Action.Probability": Private,
	"Action.Status":      Public,
	"Action.QuestionID":  Key,
	// An internal action is left out whole; the ones that go in are not
	// internal, and the customer never learns that others were.
	"Action.Internal":  Private,
	"Action.UpdatedAt": Private, // the stored version, for saves only
}
