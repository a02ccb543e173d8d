package sqlite_test

import (
	"context"
	"testing"

	"kamworkbench/internal/sqlite"
)

func TestLanguage(t *testing.T) {
	ctx := context.Background()
	db := MustOpen(t)
	if got := db.Language(ctx); got != "de" {
		t.Errorf("unset: got %q, want de", got)
	}
	for _, tc := range []struct{ stored, want string }{{"en", "en"}, {"de", "de"}, {"fr", "de"}} {
		if err := db.SetSetting(ctx, sqlite.LanguageKey, tc.stored); err != nil {
			t.Fatal(err)
		}
		if got := db.Language(ctx); got != tc.want {
			t.Errorf("stored %q: got %q, want %q", tc.stored, got, tc.want)
		}
	}
}
