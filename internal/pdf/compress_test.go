package pdf

import (
	"bytes"
	"compress/zlib"
	"fmt"
	"io"
	"regexp"
	"strconv"
	"testing"
	"time"

	"kamworkbench/internal/catalog"
	"kamworkbench/internal/kam"
)

// rawPDF lays a report out as Render does and returns gofpdf's output with
// compression off, before compressStreams.
func rawPDF(tb testing.TB, in Input) []byte {
	tb.Helper()
	r, err := resolve(in)
	if err != nil {
		tb.Fatal(err)
	}
	d, err := r.lay(layout{}, true)
	if err != nil {
		tb.Fatal(err)
	}
	if d, err = r.lay(d.got, false); err != nil {
		tb.Fatal(err)
	}
	var buf bytes.Buffer
	if err := d.f.Output(&buf); err != nil {
		tb.Fatal(err)
	}
	return buf.Bytes()
}

var objRE = regexp.MustCompile(`(?s)(\d+) 0 obj\n(.*?)endobj\n`)

// objects splits a PDF into its objects by number, streams inflated.
func objects(tb testing.TB, pdf []byte) map[int]string {
	tb.Helper()
	out := map[int]string{}
	for _, m := range objRE.FindAllSubmatch(pdf, -1) {
		n, _ := strconv.Atoi(string(m[1]))
		body := m[2]
		if bytes.HasPrefix(body, []byte("<</Filter /FlateDecode /Length ")) {
			rest := body[len("<</Filter /FlateDecode /Length "):]
			gt := bytes.Index(rest, []byte(">>\nstream\n"))
			length, err := strconv.Atoi(string(rest[:gt]))
			if err != nil {
				tb.Fatalf("object %d: bad length", n)
			}
			zr, err := zlib.NewReader(bytes.NewReader(rest[gt+10 : gt+10+length]))
			if err != nil {
				tb.Fatalf("object %d: %v", n, err)
			}
			plain, err := io.ReadAll(zr)
			if err != nil {
				tb.Fatalf("object %d: %v", n, err)
			}
			body = []byte(fmt.Sprintf("<</Length %d>>\nstream\n%s\nendstream\n", len(plain), plain))
		}
		out[n] = string(body)
	}
	return out
}

// TestCompressRoundTrip compresses what gofpdf wrote and inflates it again:
// every object comes back byte for byte, and the cross-reference table
// points at every object.
func TestCompressRoundTrip(t *testing.T) {
	cat := catalog.MustLoad()
	for _, acc := range []kam.Account{smallAccount(), {Client: kam.Client{ID: "c", Name: "Leer"},
		Workshops: []kam.WorkshopData{{Workshop: kam.Workshop{ID: "w", Title: "x"}}}}} {
		raw := rawPDF(t, Input{Account: acc, WorkshopID: "w", Catalog: cat, Now: time.Unix(0, 0)})
		packed, ok := recompress(raw)
		if !ok {
			t.Fatal("recompress gave up on gofpdf's own output")
		}
		if len(packed) >= len(raw) {
			t.Errorf("compressed %d bytes to %d", len(raw), len(packed))
		}
		want, got := objects(t, raw), objects(t, packed)
		if len(want) == 0 || len(got) != len(want) {
			t.Fatalf("got %d objects, want %d", len(got), len(want))
		}
		for n, w := range want {
			if got[n] != w {
				t.Errorf("object %d differs after the round trip", n)
			}
		}
		// The cross-reference table.
		i := bytes.LastIndex(packed, []byte("startxref\n"))
		xref, _ := strconv.Atoi(string(bytes.Fields(packed[i+10:])[0]))
		table := packed[xref:]
		for n := range want {
			e := table[len(fmt.Sprintf("xref\n0 %d\n", len(want)+1))+20*n:]
			off, _ := strconv.Atoi(string(e[:10]))
			if !bytes.HasPrefix(packed[off:], []byte(fmt.Sprintf("%d 0 obj\n", n))) {
				t.Errorf("xref entry %d points at %q", n, packed[off:off+12])
			}
		}
	}
	// Something that is not gofpdf's layout comes back unchanged.
	for _, bad := range [][]byte{nil, []byte("%PDF-1.4\nno xref"), []byte("startxref\n12\n%%EOF")} {
		if got := compressStreams(bad); !bytes.Equal(got, bad) {
			t.Errorf("compressStreams(%q) changed it", bad)
		}
	}
}

func smallAccount() kam.Account {
	r := 2
	return kam.Account{Client: kam.Client{ID: "c", Name: "Kunde – mit Strich"},
		Workshops: []kam.WorkshopData{{Workshop: kam.Workshop{ID: "w", Title: "Runde", Date: "2026-11-26"},
			Answers: []kam.Answer{{QuestionID: "org.crm_exists", Rating: &r, Finding: "Feststellung"}}}},
		Stakeholders: []kam.Stakeholder{{ID: "s", Name: "Jörg", Department: "it", BuyingRole: "user"}}}
}

// BenchmarkCompression renders a long report (every question answered
// with a long note, 200 actions) with compressStreams, as Render does,
// and with gofpdf's own compression, which allocates a compressor per
// stream.
func BenchmarkCompression(b *testing.B) {
	cat := catalog.MustLoad()
	acc := kam.Account{Client: kam.Client{ID: "c", Name: "Großkunde"}}
	w := kam.WorkshopData{Workshop: kam.Workshop{ID: "w", Title: "Workshop", Date: "2026-11-26"}}
	note := string(bytes.Repeat([]byte("Der Kunde berichtet über Verzögerungen im Einkauf. "), 20))
	for _, q := range cat.QuestionIDs() {
		r := 1
		w.Answers = append(w.Answers, kam.Answer{QuestionID: q, Rating: &r, Notes: note, Finding: note[:200]})
	}
	for i := range 200 {
		w.Actions = append(w.Actions, kam.Action{ID: strconv.Itoa(i), Title: "Maßnahme " + strconv.Itoa(i), Owner: "Thomas Brenner",
			Priority: "high", Status: "open"})
	}
	acc.Workshops = []kam.WorkshopData{w}
	in := Input{Account: acc, WorkshopID: "w", Catalog: cat, Now: time.Unix(0, 0)}
	for _, mode := range []struct {
		name   string
		gofpdf bool
	}{{"compressStreams", false}, {"gofpdf", true}} {
		b.Run(mode.name, func(b *testing.B) {
			var size int
			for b.Loop() {
				r, err := resolve(in)
				if err != nil {
					b.Fatal(err)
				}
				r.gofpdfCompression = mode.gofpdf
				d, err := r.lay(layout{}, true)
				if err != nil {
					b.Fatal(err)
				}
				if d, err = r.lay(d.got, false); err != nil {
					b.Fatal(err)
				}
				var buf bytes.Buffer
				if err := r.output(d, &buf); err != nil {
					b.Fatal(err)
				}
				size = buf.Len()
			}
			b.ReportMetric(float64(size), "pdf-bytes")
		})
	}
}
