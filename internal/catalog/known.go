package catalog

// Known returns a lookup that reports whether a question id is in the
// catalogue, for checking outside data such as bundles.
func (c *Catalog) Known() func(questionID string) bool {
	ids := make(map[string]bool)
	for _, id := range c.QuestionIDs() {
		ids[id] = true
	}
	return func(id string) bool { return ids[id] }
}
