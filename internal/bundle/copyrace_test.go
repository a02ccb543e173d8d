package bundle_test

import (
	"context"
	"slices"
	"sync"
	"testing"

	"kamworkbench/internal/bundle"
	"kamworkbench/internal/sqlite"
)

// meetingStore lets every import of a test arrive before any goes on: all
// of them ask for the workspace's language, then wait for each other. An
// import that picked its copy's name from the client list before this
// point would give every copy the same name.
type meetingStore struct {
	*sqlite.DB
	all sync.WaitGroup
}

func (s *meetingStore) Language(ctx context.Context) string {
	lang := s.DB.Language(ctx)
	s.all.Done()
	s.all.Wait()
	return lang
}

// TestParallelCopiesGetDistinctNames: copies of one bundle imported at the
// same time into one workspace are named "(Kopie)", "(Kopie 2)", … each
// once, since the name is picked inside the writing transaction.
func TestParallelCopiesGetDistinctNames(t *testing.T) {
	ctx := context.Background()
	db := openDB(t)
	orig := demoAccount()
	if err := db.PutAccount(ctx, orig, false); err != nil {
		t.Fatal(err)
	}
	const copies = 6
	st := &meetingStore{DB: db}
	st.all.Add(copies)
	names := make([]string, copies)
	errs := make([]error, copies)
	var wg sync.WaitGroup
	for i := range copies {
		wg.Go(func() {
			got, err := bundle.Import(ctx, st, orig, bundle.ModeCopy)
			names[i], errs[i] = got.Client.Name, err
		})
	}
	wg.Wait()
	for i, err := range errs {
		if err != nil {
			t.Fatalf("copy %d: %v", i+1, err)
		}
	}
	stored, err := db.Clients(ctx)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, c := range stored {
		got = append(got, c.Name)
	}
	slices.Sort(got)
	want := []string{orig.Client.Name, orig.Client.Name + " (Kopie 2)", orig.Client.Name + " (Kopie 3)", orig.Client.Name + " (Kopie 4)",
		orig.Client.Name + " (Kopie 5)", orig.Client.Name + " (Kopie 6)", orig.Client.Name + " (Kopie)"}
	slices.Sort(want)
	if !slices.Equal(got, want) {
		t.Fatalf("got clients %q, want %q", got, want)
	}
	slices.Sort(names)
	if len(slices.Compact(slices.Clone(names))) != copies {
		t.Fatalf("the imports returned the names %q, want %d different ones", names, copies)
	}
}
