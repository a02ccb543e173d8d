package app

import "testing"

// Under `wails dev` (tag dev) KAMW_E2E_OPEN_FILE answers the open-file
// dialog; a release build must ignore it and ask the user.
func TestDialogsE2ESeam(t *testing.T) {
	t.Setenv("KAMW_E2E_OPEN_FILE", "/tmp/contacts.csv")
	d := NewDialogs()
	if e2eOpenFile() == "" {
		if d.openFile == nil {
			t.Fatal("release build: no open-file dialog")
		}
		return // release build: the real dialog, which needs a window
	}
	got, err := d.OpenFile("t")
	if err != nil || got != "/tmp/contacts.csv" {
		t.Fatalf("got %q, %v; want the file from KAMW_E2E_OPEN_FILE", got, err)
	}
}

// The end-to-end tests give one file per kind of open dialog; each dialog
// gets the file its filters match.
func TestPickFor(t *testing.T) {
	paths := []string{"/tmp/kontakte.csv", "/tmp/e2e Ä/import.kamw"}
	csv := []FileFilter{{DisplayName: "CSV, vCard", Pattern: "*.csv;*.CSV;*.vcf"}, {DisplayName: "*", Pattern: "*"}}
	kamw := []FileFilter{bundleFilter, {DisplayName: "*", Pattern: "*"}}
	for _, tt := range []struct {
		filters []FileFilter
		paths   []string
		want    string
	}{
		{csv, paths, "/tmp/kontakte.csv"},
		{kamw, paths, "/tmp/e2e Ä/import.kamw"},
		{nil, paths, "/tmp/kontakte.csv"},
		{kamw, paths[:1], "/tmp/kontakte.csv"},
	} {
		if got := pickFor(tt.filters, tt.paths); got != tt.want {
			t.Errorf("pickFor(%v, %v) = %q, want %q", tt.filters, tt.paths, got, tt.want)
		}
	}
}
