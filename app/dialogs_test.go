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
