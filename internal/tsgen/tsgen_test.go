package tsgen_test

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"testing"

	"kamworkbench/internal/tsgen"
)

var update = flag.Bool("update", false, "write frontend/src/api/domain.gen.ts anew")

// TestDomainTS fails when frontend/src/api/domain.gen.ts is not what the
// domain says now: run `go generate ./internal/tsgen`.
func TestDomainTS(t *testing.T) {
	got, err := tsgen.Domain()
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join("..", "..", "frontend", "src", "api", "domain.gen.ts")
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s is stale: the domain changed; run `go generate ./internal/tsgen`", path)
	}
}
