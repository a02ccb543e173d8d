package pdf

import (
	"strconv"
	"strings"

	"kamworkbench/internal/glossary"
	"kamworkbench/internal/kam"
)

// drawParticipants writes who was in the room on the cover: the customer's
// people and then our team, each side under its caption, each name with
// its function.
func (d *doc) drawParticipants(keyW float64) {
	if len(d.ws.Participants) == 0 {
		return
	}
	d.gap(2)
	key := d.lang.word("participants")
	for _, side := range kam.Sides {
		var names []string
		for _, p := range d.ws.Participants {
			if sideOf(p) != side {
				continue
			}
			v := p.Name
			if p.Role != "" {
				v += " – " + p.Role
			}
			names = append(names, v)
		}
		if len(names) == 0 {
			continue
		}
		// The caption stays with the first name.
		d.need(lh(8) + lh(10) + 1)
		y := d.f.GetY()
		if key != "" {
			d.font("", 8.5, muted)
			d.text(marginL, y+0.4, keyW, key, "L")
			key = ""
		}
		d.font("B", 7, muted)
		d.text(marginL+keyW, y+0.8, d.width()-keyW,
			strings.ToUpper(glossary.Label(d.lang.code(), glossary.Side, side))+" ("+strconv.Itoa(len(names))+")", "L")
		d.f.SetY(y + lh(8.5) + 0.4)
		for _, n := range names {
			d.keyValue("", n, keyW)
		}
		d.gap(1.5)
	}
}

// sideOf is a participant's side; one stored before sides existed is the
// customer's.
func sideOf(p kam.Participant) kam.Side {
	if p.Side == kam.SideOurs {
		return kam.SideOurs
	}
	return kam.SideCustomer
}
