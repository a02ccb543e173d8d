package contacts

import "kamworkbench/internal/kam"

// Grid spacing of imported people on the map, a little more than a card.
const (
	gridX = 240.0
	gridY = 160.0
)

// Place gives people map positions in a grid below the people already on
// the map (existing), starting at its left edge, so that an import neither
// covers anyone nor piles its cards on one spot. The grid is as wide as the
// existing map, between 4 and 8 columns.
func Place(existing, people []kam.Stakeholder) {
	if len(people) == 0 {
		return
	}
	x0, y0, cols := 0.0, 0.0, 5
	if len(existing) > 0 {
		minX, maxX, maxY := existing[0].X, existing[0].X, existing[0].Y
		for _, s := range existing[1:] {
			minX, maxX, maxY = min(minX, s.X), max(maxX, s.X), max(maxY, s.Y)
		}
		x0, y0 = minX, maxY+gridY
		cols = min(max(int((maxX-minX)/gridX)+1, 4), 8)
	}
	// Stay on the map (kam.Stakeholder.Validate allows ±1e7) however far
	// out the existing people sit.
	rows := float64((len(people) + cols - 1) / cols)
	x0 = min(max(x0, -1e7), 1e7-float64(cols)*gridX)
	y0 = min(max(y0, -1e7), 1e7-rows*gridY)
	for i := range people {
		people[i].X = x0 + float64(i%cols)*gridX
		people[i].Y = y0 + float64(i/cols)*gridY
	}
}
