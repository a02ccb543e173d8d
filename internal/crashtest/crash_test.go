package crashtest_test

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"kamworkbench/internal/catalog"
	"kamworkbench/internal/demo"
	"kamworkbench/internal/sqlite"
)

func TestMain(m *testing.M) {
	if os.Getenv(envMode) != "" {
		os.Exit(child())
	}
	os.Exit(m.Run())
}

// runs is how many kills a test makes: normal, or KAMW_SOAK=1 (make soak).
func runs(normal, soak int) int {
	if os.Getenv("KAMW_SOAK") == "1" {
		return soak
	}
	return normal
}

// killed is what the parent saw of one child before and after the kill.
type killed struct {
	ready  bool
	begun  []change // announced edits, in order
	acked  map[int]bool
	took   time.Duration // a "T" line: how long the child's work took
	failed string        // an "E" line: the child stopped on an error
}

// inFlight returns the announced edit without acknowledgement, if any.
func (k killed) inFlight() *change {
	if n := len(k.begun); n > 0 && !k.acked[k.begun[n-1].N] {
		return &k.begun[n-1]
	}
	return nil
}

// startAndKill runs the child with env, waits for it to be ready (unless
// early), lets it work for a random while up to work (with work 0, until it
// reports how long its work took), kills it with SIGKILL and returns what it
// printed.
func startAndKill(t *testing.T, env []string, r *rand.Rand, early bool, work time.Duration) killed {
	t.Helper()
	cmd := exec.Command(os.Args[0], "-test.run=^$")
	cmd.Env = append(os.Environ(), env...)
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	cmd.Stderr = os.Stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	lines := make(chan string, 1024)
	go func() {
		defer close(lines)
		br := bufio.NewReader(stdout)
		for {
			s, err := br.ReadString('\n')
			if err != nil {
				return // a line cut off by the kill does not count
			}
			lines <- strings.TrimSuffix(s, "\n")
		}
	}()
	k := killed{acked: map[int]bool{}}
	take := func(s string) {
		switch {
		case s == "ready":
			k.ready = true
		case strings.HasPrefix(s, "B "):
			var c change
			if err := json.Unmarshal([]byte(s[2:]), &c); err != nil {
				t.Fatalf("bad line from the child: %q", s)
			}
			k.begun = append(k.begun, c)
		case strings.HasPrefix(s, "A "):
			n, _ := strconv.Atoi(s[2:])
			k.acked[n] = true
		case strings.HasPrefix(s, "T "):
			ms, _ := strconv.Atoi(s[2:])
			k.took = time.Duration(ms) * time.Millisecond
		case strings.HasPrefix(s, "E "):
			k.failed = s[2:]
		}
	}
	wait := func(until func() bool) {
		deadline := time.After(60 * time.Second)
		for !until() && k.failed == "" {
			select {
			case s, ok := <-lines:
				if !ok {
					t.Fatalf("the child ended early: %s", k.failed)
				}
				take(s)
			case <-deadline:
				cmd.Process.Kill()
				t.Fatal("the child did not get there within 60 s")
			}
		}
	}
	if early {
		time.Sleep(time.Duration(r.Int64N(int64(30 * time.Millisecond))))
	} else {
		wait(func() bool { return k.ready })
		if work > 0 {
			time.Sleep(time.Duration(r.Int64N(int64(work))))
		} else {
			wait(func() bool { return k.took > 0 })
		}
	}
	cmd.Process.Signal(syscall.SIGKILL)
	for s := range lines {
		take(s)
	}
	cmd.Wait()
	if k.failed != "" {
		t.Fatalf("the child stopped on an error: %s", k.failed)
	}
	return k
}

// TestCrashEdits kills a child saving edits through the services at random
// instants and checks after each kill that the workspace passes its check,
// every acknowledged edit is there, and the edit in flight is wholly there
// or wholly absent.
func TestCrashEdits(t *testing.T) {
	n := runs(200, 2000)
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "Absturz #1", "workspace.db")
	db, err := sqlite.Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	acc, err := demo.Add(ctx, db, catalog.MustLoad())
	if err != nil {
		t.Fatal(err)
	}
	base := acc.Client.ID
	model, err := snapshot(ctx, db, base) // the facts as acknowledged so far
	if err != nil {
		t.Fatal(err)
	}
	db.Close()

	r := rand.New(rand.NewPCG(7, uint64(time.Now().UnixNano())))
	var acked, landed, rolledBack, early, checked int
	kinds := map[string]int{}
	for run := 1; run <= n; run++ {
		k := startAndKill(t, []string{envMode + "=edits", envDB + "=" + path, envBase + "=" + base, envRun + "=" + strconv.Itoa(run)},
			r, r.IntN(10) == 0, 60*time.Millisecond)
		if !k.ready {
			early++
		}
		fly := k.inFlight()
		for _, c := range k.begun {
			if !k.acked[c.N] {
				continue
			}
			acked++
			kinds[c.Kind]++
			for key, ba := range c.Facts {
				model[key] = ba[1]
			}
		}

		db, err := sqlite.Open(ctx, path)
		if err != nil {
			t.Fatalf("run %d: the workspace does not open after the kill: %v", run, err)
		}
		if err := db.Check(ctx); err != nil {
			t.Fatalf("run %d: check after the kill: %v", run, err)
		}
		got, err := snapshot(ctx, db, base)
		db.Close()
		if err != nil {
			t.Fatalf("run %d: read after the kill: %v", run, err)
		}
		for key, want := range model {
			if fly != nil {
				if _, ok := fly.Facts[key]; ok {
					continue
				}
			}
			checked++
			if g := get(got, key); g != want {
				t.Fatalf("run %d: acknowledged edit lost: %s is %q, want %q", run, key, g, want)
			}
		}
		if fly != nil {
			applied, absentNow := true, true
			var diff []string
			for key, ba := range fly.Facts {
				g := get(got, key)
				applied = applied && g == ba[1]
				absentNow = absentNow && g == ba[0]
				diff = append(diff, fmt.Sprintf("%s: before %q after %q now %q", key, ba[0], ba[1], g))
			}
			sort.Strings(diff)
			switch {
			case applied:
				landed++
				for key, ba := range fly.Facts {
					model[key] = ba[1]
				}
			case absentNow:
				rolledBack++
			default:
				t.Fatalf("run %d: edit %d (%s) is half applied:\n%s", run, fly.N, fly.Kind, strings.Join(diff, "\n"))
			}
		}
	}
	t.Logf("%d kills (%d before the workspace was open): %d acknowledged edits %v all recovered (%d fact checks); of the edits in flight %d had landed, %d were rolled back; 0 corrupt, 0 half-applied",
		n, early, acked, kinds, checked, landed, rolledBack)
	if acked < n {
		t.Fatalf("only %d edits acknowledged in %d runs: the kills come too early to prove anything", acked, n)
	}
}
