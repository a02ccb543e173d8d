package pdf_test

import (
	"strings"
	"testing"

	"kamworkbench/internal/audience"
	"kamworkbench/internal/catalog"
	"kamworkbench/internal/demo"
	"kamworkbench/internal/pdf"
)

// TestCoverParticipantsBySide: the cover lists who was in the room, the
// customer's people under their caption and then our team, each with the
// function, for either audience and in either language.
func TestCoverParticipantsBySide(t *testing.T) {
	cat := catalog.MustLoad()
	acc := demo.Account(cat)
	ws := acc.Workshops[1]
	for _, tt := range []struct {
		lang           string
		audience       audience.Audience
		customer, ours string
	}{
		{"de", audience.Customer, "KUNDE (4)", "UNSER TEAM (4)"},
		{"en", audience.Internal, "CUSTOMER (4)", "OUR TEAM (4)"},
	} {
		t.Run(tt.lang+" "+string(tt.audience), func(t *testing.T) {
			in := pdf.Input{Account: acc, WorkshopID: ws.ID, Catalog: cat, Lang: tt.lang, Audience: tt.audience,
				Sections: []pdf.Section{audience.Cover}, Now: now}
			cover := squashPages(pdfText(t, render(t, in)))[0]
			want := []string{tt.customer}
			for _, p := range ws.Participants[:4] {
				want = append(want, p.Name+" – "+p.Role)
			}
			want = append(want, tt.ours)
			for _, p := range ws.Participants[4:] {
				want = append(want, p.Name+" – "+p.Role)
			}
			at := 0
			for _, w := range want {
				i := strings.Index(cover[at:], expected(w))
				if i < 0 {
					t.Fatalf("the cover lacks %q after position %d: %s", w, at, cover)
				}
				at += i
			}
			if strings.Contains(cover, "0Teilnehmende") {
				t.Errorf("the cover still counts no participants: %s", cover)
			}
		})
	}
}
