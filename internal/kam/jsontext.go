package kam

import (
	"bytes"
	"encoding/json"
	"io"
	"strconv"
	"unicode/utf8"
)

// CheckJSONText finds text in a JSON document that encoding/json would mend
// silently into U+FFFD: bytes that are not UTF-8 and \u escapes of lone
// surrogates (\ud800 without its partner). Call it on the raw bytes before
// decoding; the error (RuleText) names the field by its path in the
// document, as in "stakeholders[3].name". A document it cannot walk (bad
// JSON) passes: decoding then says what is wrong.
func CheckJSONText(data []byte) error {
	if utf8.Valid(data) && loneSurrogate(data) < 0 {
		return nil // the common case, without walking the tokens
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	var path []jsonStep
	for {
		start := dec.InputOffset()
		tok, err := dec.Token()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return nil
		}
		top := len(path) - 1
		switch tok := tok.(type) {
		case json.Delim:
			switch tok {
			case '{', '[':
				path = append(path, jsonStep{array: tok == '['})
				continue
			default:
				path = path[:top]
			}
		case string:
			key := top >= 0 && !path[top].array && !path[top].inValue
			field := jsonPath(path, key, tok)
			if err := checkRawString(field, data[start:dec.InputOffset()]); err != nil {
				return err
			}
			if key {
				path[top].key, path[top].inValue = tok, true
				continue
			}
		}
		// A value ended: the next one in its object or list.
		if n := len(path) - 1; n >= 0 {
			if path[n].array {
				path[n].index++
			} else {
				path[n].inValue = false
			}
		}
	}
}

// jsonStep is one level of the path to a value: an object with the key
// being read, or a list with the index of the item being read.
type jsonStep struct {
	array   bool
	index   int
	key     string
	inValue bool // in an object: the key is read, its value is next
}

// jsonPath writes the path to the string just read, a key (then named by
// itself) or a value.
func jsonPath(path []jsonStep, key bool, tok string) string {
	var b []byte
	for i, s := range path {
		last := i == len(path)-1
		switch {
		case s.array:
			b = append(b, '[')
			b = strconv.AppendInt(b, int64(s.index), 10)
			b = append(b, ']')
		case last && key:
			if len(b) > 0 {
				b = append(b, '.')
			}
			b = append(b, tok...)
		default:
			if len(b) > 0 {
				b = append(b, '.')
			}
			b = append(b, s.key...)
		}
	}
	if len(b) == 0 {
		return "the whole file"
	}
	return string(b)
}

// checkRawString checks the raw bytes of one JSON string as it stands in
// the document (with the separators before it).
func checkRawString(field string, raw []byte) error {
	if !utf8.Valid(raw) {
		i := 0
		for i < len(raw) {
			r, size := utf8.DecodeRune(raw[i:])
			if r == utf8.RuneError && size == 1 {
				break
			}
			i += size
		}
		return breaks(field, RuleText, 0, 0, "is not valid UTF-8 text (byte 0x%02X)", raw[i])
	}
	if i := loneSurrogate(raw); i >= 0 {
		return breaks(field, RuleText, 0, 0, "holds %s, half of a character (a lone surrogate), which is not text", raw[i:i+6])
	}
	return nil
}

// loneSurrogate returns the offset of the first \u escape in data that is
// half of a surrogate pair without the other half, or -1. An escaped
// backslash (\\u…) is text, not an escape.
func loneSurrogate(data []byte) int {
	for i := 0; i < len(data)-1; i++ {
		if data[i] != '\\' {
			continue
		}
		if data[i+1] != 'u' {
			i++ // \\, \" and the like: skip the escaped character
			continue
		}
		u, ok := hex4(data, i+2)
		switch {
		case !ok:
			continue
		case u >= 0xD800 && u <= 0xDBFF:
			if lo, ok := hex4(data, i+8); ok && i+7 < len(data) && data[i+6] == '\\' && data[i+7] == 'u' && lo >= 0xDC00 && lo <= 0xDFFF {
				i += 11 // a whole pair
				continue
			}
			return i
		case u >= 0xDC00 && u <= 0xDFFF:
			return i
		}
		i += 5
	}
	return -1
}

// hex4 reads four hex digits at data[i:], if they are there.
func hex4(data []byte, i int) (rune, bool) {
	if i < 0 || i+4 > len(data) {
		return 0, false
	}
	v, err := strconv.ParseUint(string(data[i:i+4]), 16, 32)
	if err != nil {
		return 0, false
	}
	return rune(v), true
}
