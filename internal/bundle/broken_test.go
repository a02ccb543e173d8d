package bundle_test

import (
	"bytes"
	"compress/flate"
	"errors"
	"fmt"
	"hash/crc32"
	"io"
	"strings"
	"testing"

	"kamworkbench/internal/kam"
)

// broken is a bundle that Read must refuse with a message containing want.
type broken struct {
	name string
	data []byte
	want string
}

func deflate(tb testing.TB, data []byte) []byte {
	tb.Helper()
	var buf bytes.Buffer
	fw, err := flate.NewWriter(&buf, flate.BestSpeed)
	if err != nil {
		tb.Fatal(err)
	}
	fw.Write(data)
	fw.Close()
	return buf.Bytes()
}

// zeros returns a deflate stream of mib MiB of zero bytes: one compressed
// MiB, flushed to a byte boundary, repeated, then an empty final block. It
// is about a thousand times smaller than what it unpacks to and takes no
// time to build.
func zeros(tb testing.TB, mib int) []byte {
	tb.Helper()
	var buf bytes.Buffer
	fw, err := flate.NewWriter(&buf, flate.BestCompression)
	if err != nil {
		tb.Fatal(err)
	}
	fw.Write(make([]byte, 1<<20))
	fw.Flush()
	return append(bytes.Repeat(buf.Bytes(), mib), 0x01, 0x00, 0x00, 0xff, 0xff)
}

func TestZerosIsABomb(t *testing.T) {
	stream := zeros(t, 3)
	n, err := io.Copy(io.Discard, flate.NewReader(bytes.NewReader(stream)))
	if err != nil || n != 3<<20 {
		t.Fatalf("zeros(3) unpacks to %d bytes (%v), want %d", n, err, 3<<20)
	}
	if len(stream) > 3<<20/500 {
		t.Errorf("zeros(3) is %d bytes; want a highly compressed stream", len(stream))
	}
}

// edit returns a demo bundle whose workshop.json has value at path.
func edit(tb testing.TB, path string, v any) []byte {
	tb.Helper()
	return withDoc(tb, func(doc map[string]any) { set(doc, path, v) })
}

// copyField returns a demo bundle with the value at from copied to to.
func copyField(tb testing.TB, from, to string) []byte {
	tb.Helper()
	return withDoc(tb, func(doc map[string]any) { set(doc, to, value(doc, from)) })
}

// brokenBundles are the nasty cases: the table test refuses each, and the
// fuzz targets start from them. The zip bombs unpack to bombMiB MiB (what
// their headers claim stays the same): the table test uses a real bomb, the
// fuzz targets a small one, since a mutated header makes Read unpack the
// stream.
func brokenBundles(tb testing.TB, bombMiB int) []broken {
	good := write(tb, demoAccount())
	doc := unzip(tb, good)["workshop.json"]
	man := entry{"manifest.json", manifestJSON}
	ws := entry{"workshop.json", doc}
	attachments := []entry{man, ws}
	for i := range 1000 {
		attachments = append(attachments, entry{fmt.Sprintf("attachments/%04d.txt", i), []byte("x")})
	}
	const mib = 1 << 20
	bomb := zeros(tb, bombMiB)
	return []broken{
		{"not a ZIP", []byte("Notizen vom Workshop, kein Bündel"), "not a ZIP archive"},
		{"empty file", nil, "empty"},
		{"cut off", good[:len(good)/2], "not a ZIP archive"},
		{"missing manifest", zipOf(tb, ws), "no manifest.json"},
		{"missing workshop", zipOf(tb, man), "no workshop.json"},
		{"wrong format", zipOf(tb, entry{"manifest.json", []byte(`{"format": "kam-workbench/other", "version": 1}`)}, ws),
			`manifest.json: format: "kam-workbench/other" is not "kam-workbench/bundle"`},
		{"newer version", zipOf(tb, entry{"manifest.json", []byte(`{"format": "kam-workbench/bundle", "version": 3}`)}, ws),
			"manifest.json: version: 3 is newer than this KAM Workbench reads"},
		{"version as text", zipOf(tb, entry{"manifest.json", []byte(`{"format": "kam-workbench/bundle", "version": "1"}`)}, ws),
			"manifest.json: version: line 1, column 50: expected a whole number, found string"},
		{"workshop.json version 0", edit(tb, "version", 0), "workshop.json: version: 0 is not a bundle version"},
		{"workshop.json wrong format", edit(tb, "format", "zip"), `workshop.json: format: "zip" is not`},
		{"bad manifest JSON", zipOf(tb, entry{"manifest.json", []byte(`{"format":`)}, ws), "manifest.json is not valid JSON: line 1, column 10: unexpected end of JSON input"},
		{"bad JSON", zipOf(tb, man, entry{"workshop.json", []byte("{\n  \"format\": \"kam-workbench/bundle\",\n  \"client\": {\"id\": }\n}")}),
			"workshop.json is not valid JSON: line 3, column 20: invalid character '}'"},
		{"trailing data", zipOf(tb, man, entry{"workshop.json", append(bytes.Clone(doc), "{}"...)}), "workshop.json is not valid JSON"},
		{"null document", zipOf(tb, man, entry{"workshop.json", []byte("null")}), "workshop.json: format"},
		{"influence as text", edit(tb, "stakeholders.4.influence", "hoch"), "workshop.json: stakeholders.influence: line"},
		{"rating 5", edit(tb, "workshops.1.answers.0.rating", 5), "workshop.json: workshops[1].answers[0].rating: 5 is outside 0–4"},
		{"rating 2.5", edit(tb, "workshops.1.answers.0.rating", 2.5), "workshop.json: workshops.answers.rating: line"},
		{"attitude 3", edit(tb, "stakeholders.3.attitude", 3), "workshop.json: stakeholders[3].attitude: 3 is outside -2–2"},
		{"influence 7", edit(tb, "stakeholders.11.influence", 7), "workshop.json: stakeholders[11].influence: 7 is outside 1–5"},
		{"relationship 4", edit(tb, "stakeholders.0.relationship", 4), "workshop.json: stakeholders[0].relationship: 4 is outside 0–3"},
		{"threat 0", edit(tb, "competitors.1.threat", 0), "workshop.json: competitors[1].threat: 0 is outside 1–5"},
		{"probability 101", edit(tb, "opportunities.2.probability", 101), "workshop.json: opportunities[2].probability: 101 is outside 0–100"},
		{"action probability -1", edit(tb, "workshops.1.actions.3.probability", -1), "workshop.json: workshops[1].actions[3].probability: -1 is outside 0–100"},
		{"bad date", edit(tb, "stakeholders.5.last_contact", "2026-02-30"), `workshop.json: stakeholders[5].last_contact: "2026-02-30" is not a date (YYYY-MM-DD)`},
		{"German date", edit(tb, "workshops.0.date", "22.04.2026"), `workshop.json: workshops[0].date: "22.04.2026" is not a date`},
		{"bad due date", edit(tb, "workshops.1.actions.0.due", "2026-13-01"), `workshops[1].actions[0].due: "2026-13-01" is not a date`},
		{"bad exported_at", edit(tb, "exported_at", "gestern"), `workshop.json: exported_at: "gestern" is not a time`},
		{"unknown department", edit(tb, "stakeholders.0.department", "vorstand"), `workshop.json: stakeholders[0].department: "vorstand" is not one of`},
		{"unknown buying role", edit(tb, "stakeholders.0.buying_role", "king"), `stakeholders[0].buying_role: "king" is not one of`},
		{"unknown stage", edit(tb, "opportunities.0.stage", "hoffnung"), `opportunities[0].stage: "hoffnung" is not one of`},
		{"unknown relation kind", edit(tb, "relations.0.kind", "loves"), `relations[0].kind: "loves" is not one of`},
		{"unknown priority", edit(tb, "workshops.1.actions.0.priority", "urgent"), `actions[0].priority: "urgent" is not one of`},
		{"unknown status", edit(tb, "workshops.1.actions.0.status", "blocked"), `actions[0].status: "blocked" is not one of`},
		{"argument buying role", edit(tb, "arguments.0.buying_role", "boss"), `arguments[0].buying_role: "boss" is not one of`},
		{"position off the map", edit(tb, "stakeholders.0.x", 1e300), "stakeholders[0].x: 1e+300 is not a position on the map"},
		{"negative value", edit(tb, "opportunities.0.value", -5), "opportunities[0].value: -5 EUR is not a valid amount"},
		{"empty client name", edit(tb, "client.name", "  "), "workshop.json: client.name: must not be empty"},
		{"empty participant", edit(tb, "workshops.1.participants.2.name", ""), "workshops[1].participants[2].name: must not be empty"},
		{"name too long", edit(tb, "competitors.0.name", strings.Repeat("ß", 501)), "competitors[0].name: is 501 characters long; at most 500"},
		{"relation to unknown stakeholder", edit(tb, "relations.4.to", "7d0f4c1e-5b8a-4f6e-9c2d-3a1b0e9f8d7c"),
			"workshop.json: relations[4].to: 7d0f4c1e-5b8a-4f6e-9c2d-3a1b0e9f8d7c is not a stakeholder of this bundle"},
		{"relation to a competitor", copyField(tb, "competitors.0.id", "relations.0.from"), "relations[0].from: "},
		{"relation to itself", copyField(tb, "relations.2.from", "relations.2.to"), "relations[2].to: a person cannot relate to themselves"},
		{"relation without end", edit(tb, "relations.1.from", ""), "relations[1].from: is missing"},
		{"unknown question id", edit(tb, "workshops.0.answers.2.question_id", "org.gibt_es_nicht"),
			`workshop.json: workshops[0].answers[2].question_id: "org.gibt_es_nicht" is not a question this KAM Workbench knows`},
		{"action on unknown question", edit(tb, "workshops.1.actions.0.question_id", "org.gibt_es_nicht"),
			`workshops[1].actions[0].question_id: "org.gibt_es_nicht" is not a question`},
		{"question answered twice", copyField(tb, "workshops.0.answers.0.question_id", "workshops.0.answers.1.question_id"),
			"workshops[0].answers[1].question_id: " + fmt.Sprintf("%q", cat.QuestionIDs()[0]) + " is answered twice"},
		{"duplicate stakeholder ids", copyField(tb, "stakeholders.0.id", "stakeholders.1.id"), "workshop.json: stakeholders[1].id: the id "},
		{"duplicate ids across kinds", copyField(tb, "client.id", "competitors.2.id"), "competitors[2].id: the id "},
		{"duplicate action ids", copyField(tb, "workshops.1.actions.0.id", "workshops.0.actions.0.id"), "workshops[1].actions[0].id: the id "},
		{"duplicate workshop ids", copyField(tb, "workshops.0.id", "workshops.1.id"), "(also at workshops[0].id)"},
		{"id not a UUID", edit(tb, "stakeholders.0.id", "42"), `workshop.json: stakeholders[0].id: "42" is not a valid id (a UUID)`},
		{"id with braces", edit(tb, "opportunities.0.id", "{7d0f4c1e-5b8a-4f6e-9c2d-3a1b0e9f8d7c}"), `opportunities[0].id: "{7d0f4c1e`},
		{"missing client id", withDoc(tb, func(d map[string]any) { delete(d["client"].(map[string]any), "id") }), "workshop.json: client.id: is missing"},
		{"path traversal", zipOf(tb, man, ws, entry{"../x", []byte("x")}), `entry "../x", a path leading out of the bundle`},
		{"deep path traversal", zipOf(tb, man, ws, entry{"attachments/../../x", []byte("x")}), "leading out of the bundle"},
		{"absolute path", zipOf(tb, man, ws, entry{"/etc/cron.d/x", []byte("x")}), `entry "/etc/cron.d/x" with an absolute path`},
		{"drive letter", zipOf(tb, man, ws, entry{"C:/Windows/x.dll", []byte("x")}), "absolute path"},
		{"backslash", zipOf(tb, man, ws, entry{`attachments\..\..\x`, []byte("x")}), "backslash"},
		{"unexpected entry", zipOf(tb, man, ws, entry{"run.sh", []byte("rm -rf ~")}), `unexpected entry "run.sh"`},
		{"entry twice", zipOf(tb, man, ws, ws), `the entry "workshop.json" twice`},
		{"too many entries", zipOf(tb, attachments...), "1002 entries; at most 1000"},
		{"header claims less", rawZipOf(tb, rawEntry{name: "manifest.json", deflated: deflate(tb, manifestJSON), crc: crc32.ChecksumIEEE(manifestJSON), unpacked: uint64(len(manifestJSON))},
			rawEntry{name: "workshop.json", deflated: deflate(tb, doc), crc: crc32.ChecksumIEEE(doc[:100]), unpacked: 100}),
			"workshop.json unpacks to more than its header says (100 bytes)"},
		{"header claims more", rawZipOf(tb, rawEntry{name: "manifest.json", deflated: deflate(tb, manifestJSON), crc: crc32.ChecksumIEEE(manifestJSON), unpacked: 4096}, ws2(tb, doc)),
			"manifest.json is damaged or cut off"},
		{"checksum", rawZipOf(tb, rawEntry{name: "manifest.json", deflated: deflate(tb, manifestJSON), crc: 12345, unpacked: uint64(len(manifestJSON))}, ws2(tb, doc)),
			"manifest.json is damaged (checksum mismatch)"},
		{"zip bomb", rawZipOf(tb, rawEntry{name: "manifest.json", deflated: deflate(tb, manifestJSON), crc: crc32.ChecksumIEEE(manifestJSON), unpacked: uint64(len(manifestJSON))},
			rawEntry{name: "workshop.json", deflated: bomb, unpacked: 300 * mib}),
			"would unpack to 300 MiB; at most 256 MiB"},
		{"zip bomb lying about its size", rawZipOf(tb, rawEntry{name: "manifest.json", deflated: deflate(tb, manifestJSON), crc: crc32.ChecksumIEEE(manifestJSON), unpacked: uint64(len(manifestJSON))},
			rawEntry{name: "workshop.json", deflated: bomb, unpacked: 2048}),
			"workshop.json unpacks to more than its header says (2048 bytes)"},
		{"zip bomb in attachments", rawZipOf(tb, rawEntry{name: "manifest.json", deflated: deflate(tb, manifestJSON), crc: crc32.ChecksumIEEE(manifestJSON), unpacked: uint64(len(manifestJSON))},
			ws2(tb, doc),
			rawEntry{name: "attachments/a.bin", deflated: bomb, unpacked: 100 * mib},
			rawEntry{name: "attachments/b.bin", deflated: bomb, unpacked: 100 * mib},
			rawEntry{name: "attachments/c.bin", deflated: bomb, unpacked: 100 * mib}),
			"would unpack to 301 MiB"},
		{"encrypted", encrypted(tb, doc), "manifest.json is encrypted"},
		{"client named NUL", edit(tb, "client.name", "\x00"), "workshop.json: client.name: holds the control character NUL (U+0000)"},
		{"ESC in notes", edit(tb, "client.notes", "rot \x1b[31m"), "workshop.json: client.notes: holds the control character ESC (U+001B)"},
		{"name on two lines", edit(tb, "stakeholders.2.name", "Claudia\nNeumann"), "workshop.json: stakeholders[2].name: must be one line"},
		{"tab in a title", edit(tb, "workshops.0.title", "Runde\t1"), "workshops[0].title: must be one line; it holds a tab"},
		{"participant NUL", edit(tb, "workshops.1.participants.0.role", "a\x00"), "workshops[1].participants[0].role: holds the control character NUL"},
		{"finding with DEL", edit(tb, "workshops.0.answers.0.finding", "\x7f"), "workshops[0].answers[0].finding: holds the control character DEL"},
		{"invalid UTF-8", zipOf(tb, man, entry{"workshop.json", bytes.Replace(doc, []byte("Hofmann Antriebstechnik"), []byte("Hofmann \xffntriebstechnik"), 1)}),
			"workshop.json: client.name: is not valid UTF-8 text (byte 0xFF)"},
		{"lone surrogate", zipOf(tb, man, entry{"workshop.json", bytes.Replace(doc, []byte("Hofmann Antriebstechnik"), []byte(`Hofmann \ud800ntriebstechnik`), 1)}),
			`workshop.json: client.name: holds \ud800, half of a character (a lone surrogate)`},
		{"lone surrogate in the manifest", zipOf(tb, entry{"manifest.json", []byte(`{"format": "kam-workbench/bundle\udc00", "version": 2}`)}, ws),
			`manifest.json: format: holds \udc00`},
	}
}

// ws2 is workshop.json as an honest raw entry.
func ws2(tb testing.TB, doc []byte) rawEntry {
	return rawEntry{name: "workshop.json", deflated: deflate(tb, doc), crc: crc32.ChecksumIEEE(doc), unpacked: uint64(len(doc))}
}

// encrypted returns a bundle whose manifest has the encryption flag set.
func encrypted(tb testing.TB, doc []byte) []byte {
	data := rawZipOf(tb, rawEntry{name: "manifest.json", deflated: deflate(tb, manifestJSON), crc: crc32.ChecksumIEEE(manifestJSON), unpacked: uint64(len(manifestJSON))}, ws2(tb, doc))
	// Set bit 0 of the general purpose flags in the central directory header.
	i := bytes.Index(data, []byte("PK\x01\x02"))
	data[i+8] |= 0x1
	return data
}

func TestReadRefuses(t *testing.T) {
	for _, tc := range brokenBundles(t, 300) {
		t.Run(tc.name, func(t *testing.T) {
			_, err := read(tc.data)
			if err == nil {
				t.Fatalf("Read accepted the bundle; want an error containing %q", tc.want)
			}
			var ke *kam.Error
			if !errors.As(err, &ke) || ke.Code != kam.EInvalid {
				t.Errorf("got %T %v, want a *kam.Error with code invalid", err, err)
			}
			if msg := kam.ErrorMessage(err); !strings.Contains(msg, tc.want) {
				t.Errorf("got %q, want it to contain %q", msg, tc.want)
			}
			t.Log(kam.ErrorMessage(err))
			if msg := err.Error(); strings.Contains(msg, "\n") {
				t.Errorf("message %q spans lines", msg)
			}
		})
	}
}

// The broken bundles start from a bundle Read accepts, so each case fails
// for its own edit alone; attachments are allowed beside it.
func TestEditsStartFromAGoodBundle(t *testing.T) {
	if _, err := read(withDoc(t, func(map[string]any) {})); err != nil {
		t.Fatalf("unchanged demo bundle refused: %v", err)
	}
	if _, err := read(zipOf(t, entry{"manifest.json", manifestJSON}, entry{"workshop.json", unzip(t, write(t, demoAccount()))["workshop.json"]},
		entry{"attachments/", nil}, entry{"attachments/logo.png", []byte("\x89PNG")})); err != nil {
		t.Fatalf("bundle with attachments refused: %v", err)
	}
}
