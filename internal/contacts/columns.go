package contacts

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"kamworkbench/internal/kam"
)

// field is what a CSV column holds.
type field int

const (
	fOther      field = iota // a column the import does not use (Firma, Company, Anrede, …)
	fName                    // the whole name
	fFirst                   // first name
	fLast                    // last name
	fTitle                   // job title: Position, Funktion, Job title
	fTitleAlt                // Title, Titel: a job title, or an academic title such as "Dr."
	fDepartment              // department
	fEmail                   // e-mail address
	fPhone                   // phone number
	fNotes                   // notes
	fRole                    // buying role
)

// headers maps column names in header() spelling to fields.
var headers = map[string]field{
	"name": fName, "fullname": fName, "vollername": fName, "ansprechpartner": fName, "ansprechperson": fName,
	"kontaktperson": fName, "kontaktname": fName, "contact": fName, "contactname": fName, "displayname": fName,
	"anzeigename": fName, "person": fName,

	"vorname": fFirst, "firstname": fFirst, "givenname": fFirst, "forename": fFirst,
	"nachname": fLast, "lastname": fLast, "surname": fLast, "familyname": fLast, "familienname": fLast, "zuname": fLast,

	"position": fTitle, "funktion": fTitle, "jobtitle": fTitle, "jobtitel": fTitle, "stellung": fTitle,
	"stellenbezeichnung": fTitle, "berufsbezeichnung": fTitle, "jobfunction": fTitle,
	"title": fTitleAlt, "titel": fTitleAlt,

	"abteilung": fDepartment, "department": fDepartment, "bereich": fDepartment, "dept": fDepartment,
	"organisationseinheit": fDepartment, "division": fDepartment,

	"email": fEmail, "mail": fEmail, "emailadresse": fEmail, "emailaddress": fEmail,

	"telefon": fPhone, "phone": fPhone, "tel": fPhone, "mobil": fPhone, "mobile": fPhone, "handy": fPhone,
	"telefonnummer": fPhone, "phonenumber": fPhone, "mobiltelefon": fPhone, "mobilephone": fPhone,
	"businessphone": fPhone, "telefongeschaeftlich": fPhone, "durchwahl": fPhone,

	"notiz": fNotes, "notizen": fNotes, "note": fNotes, "notes": fNotes, "bemerkung": fNotes, "bemerkungen": fNotes,
	"anmerkung": fNotes, "anmerkungen": fNotes, "kommentar": fNotes, "kommentare": fNotes, "comment": fNotes,
	"comments": fNotes,

	"rolle": fRole, "role": fRole, "buyingrole": fRole, "kaufrolle": fRole, "einkaufsrolle": fRole,
	"buyingcenterrolle": fRole, "rolleimbuyingcenter": fRole,
}

// header spells a column name for lookup: lowercase, umlauts spelled out,
// only letters and digits ("E-Mail" and "e mail" are both "email").
func header(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return r
		}
		return -1
	}, fold(s))
}

// fieldOf tells what a column holds from its name: the known names first,
// then a few patterns that exports vary ("E-Mail 2", "Telefon (Büro)").
func fieldOf(name string) field {
	h := header(name)
	if f, ok := headers[h]; ok {
		return f
	}
	switch {
	case h == "":
		return fOther
	case strings.Contains(h, "mail"):
		return fEmail
	case strings.Contains(h, "fax"):
		return fOther
	case strings.HasPrefix(h, "tel"), strings.Contains(h, "phone"), strings.HasPrefix(h, "mobil"), strings.Contains(h, "telefon"):
		return fPhone
	case strings.HasPrefix(h, "notiz"), strings.HasPrefix(h, "bemerkung"):
		return fNotes
	}
	return fOther
}

// column is one used column of a CSV table.
type column struct {
	index int
	field field
	label string // as the file names it
}

// layout is what the columns of a CSV table hold.
type layout struct {
	cols []column
	used int // how many columns the import uses
}

// layoutOf reads a header row; ok is false when no column holds a name.
func layoutOf(row []string) (l layout, ok bool) {
	has := map[field]bool{}
	for i, label := range row {
		f := fieldOf(label)
		if f == fOther {
			continue
		}
		l.cols = append(l.cols, column{index: i, field: f, label: oneLine(label)})
		has[f] = true
		l.used++
	}
	// "Vorname;Name" is common in German lists: Name is then the last name.
	if has[fName] && has[fFirst] && !has[fLast] {
		for i := range l.cols {
			if l.cols[i].field == fName {
				l.cols[i].field = fLast
			}
		}
	}
	return l, has[fName] || has[fFirst] || has[fLast]
}

// labelled is a value with the label of its column.
type labelled struct{ label, value string }

// person builds a stakeholder from a row. blank reports a row with nothing
// in any used column (Excel writes those); reason says why a row with
// content cannot be used: it has no name (KindNoName).
func (l *layout) person(row []string) (p kam.Stakeholder, reason string, blank bool) {
	vals := map[field][]labelled{}
	for _, c := range l.cols {
		if c.index >= len(row) {
			continue
		}
		v := row[c.index]
		if c.field != fNotes {
			v = oneLine(v)
		} else {
			v = multiLine(v)
		}
		if v != "" {
			vals[c.field] = append(vals[c.field], labelled{c.label, v})
		}
	}
	if len(vals) == 0 {
		return p, "", true
	}
	p = newPerson()
	var extra []string
	// firstOf returns the first value of a field; the others that differ
	// are kept in the notes with their column's label.
	firstOf := func(list []labelled) string {
		if len(list) == 0 {
			return ""
		}
		for _, o := range list[1:] {
			if o.value != list[0].value {
				extra = append(extra, o.label+": "+o.value)
			}
		}
		return list[0].value
	}
	var academic string
	titles := vals[fTitle]
	for _, t := range vals[fTitleAlt] {
		if academic == "" && isAcademic(t.value) {
			academic = t.value
			continue
		}
		titles = append(titles, t)
	}
	name := firstOf(vals[fName])
	if name == "" {
		name = strings.TrimSpace(firstOf(vals[fFirst]) + " " + firstOf(vals[fLast]))
	}
	if name == "" {
		return p, "no name: " + l.nameColumns() + " empty", false
	}
	if academic != "" && !strings.HasPrefix(name, academic) {
		name = academic + " " + name
	}
	p.Name = name
	p.Title = firstOf(titles)
	p.Email = firstOf(vals[fEmail])
	p.Phone = firstOf(vals[fPhone])
	if d := vals[fDepartment]; len(d) > 0 {
		text := firstOf(d)
		if p.Department = DepartmentOf(text); p.Department == "" {
			p.Department = "other"
			extra = append(extra, d[0].label+": "+text)
		}
	}
	if r := vals[fRole]; len(r) > 0 {
		text := firstOf(r)
		if p.BuyingRole = BuyingRoleOf(text); p.BuyingRole == "" {
			p.BuyingRole = "other"
			extra = append(extra, r[0].label+": "+text)
		}
	}
	var notes []string
	for _, n := range vals[fNotes] {
		notes = append(notes, n.value)
	}
	p.Notes = joinNotes(append(notes, extra...)...)
	return p, "", false
}

// nameColumns names the name columns for a message: "“Name” is" or
// "“Vorname” and “Nachname” are".
func (l *layout) nameColumns() string {
	var names []string
	for _, c := range l.cols {
		if c.field == fName || c.field == fFirst || c.field == fLast {
			names = append(names, quote(c.label))
		}
	}
	if len(names) == 1 {
		return names[0] + " is"
	}
	return strings.Join(names[:len(names)-1], ", ") + " and " + names[len(names)-1] + " are"
}

// isAcademic reports whether a title column holds an academic title that
// belongs before the name ("Dr.", "Prof. Dr.", "Dr.-Ing.") rather than a
// job title: a few words that each end with a full stop.
func isAcademic(v string) bool {
	words := strings.Fields(v)
	if len(words) == 0 || len(words) > 4 || utf8.RuneCountInString(v) > 30 {
		return false
	}
	for _, w := range words {
		if !strings.HasSuffix(w, ".") {
			return false
		}
	}
	return true
}

// quote puts a short form of s in quotation marks for a message.
func quote(s string) string {
	if r := []rune(s); len(r) > 30 {
		s = string(r[:29]) + "…"
	}
	return "“" + s + "”"
}

// describe lists the first cells of a row for a message.
func describe(row []string) string {
	var out []string
	for _, c := range row {
		if c = oneLine(c); c != "" {
			out = append(out, quote(c))
		}
		if len(out) == 6 {
			out = append(out, "…")
			break
		}
	}
	if len(out) == 0 {
		return "nothing"
	}
	return strings.Join(out, ", ")
}
