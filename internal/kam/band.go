package kam

import "math"

// Band is the colour band of a score (0–100), judged by the whole number
// shown: red, amber or green on screen and in every report.
type Band string

// The bands, and the scores where amber and green begin.
const (
	BandLow  Band = "low"  // below BandMidFrom
	BandMid  Band = "mid"  // BandMidFrom up to BandHighFrom
	BandHigh Band = "high" // BandHighFrom and above

	BandMidFrom  = 40
	BandHighFrom = 70
)

// Bands lists the bands from low to high.
var Bands = []Band{BandLow, BandMid, BandHigh}

// BandOf is the band of a score; "" when there is none.
func BandOf(score *float64) Band {
	if score == nil {
		return ""
	}
	switch shown := math.Round(*score); {
	case shown < BandMidFrom:
		return BandLow
	case shown < BandHighFrom:
		return BandMid
	}
	return BandHigh
}
