package app

import (
	"context"
	"strings"

	"kamworkbench/internal/kam"
	"kamworkbench/internal/sqlite"
)

// Settings is the bound service for preferences and workspace facts.
type Settings struct {
	db      *sqlite.DB
	version string
}

// Language returns the UI language, "de" unless set otherwise.
func (s *Settings) Language() (lang string, err error) {
	defer guard(&err)
	return s.db.Setting(context.Background(), "language", "de")
}

// SetLanguage stores the UI language: "de" or "en".
func (s *Settings) SetLanguage(lang string) (err error) {
	defer guard(&err)
	if lang != "de" && lang != "en" {
		return kam.Invalid("language", "%q is not a supported language (de, en)", lang)
	}
	return s.db.SetSetting(context.Background(), "language", lang)
}

// The states of the window's client list (the sidebar). SidebarAuto is the
// state before the person ever chose: the window then shows the list in full
// only where it is wide enough.
const (
	SidebarAuto      = ""
	SidebarExpanded  = "expanded"
	SidebarCollapsed = "collapsed"
)

const sidebarSetting = "sidebar"

// Sidebar returns how the window shows its client list: SidebarExpanded,
// SidebarCollapsed, or SidebarAuto when the person never chose.
func (s *Settings) Sidebar() (state string, err error) {
	defer guard(&err)
	v, err := s.db.Setting(context.Background(), sidebarSetting, SidebarAuto)
	if err != nil {
		return SidebarAuto, err
	}
	if v != SidebarExpanded && v != SidebarCollapsed {
		return SidebarAuto, nil
	}
	return v, nil
}

// SetSidebar remembers how the person wants the client list:
// SidebarExpanded or SidebarCollapsed.
func (s *Settings) SetSidebar(state string) (err error) {
	defer guard(&err)
	if state != SidebarExpanded && state != SidebarCollapsed {
		return kam.Invalid("sidebar", "%q is not a sidebar state (expanded, collapsed)", state)
	}
	return s.db.SetSetting(context.Background(), sidebarSetting, state)
}

// WorkspaceInfo describes the open workspace.
type WorkspaceInfo struct {
	Path          string `json:"path"`
	SchemaVersion int    `json:"schema_version"`
	Version       string `json:"version"`
}

// Workspace returns facts about the open workspace.
func (s *Settings) Workspace() (info WorkspaceInfo, err error) {
	defer guard(&err)
	return WorkspaceInfo{Path: s.db.Path(), SchemaVersion: sqlite.SchemaVersion(), Version: s.version}, nil
}

// Welcome is where the window opens the first time: the sample workshop.
type Welcome struct {
	ClientID   string `json:"client_id"`
	WorkshopID string `json:"workshop_id"`
}

// TakeWelcome returns, once, the workshop the window should open on its
// first start (the sample client's latest round); afterwards, and for a
// workspace that did not start with the sample, it returns empty ids.
func (s *Settings) TakeWelcome() (w Welcome, err error) {
	defer guard(&err)
	ctx := context.Background()
	v, err := s.db.Setting(ctx, welcomeSetting, "")
	if err != nil || v == "" {
		return w, err
	}
	if err := s.db.SetSetting(ctx, welcomeSetting, ""); err != nil {
		return w, err
	}
	w.ClientID, w.WorkshopID, _ = strings.Cut(v, "/")
	return w, nil
}
