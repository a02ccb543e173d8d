package crashtest_test

import (
	"context"
	"fmt"
	"io"
	"math/rand/v2"
	"path/filepath"
	"strconv"
	"testing"
	"time"

	"github.com/google/uuid"

	"kamworkbench/internal/catalog"
	"kamworkbench/internal/kam"
	"kamworkbench/internal/sqlite"
)

// importClient is the id of the client the import test replaces again and
// again; new imports get ids of their own (newClient).
const importClient = "6b616d77-0000-4000-8000-00000000c0de"

func newClient(run int) string { return fmt.Sprintf("6b616d77-0000-4000-8000-%012d", run) }

// largeAccount builds a large account for version v of the import: more
// than 6,000 rows with long notes, different in size for every version so
// a mix of two would show.
func largeAccount(cat *catalog.Catalog, clientID string, v int) kam.Account {
	r := rand.New(rand.NewPCG(uint64(v), 9))
	id := func() string { return uuid.Must(uuid.NewRandomFromReader(randReader{r})).String() }
	acc := kam.Account{Client: kam.Client{ID: clientID, Name: fmt.Sprintf("Großimport v%d", v), Notes: text(r, v)}}
	questions := cat.QuestionIDs()
	for w := range 8 + v%3 {
		wd := kam.WorkshopData{Workshop: kam.Workshop{ID: id(), Title: fmt.Sprintf("Runde %d", w+1), Date: "2026-11-27",
			Participants: []kam.Participant{{ID: id(), Name: "Anna Groß", Role: "KAM", Side: kam.SideOurs},
				{ID: id(), Name: "Jörg", Role: "Einkauf", Side: kam.SideCustomer}}}}
		for _, q := range questions {
			rating := r.IntN(5)
			wd.Answers = append(wd.Answers, kam.Answer{QuestionID: q, Rating: &rating, Notes: text(r, w), Checked: []string{}})
		}
		for a := range 20 {
			wd.Actions = append(wd.Actions, kam.Action{ID: id(), Title: fmt.Sprintf("Maßnahme %d", a), Priority: "low", Status: "open", Probability: 50})
		}
		acc.Workshops = append(acc.Workshops, wd)
	}
	for s := range 1500 + 37*v%500 {
		acc.Stakeholders = append(acc.Stakeholders, kam.Stakeholder{ID: id(), Name: fmt.Sprintf("Person %d", s), Department: "other",
			BuyingRole: "user", Influence: 3, X: float64(s), Y: float64(-s), Notes: text(r, s)})
	}
	for i := range 2000 {
		a, b := r.IntN(len(acc.Stakeholders)), r.IntN(len(acc.Stakeholders)-1)
		if b >= a {
			b++
		}
		acc.Relations = append(acc.Relations, kam.Relation{ID: id(), From: acc.Stakeholders[a].ID, To: acc.Stakeholders[b].ID, Kind: kam.RelationKinds[i%len(kam.RelationKinds)]})
	}
	for i := range 100 {
		acc.Competitors = append(acc.Competitors, kam.Competitor{ID: id(), Name: fmt.Sprintf("Wettbewerber %d", i), Threat: 1 + i%5, Counter: text(r, i)})
		acc.Opportunities = append(acc.Opportunities, kam.Opportunity{ID: id(), Title: fmt.Sprintf("Chance %d", i), Stage: "lead", Value: float64(i * 1000)})
		acc.Arguments = append(acc.Arguments, kam.Argument{ID: id(), Feature: fmt.Sprintf("Merkmal %d", i)})
	}
	return acc
}

type randReader struct{ r *rand.Rand }

func (rr randReader) Read(p []byte) (int, error) {
	for i := range p {
		p[i] = byte(rr.r.Uint32())
	}
	return len(p), nil
}

// childImport writes version run of the large account: on odd runs as a
// new client, on even runs replacing the client before (import --replace).
func childImport(path string, run int, out io.Writer) error {
	ctx := context.Background()
	cat := catalog.MustLoad()
	db, err := sqlite.Open(ctx, path)
	if err != nil {
		return err
	}
	id := importClient
	if run%2 == 1 {
		id = newClient(run)
	}
	acc := largeAccount(cat, id, run)
	before := absent
	if old, err := db.Account(ctx, id); err == nil {
		before = fingerprint(old)
	}
	fmt.Fprintln(out, "ready")
	fmt.Fprintf(out, "B {\"n\":%d,\"kind\":\"import\",\"facts\":{\"account/%s\":[%q,%q]}}\n", run, id, before, fingerprint(acc))
	start := time.Now()
	if err := db.PutAccount(ctx, acc, before != absent); err != nil {
		return err
	}
	fmt.Fprintf(out, "A %d\n", run)
	fmt.Fprintf(out, "T %d\n", time.Since(start).Milliseconds())
	select {} // wait for the kill
}

// TestCrashImport kills a child in the middle of importing a large account
// (the bundle import's one transaction), as a new client or replacing one:
// afterwards the client is absent or whole, the old version or the new.
func TestCrashImport(t *testing.T) {
	n := runs(30, 300)
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "Import 100%", "workspace.db")
	r := rand.New(rand.NewPCG(11, uint64(time.Now().UnixNano())))
	// A first import runs to its end: how long it takes sets the span the
	// kills fall into, a half again as long, so that about a third land
	// after the import and the rest somewhere in it, on any machine.
	first := startAndKill(t, []string{envMode + "=import", envDB + "=" + path, envRun + "=0"}, r, false, 0)
	if !first.acked[0] {
		t.Fatal("the first import was not acknowledged")
	}
	span := max(first.took*3/2, 50*time.Millisecond)
	want := first.begun[0].Facts["account/"+importClient][1] // the client replaced on even runs
	var landed, rolledBack, acked int
	for run := 1; run <= n; run++ {
		k := startAndKill(t, []string{envMode + "=import", envDB + "=" + path, envRun + "=" + strconv.Itoa(run)}, r, false, span)
		id := importClient
		if run%2 == 1 {
			id = newClient(run)
		}
		db, err := sqlite.Open(ctx, path)
		if err != nil {
			t.Fatalf("run %d: the workspace does not open after the kill: %v", run, err)
		}
		if err := db.Check(ctx); err != nil {
			t.Fatalf("run %d: check after the kill: %v", run, err)
		}
		got := absent
		if acc, err := db.Account(ctx, id); err == nil {
			got = fingerprint(acc)
		} else if kam.ErrorCode(err) != kam.ENotFound {
			t.Fatal(err)
		}
		before := absent
		if id == importClient {
			before = want
		}
		if len(k.begun) == 0 {
			if got != before {
				t.Fatalf("run %d: killed before importing, the client is %q, want %q", run, got, before)
			}
		} else {
			ba := k.begun[0].Facts["account/"+id]
			if ba[0] != before {
				t.Fatalf("run %d: the child saw %q before, want %q", run, ba[0], before)
			}
			switch {
			case got == ba[1]:
				landed++
				if k.acked[run] {
					acked++
				}
			case k.acked[run]:
				t.Fatalf("run %d: acknowledged import lost: the client is %q, want %q", run, got, ba[1])
			case got == ba[0]:
				rolledBack++
			default:
				t.Fatalf("run %d: half an import: the client is %q, want %q or %q", run, got, ba[0], ba[1])
			}
		}
		if id == importClient {
			want = got
		} else if got != absent {
			if err := db.DeleteClient(ctx, id); err != nil { // keep the workspace small
				t.Fatal(err)
			}
		}
		db.Close()
	}
	t.Logf("%d kills during imports of about 6,000 rows (%v each), new or replacing a client: %d imports whole (%d of them acknowledged), %d rolled back whole; 0 corrupt, 0 half-applied",
		n, first.took, landed, acked, rolledBack)
	if landed == 0 || rolledBack == 0 {
		t.Fatalf("kills should land both during and after imports: %d whole, %d rolled back", landed, rolledBack)
	}
}
