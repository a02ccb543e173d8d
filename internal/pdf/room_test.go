package pdf_test

import (
	"regexp"
	"strconv"
	"strings"
	"testing"

	"kamworkbench/internal/audience"
	"kamworkbench/internal/catalog"
	"kamworkbench/internal/demo"
	"kamworkbench/internal/kam"
	"kamworkbench/internal/pdf"
)

// TestRoomInReport: when the room voted, the summary sets the customer's
// view beside ours and the agreed scores, with each perspective's change
// since the previous round, and lists where the room disagrees and where
// the sides differ most; the assessment shows each question's votes and
// spread. Both versions show all of it; only ours says who voted what.
func TestRoomInReport(t *testing.T) {
	cat := catalog.MustLoad()
	acc := demo.Account(cat)
	ws := acc.Workshops[1]
	score := kam.ScoreWorkshop(cat.AreaQuestions(), ws)
	prev := kam.ScoreWorkshop(cat.AreaQuestions(), acc.Workshops[0])
	text := func(q kam.QuestionScore) string {
		qq, _ := cat.Question(q.ID)
		return expected(qq.Text.In("de"))
	}
	if len(score.Disagreements()) < 2 || len(score.SideDifferences()) < 2 {
		t.Fatal("the sample has no disagreements to show")
	}
	change := func(cur, was *float64) string {
		d := int(*cur+0.5) - int(*was+0.5)
		return "(+" + strconv.Itoa(d) + ")"
	}
	for _, who := range audience.Audiences {
		t.Run(string(who), func(t *testing.T) {
			in := pdf.Input{Account: acc, WorkshopID: ws.ID, Catalog: cat, Audience: who, Now: now}
			raw := pdfText(t, render(t, in))
			all := squash(raw)
			room := between(t, all, "Sichtweisen im Raum", "Bewertung nach Bereichen1Organisation")
			for _, want := range []string{"Sicht des Kunden", "Unsere Sicht", "Vereinbart",
				"Gesamtergebnis" + strconv.Itoa(int(*score.Perspectives.Customer.Overall+0.5)) + strconv.Itoa(int(*score.Perspectives.Ours.Overall+0.5)),
				"Vorrunde(22.04.2026)", change(score.Perspectives.Customer.Overall, prev.Perspectives.Customer.Overall),
				change(score.Perspectives.Ours.Overall, prev.Perspectives.Ours.Overall),
				"HieristsichderRaumuneins", "HiersehenKundeundwiresamunterschiedlichsten"} {
				if !strings.Contains(room, squash(want)) {
					t.Errorf("the views in the room lack %q: %s", want, room)
				}
			}
			uneins := between(t, room, "Hier ist sich der Raum uneins", "Hier sehen Kunde")
			for _, q := range score.Disagreements() {
				if !strings.Contains(uneins, text(q)+strconv.Itoa(*q.Spread)) {
					t.Errorf("the disagreements lack %s with spread %d: %s", q.ID, *q.Spread, uneins)
				}
			}
			for _, q := range score.SideDifferences()[:2] {
				if !strings.Contains(room[strings.Index(room, squash("Hier sehen Kunde")):], text(q)) {
					t.Errorf("the side differences lack %s", q.ID)
				}
			}
			if !strings.Contains(all, squash("8 Stimmen · Spanne 3 kein Konsens")) {
				t.Error("the assessment shows no votes, spread and lack of consensus")
			}

			// Who voted what: only in our own version.
			named := 0
			for _, p := range ws.Participants {
				if regexp.MustCompile(regexp.QuoteMeta(p.Name) + ` ?([0-4]|nicht zutreffend)(\s|·|$)`).MatchString(raw) {
					named++
				}
			}
			if who == audience.Customer {
				if named > 0 || strings.Contains(all, "BewertungenimRaum") {
					t.Errorf("the customer's version puts %d names beside votes", named)
				}
				// The customer's people are on the cover and nowhere else
				// of what the room made.
				in.Sections = []pdf.Section{audience.Cover, audience.Summary, audience.Assessment}
				pages := squashPages(pdfText(t, render(t, in)))
				for _, p := range ws.Participants[:4] {
					for i, page := range pages[1:] {
						if strings.Contains(page, squash(p.Name)) {
							t.Errorf("%s appears on page %d of the customer's version", p.Name, i+2)
						}
					}
				}
			} else if named != len(ws.Participants) {
				t.Errorf("our version names %d of %d voters", named, len(ws.Participants))
			}
		})
	}
}

// TestNoRoomWithoutVotes: a workshop nobody voted in has no views of the
// room and no vote counts.
func TestNoRoomWithoutVotes(t *testing.T) {
	cat := catalog.MustLoad()
	acc := demo.Account(cat)
	for i := range acc.Workshops {
		acc.Workshops[i].Votes = nil
	}
	ws := acc.Workshops[1]
	in := pdf.Input{Account: acc, WorkshopID: ws.ID, Catalog: cat, Now: now}
	all := squash(pdfText(t, render(t, in)))
	for _, no := range []string{"SichtweisenimRaum", "Stimmen·Spanne", "BewertungenimRaum"} {
		if strings.Contains(all, no) {
			t.Errorf("a workshop without votes shows %q", no)
		}
	}
}

// TestVotersWithoutCover: our own version names who voted how on the
// assessment pages even when the cover is left out.
func TestVotersWithoutCover(t *testing.T) {
	cat := catalog.MustLoad()
	acc := demo.Account(cat)
	ws := acc.Workshops[1]
	in := pdf.Input{Account: acc, WorkshopID: ws.ID, Catalog: cat, Audience: audience.Internal, Now: now,
		Sections: []pdf.Section{audience.Assessment}}
	all := squash(pdfText(t, render(t, in)))
	if !strings.Contains(all, "BewertungenimRaum") || !strings.Contains(all, squash(ws.Participants[0].Name)) {
		t.Error("the assessment of our own version does not say who voted how")
	}
}
