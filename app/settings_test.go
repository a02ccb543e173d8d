package app

import (
	"errors"
	"path/filepath"
	"testing"

	"kamworkbench/internal/kam"
)

// TestSidebarIsRemembered: the client list's state survives closing the
// workspace; before any choice the window decides; a state that does not
// exist (the window's own "auto" included) is refused.
func TestSidebarIsRemembered(t *testing.T) {
	path := filepath.Join(t.TempDir(), "workspace.db")
	db := openWindowWorkspace(t, path)
	s := &Settings{db: db}
	if got, err := s.Sidebar(); err != nil || got != SidebarAuto {
		t.Fatalf("new workspace: sidebar %q, %v; want %q", got, err, SidebarAuto)
	}
	if err := s.SetSidebar(SidebarCollapsed); err != nil {
		t.Fatal(err)
	}
	for _, bad := range []string{"", "open", "Collapsed", "collapsed ", "\x00"} {
		err := s.SetSidebar(bad)
		var e *kam.Error
		if !errors.As(err, &e) || e.Code != kam.EInvalid {
			t.Errorf("SetSidebar(%q) = %v, want an invalid error", bad, err)
		}
	}
	db.Close()

	db = openWindowWorkspace(t, path)
	defer db.Close()
	s = &Settings{db: db}
	if got, err := s.Sidebar(); err != nil || got != SidebarCollapsed {
		t.Fatalf("after reopening: sidebar %q, %v; want %q", got, err, SidebarCollapsed)
	}
	for _, state := range []string{SidebarExpanded, SidebarCollapsed} {
		if err := s.SetSidebar(state); err != nil {
			t.Fatal(err)
		}
		if got, _ := s.Sidebar(); got != state {
			t.Errorf("sidebar %q after setting %q", got, state)
		}
	}
}
