package app

import (
	"context"

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
