package pdf

// Omits reports whether the report for audience leaves section s out
// whatever the chosen sections say: the customer version carries no battle
// cards, so it has no competitor section at all. The window shows this
// before the export.
func Omits(audience string, s Section) bool {
	return audience == AudienceCustomer && s == SectionCompetitors
}
