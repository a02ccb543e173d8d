package smoke

import (
	"fmt"
	"strconv"
	"strings"
	"time"
)

// paintedShot screenshots the window into shot until the picture stops
// being uniform, that is until the UI has painted, for up to 30 s; it
// returns the picture's grey deviation, or an error when it stayed blank.
func paintedShot(env []string, win, shot string) (float64, error) {
	var sd float64
	for i := 0; i < 60; i++ {
		time.Sleep(500 * time.Millisecond)
		if _, err := run(env, "import", "-window", win, shot); err != nil {
			continue
		}
		out, err := run(env, "convert", shot, "-colorspace", "gray", "-format", "%[fx:standard_deviation]", "info:")
		if err == nil {
			sd, _ = strconv.ParseFloat(strings.TrimSpace(out), 64)
		}
		if sd > 0.05 {
			return sd, nil
		}
	}
	return sd, fmt.Errorf("the window looks blank (grey deviation %.3f); see %s", sd, shot)
}
