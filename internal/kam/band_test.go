package kam

import "testing"

func TestBandOf(t *testing.T) {
	f := func(v float64) *float64 { return &v }
	for _, c := range []struct {
		score *float64
		want  Band
	}{
		{nil, ""}, {f(0), BandLow}, {f(39.4), BandLow}, {f(39.5), BandMid},
		{f(40), BandMid}, {f(69.49), BandMid}, {f(69.5), BandHigh}, {f(100), BandHigh},
	} {
		if got := BandOf(c.score); got != c.want {
			t.Errorf("BandOf(%v) = %q, want %q", c.score, got, c.want)
		}
	}
}
