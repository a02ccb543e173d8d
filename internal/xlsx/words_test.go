package xlsx

import "testing"

func TestWordsInBothLanguages(t *testing.T) {
	for key := range words["de"] {
		if words["en"][key] == "" {
			t.Errorf("%q has no English word", key)
		}
	}
	for key := range words["en"] {
		if words["de"][key] == "" {
			t.Errorf("%q has no German word", key)
		}
	}
	for lang, w := range words {
		for key, name := range w {
			if len(key) > 6 && key[:6] == "sheet." && len([]rune(name)) > 31 {
				t.Errorf("%s %s: %q is longer than Excel's 31 characters for a sheet name", lang, key, name)
			}
		}
	}
}
