package crashtest_test

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"math/rand/v2"
	"os"
	"slices"
	"strconv"
	"strings"

	"kamworkbench/app"
	"kamworkbench/internal/catalog"
	"kamworkbench/internal/demo"
	"kamworkbench/internal/kam"
	"kamworkbench/internal/sqlite"
)

// The child reads its orders from the environment.
const (
	envMode = "KAMW_CRASH_CHILD" // "edits", "import" or "restore"
	envDB   = "KAMW_CRASH_DB"
	envBase = "KAMW_CRASH_BASE" // the client the edits work on
	envRun  = "KAMW_CRASH_RUN"  // the run number: seeds the randomness and numbers the edits
)

// child runs in the re-executed test binary until it is killed.
func child() int {
	run, _ := strconv.Atoi(os.Getenv(envRun))
	var err error
	switch os.Getenv(envMode) {
	case "edits":
		err = childEdits(os.Getenv(envDB), os.Getenv(envBase), run, os.Stdout)
	case "import":
		err = childImport(os.Getenv(envDB), run, os.Stdout)
	case "restore":
		err = childRestore(os.Getenv(envDB), os.Getenv(envBase), os.Stdout)
	default:
		err = fmt.Errorf("unknown mode %q", os.Getenv(envMode))
	}
	fmt.Fprintf(os.Stdout, "E %s\n", strings.ReplaceAll(fmt.Sprint(err), "\n", " "))
	return 1
}

// childEdits saves edits through the window's services, one after another,
// announcing each ("B" and the change) before it is made and acknowledging
// it ("A n") once the service returned.
func childEdits(path, base string, run int, out io.Writer) error {
	ctx := context.Background()
	cat := catalog.MustLoad()
	db, err := sqlite.Open(ctx, path)
	if err != nil {
		return err
	}
	svc := app.NewServices(db, cat, "crashtest")
	facts, err := snapshot(ctx, db, base)
	if err != nil {
		return err
	}
	acc, err := db.Account(ctx, base)
	if err != nil {
		return err
	}
	var people []string         // every stakeholder of the base client
	var added []kam.Stakeholder // those the stream added, oldest first; kept under 150
	for _, s := range acc.Stakeholders {
		people = append(people, s.ID)
		if strings.HasPrefix(s.Name, "Person ") || strings.HasPrefix(s.Name, "Import ") {
			added = append(added, s)
		}
	}
	var accounts []string // other clients, oldest first
	clients, _ := db.Clients(ctx)
	for _, c := range clients {
		if c.ID != base {
			accounts = append(accounts, c.ID)
		}
	}
	// The stored version of each answer, as the window carries it.
	versions := map[string]string{}
	for _, w := range acc.Workshops {
		for _, a := range w.Answers {
			versions[w.ID+"/"+a.QuestionID] = a.UpdatedAt
		}
	}
	questions := cat.QuestionIDs()
	r := rand.New(rand.NewPCG(uint64(run), 42))
	fmt.Fprintln(out, "ready")

	for k := 0; ; k++ {
		n := run*1_000_000 + k
		ch := change{N: n, Facts: map[string][2]string{}}
		set := func(key, after string) { ch.Facts[key] = [2]string{get(facts, key), after} }
		var do func() error
		switch p := r.IntN(100); {
		case p < 40: // an answer with notes, some long enough to span pages
			w := acc.Workshops[r.IntN(len(acc.Workshops))].ID
			a := kam.Answer{WorkshopID: w, QuestionID: questions[r.IntN(len(questions))], NA: r.IntN(8) == 0,
				FollowUp: r.IntN(2) == 0, Notes: text(r, n), Checked: []string{}}
			if !a.NA {
				rating := r.IntN(5)
				a.Rating = &rating
			}
			ch.Kind = "answer"
			set("answer/"+w+"/"+a.QuestionID, answerValue(a))
			a.UpdatedAt = versions[w+"/"+a.QuestionID]
			do = func() error {
				saved, err := svc.Assessment.SaveAnswer(a)
				if err == nil {
					versions[w+"/"+a.QuestionID] = saved.UpdatedAt
				}
				return err
			}
		case p < 55: // a drag of several stakeholders at once
			ch.Kind = "move"
			var moves []sqlite.Position
			for j, i := range r.Perm(len(people))[:min(len(people), 2+r.IntN(5))] {
				m := sqlite.Position{ID: people[i], X: float64(n%100_000) + float64(j)/8, Y: float64(-j*17 - k%1000)}
				moves = append(moves, m)
				set("pos/"+m.ID, position(kam.Stakeholder{X: m.X, Y: m.Y}))
			}
			do = func() error { return svc.Stakeholders.Move(moves) }
		case p < 65: // rename the client
			ch.Kind = "rename"
			name := fmt.Sprintf("Hofmann Antriebstechnik GmbH · %d", n)
			set("name/"+base, name)
			do = func() error {
				c, err := svc.Clients.Get(base)
				if err != nil {
					return err
				}
				c.Name = name
				_, err = svc.Clients.Save(c)
				return err
			}
		case p < 78 && len(added) > 150: // delete a stakeholder the stream added
			ch.Kind = "delete"
			s := added[0]
			set("person/"+s.Name, absent)
			set("pos/"+s.ID, absent)
			do = func() error {
				added = added[1:]
				people = slices.DeleteFunc(people, func(id string) bool { return id == s.ID })
				_, err := svc.Stakeholders.Delete(s.ID)
				return err
			}
		case p < 73: // a new stakeholder
			ch.Kind = "person"
			s := kam.Stakeholder{ClientID: base, Name: fmt.Sprintf("Person %d", n), Department: "other", BuyingRole: "user",
				Influence: 1 + r.IntN(5), Notes: text(r, n)}
			set("person/"+s.Name, "1")
			do = func() error {
				saved, err := svc.Stakeholders.Save(s)
				people, added = append(people, saved.ID), append(added, saved)
				facts["pos/"+saved.ID] = position(saved)
				return err
			}
		case p < 78: // a contact import: a dozen stakeholders in one transaction
			ch.Kind = "contacts"
			var list []kam.Stakeholder
			for j := range 12 {
				s := kam.Stakeholder{Name: fmt.Sprintf("Import %d-%02d", n, j), Department: "sales", BuyingRole: "influencer", Influence: 2}
				list = append(list, s)
				set("person/"+s.Name, "1")
			}
			do = func() error {
				saved, err := db.AddStakeholders(ctx, base, list)
				for _, s := range saved {
					people, added = append(people, s.ID), append(added, s)
					facts["pos/"+s.ID] = position(s)
				}
				return err
			}
		case p < 84: // an action
			ch.Kind = "action"
			a := kam.Action{WorkshopID: acc.Workshops[len(acc.Workshops)-1].ID, Title: fmt.Sprintf("Maßnahme %d", n),
				Priority: "medium", Status: "open", Probability: 50}
			set("action/"+a.Title, "1")
			do = func() error { _, err := svc.Actions.Save(a); return err }
		case p < 94 && len(accounts) < 3: // a whole account, as a bundle import writes it
			ch.Kind = "account"
			imp := demo.Account(cat)
			imp.Client.Name = fmt.Sprintf("Import-Konto %d", n)
			set("account/"+imp.Client.ID, fingerprint(imp))
			do = func() error {
				err := db.PutAccount(ctx, imp, false)
				accounts = append(accounts, imp.Client.ID)
				return err
			}
		default: // delete a client with everything about it
			if len(accounts) == 0 {
				continue
			}
			ch.Kind = "drop"
			id := accounts[0]
			set("account/"+id, absent)
			do = func() error {
				accounts = slices.Delete(accounts, 0, 1)
				_, err := svc.Clients.Delete(id)
				return err
			}
		}
		line, _ := json.Marshal(ch)
		fmt.Fprintf(out, "B %s\n", line)
		if err := do(); err != nil {
			return fmt.Errorf("edit %d (%s): %w", n, ch.Kind, err)
		}
		fmt.Fprintf(out, "A %d\n", n)
		for key, ba := range ch.Facts {
			facts[key] = ba[1]
		}
	}
}

// text returns notes of a random length: mostly a sentence or two,
// sometimes tens of kilobytes, which span several pages.
func text(r *rand.Rand, n int) string {
	size := 10 + r.IntN(400)
	if r.IntN(10) == 0 {
		size = 4_000 + r.IntN(60_000)
	}
	var b strings.Builder
	fmt.Fprintf(&b, "Notiz %d: ", n)
	words := []string{"Kunde", "Einkauf", "Rahmenvertrag", "Größe", "Übergabe", "Straße", "Angebot", "Wettbewerb", "😀", "<b>", "ß"}
	for b.Len() < size {
		b.WriteString(words[r.IntN(len(words))])
		b.WriteByte(' ')
	}
	return b.String()
}
