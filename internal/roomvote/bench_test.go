package roomvote_test

import (
	"context"
	"fmt"
	"net/http"
	"path/filepath"
	"slices"
	"sync"
	"testing"
	"time"

	"kamworkbench/internal/catalog"
	"kamworkbench/internal/kam"
	"kamworkbench/internal/roomvote"
	"kamworkbench/internal/sqlite"
)

// BenchmarkRoom is a workshop's room on loopback: 30 phones (each from its
// own 127.0.8.x address) follow the open question live and vote the moment
// it shows, through all 45 questions of the catalogue. It reports the time
// from the tap to the vote stored (the answer comes after the commit), at
// the median, p99 and worst, and fails if a vote is lost.
func BenchmarkRoom(b *testing.B) {
	const phones = 30
	cat := catalog.MustLoad()
	var questions []*roomvote.Question
	for _, a := range cat.Areas {
		for _, q := range a.Questions {
			questions = append(questions, &roomvote.Question{ID: q.ID, Text: q.Text.In("de"),
				Guide: map[string]string{"0": q.Guide.Zero.In("de"), "2": q.Guide.Two.In("de"), "4": q.Guide.Four.In("de")}})
		}
	}
	if len(questions) != 45 {
		b.Fatalf("the catalogue has %d questions, the benchmark wants 45", len(questions))
	}
	var all []time.Duration
	for i := 0; i < b.N; i++ {
		b.StopTimer()
		r := benchRoom(b)
		b.StartTimer()
		all = append(all, runRoom(b, r, phones, questions)...)
		b.StopTimer()
		if got := len(r.storedVotes()); got != phones*len(questions) {
			b.Fatalf("stored %d votes, want %d: votes were lost", got, phones*len(questions))
		}
		r.srv.Stop(context.Background())
		b.StartTimer()
	}
	slices.Sort(all)
	pct := func(p float64) float64 {
		return float64(all[min(len(all)-1, int(p*float64(len(all))))].Microseconds()) / 1000
	}
	b.ReportMetric(pct(0.50), "p50-ms")
	b.ReportMetric(pct(0.99), "p99-ms")
	b.ReportMetric(float64(all[len(all)-1].Microseconds())/1000, "max-ms")
	b.ReportMetric(float64(len(all))/float64(b.N), "votes/op")
}

func benchRoom(b *testing.B) *room {
	b.Helper()
	b.Setenv(roomvote.EnvAddr, testAddr)
	ctx := context.Background()
	db, err := sqlite.Open(ctx, filepath.Join(b.TempDir(), "workspace.db"))
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { db.Close() })
	c, err := db.SaveClient(ctx, kam.Client{Name: "Lasttest GmbH"})
	if err != nil {
		b.Fatal(err)
	}
	ws, err := db.SaveWorkshop(ctx, kam.Workshop{ClientID: c.ID, Title: "Runde 1", Date: "2026-11-27"})
	if err != nil {
		b.Fatal(err)
	}
	return startOn(b, db, ws, false)
}

// runRoom joins the phones, then opens each question in turn; every phone
// taps a rating as soon as its live connection shows the question, and the
// facilitator moves on once all votes are in. It returns each vote's time
// from tap to stored.
func runRoom(b *testing.B, r *room, phones int, questions []*roomvote.Question) []time.Duration {
	type result struct {
		d   time.Duration
		err error
	}
	results := make(chan result, phones)
	var wg sync.WaitGroup
	ready := make(chan struct{}, phones)
	for i := range phones {
		c := phoneClient(fmt.Sprintf("127.0.8.%d", i+1))
		token := r.join(c, "")
		s := r.stream(c)
		wg.Add(1)
		go func() {
			defer wg.Done()
			ready <- struct{}{}
			last := ""
			for {
				name, data, err := s.next()
				if err != nil || name == "closed" {
					return
				}
				q := questionOf(data)
				if q == "" || q == last {
					continue
				}
				last = q
				start := time.Now() // the tap
				st, out := r.call(c, "POST", r.secret+"api/vote", vote(token, q, rating((i+len(q))%5), false))
				if st != http.StatusOK {
					results <- result{err: fmt.Errorf("phone %d on %s: %d %v", i, q, st, out)}
					continue
				}
				results <- result{d: time.Since(start)}
			}
		}()
	}
	for range phones {
		<-ready
	}
	var out []time.Duration
	for _, q := range questions {
		r.srv.Open(q)
		for range phones {
			res := <-results
			if res.err != nil {
				b.Fatal(res.err)
			}
			out = append(out, res.d)
		}
	}
	r.srv.Open(nil)
	r.srv.Stop(context.Background())
	wg.Wait()
	return out
}
