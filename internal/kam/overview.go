package kam

// RecentWorkshop is a workshop on the start page: where the consultant
// worked last, with its client.
type RecentWorkshop struct {
	Workshop
	ClientName string `json:"client_name"`
	// Touched is when anything of the workshop last changed (RFC 3339).
	Touched string `json:"touched"`
}

// DueAction is an action not done yet whose due date has come or is near,
// with the workshop and client it belongs to.
type DueAction struct {
	Action
	WorkshopTitle string `json:"workshop_title"`
	ClientID      string `json:"client_id"`
	ClientName    string `json:"client_name"`
}
