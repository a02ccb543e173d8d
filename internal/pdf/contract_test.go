package pdf_test

import (
	"fmt"
	"reflect"
	"slices"
	"sort"
	"strings"
	"testing"
	"unicode/utf8"

	"kamworkbench/internal/audience"
	"kamworkbench/internal/catalog"
	"kamworkbench/internal/demo"
	"kamworkbench/internal/kam"
	"kamworkbench/internal/pdf"
)

// fieldTexts returns every string an account holds, by "Type.Field" as
// in audience.Fields.
func fieldTexts(v any) map[string][]string {
	out := map[string][]string{}
	var walk func(v reflect.Value)
	walk = func(v reflect.Value) {
		tp := v.Type()
		for i := range tp.NumField() {
			f := v.Field(i)
			key := tp.Name() + "." + tp.Field(i).Name
			switch {
			case f.Kind() == reflect.String:
				out[key] = append(out[key], f.String())
			case f.Kind() == reflect.Struct:
				walk(f)
			case f.Kind() == reflect.Slice && f.Type().Elem().Kind() == reflect.Struct:
				for j := range f.Len() {
					walk(f.Index(j))
				}
			case f.Kind() == reflect.Slice && f.Type().Elem().Kind() == reflect.String:
				for j := range f.Len() {
					out[key] = append(out[key], f.Index(j).String())
				}
			}
		}
	}
	walk(reflect.ValueOf(v))
	return out
}

// freeText are the fields the consultant types freely, which a report
// prints as typed; every other string is an id, a date or an enum that a
// report prints in its own words.
var freeText = map[string]bool{
	"Client.Name": true, "Client.Industry": true, "Client.Notes": true,
	"SWOT.Strengths": true, "SWOT.Weaknesses": true, "SWOT.Opportunities": true, "SWOT.Threats": true,
	"Workshop.Title": true, "Workshop.Location": true, "Workshop.Facilitator": true,
	"Participant.Name": true, "Participant.Role": true,
	"Answer.Notes": true, "Answer.Finding": true,
	"Stakeholder.Name": true, "Stakeholder.Title": true, "Stakeholder.Owner": true, "Stakeholder.Notes": true,
	"Competitor.Name": true, "Competitor.Location": true, "Competitor.Strengths": true, "Competitor.Weaknesses": true,
	"Competitor.Partners": true, "Competitor.Counter": true,
	"Opportunity.Title": true, "Opportunity.NextStep": true,
	"Argument.Feature": true, "Argument.Advantage": true, "Argument.Benefit": true,
	"Action.Title": true, "Action.Owner": true,
}

// notPrinted are fields no version prints as text: ids and links, which a
// report shows as lines, numbers or not at all.
var notPrinted = map[string]bool{
	"Answer.Checked": true, "Relation.From": true, "Relation.To": true, "Relation.Kind": true,
	"Client.Location": true, "Client.UpdatedAt": true, "Stakeholder.Email": true, "Stakeholder.Phone": true,
	"Stakeholder.X": true, "Stakeholder.Y": true, "Participant.StakeholderID": true,
	// A side is the caption of its group on the cover, in the glossary's
	// words; a side the domain does not know counts as the customer's.
	"Participant.Side": true,
}

// markedAccount is an account in which every string field holds a short
// marker of its own ("ZQ07Z"), printed verbatim wherever a report prints
// the field, even enums ("dept.ZQ07Z") and dates; names maps a marker back
// to its field. Every record is there twice; relations report.
func markedAccount() (acc kam.Account, names map[string]string) {
	names = map[string]string{}
	n := 0
	mark := func(key string) string {
		n++
		m := fmt.Sprintf("ZQ%03dZ", n)
		names[m] = key
		return m
	}
	var fill func(v reflect.Value)
	fill = func(v reflect.Value) {
		tp := v.Type()
		for i := range tp.NumField() {
			f := v.Field(i)
			key := tp.Name() + "." + tp.Field(i).Name
			switch f.Kind() {
			case reflect.String:
				f.SetString(mark(key))
			case reflect.Int:
				f.SetInt(2)
			case reflect.Float64:
				f.SetFloat(float64(n*10) + 0.5)
			case reflect.Bool:
				f.SetBool(true)
			case reflect.Pointer:
				p := reflect.New(f.Type().Elem())
				p.Elem().SetInt(1)
				f.Set(p)
			case reflect.Struct:
				fill(f)
			case reflect.Slice:
				s := reflect.MakeSlice(f.Type(), 2, 2)
				for j := range 2 {
					if e := s.Index(j); e.Kind() == reflect.Struct {
						fill(e)
					} else {
						e.SetString(mark(key))
					}
				}
				f.Set(s)
			}
		}
	}
	fill(reflect.ValueOf(&acc).Elem())
	cat := catalog.MustLoad()
	// Records that hang together: answers to real questions, relations
	// between real people, workshops a round apart.
	for w := range acc.Workshops {
		acc.Workshops[w].ID = fmt.Sprintf("w%d", w)
		acc.Workshops[w].Date = fmt.Sprintf("2026-0%d-01", w+1)
		for i := range acc.Workshops[w].Answers {
			acc.Workshops[w].Answers[i].QuestionID = cat.QuestionIDs()[i]
		}
		for i := range acc.Workshops[w].Actions {
			acc.Workshops[w].Actions[i].QuestionID = cat.QuestionIDs()[i]
		}
	}
	for i := range acc.Stakeholders {
		acc.Stakeholders[i].ID = fmt.Sprintf("s%d", i)
		acc.Stakeholders[i].X, acc.Stakeholders[i].Y = float64(i)*300, 0
	}
	acc.Relations[0].From, acc.Relations[0].To, acc.Relations[0].Kind = "s0", "s1", "reports_to"
	acc.Relations[1].From, acc.Relations[1].To, acc.Relations[1].Kind = "s1", "s0", "conflict"
	// One action of each workshop is agreed with the customer; the other is
	// internal and, like a Private field, never in the customer version.
	for w := range acc.Workshops {
		acc.Workshops[w].Actions[0].Internal = false
	}
	// Keep the markers that are still there.
	left := map[string]bool{}
	for _, vals := range fieldTexts(acc) {
		for _, v := range vals {
			left[v] = true
		}
	}
	for m := range names {
		if !left[m] {
			delete(names, m)
		}
	}
	return acc, names
}

// TestMarkedAccount renders an account in which every field is marked, for
// both audiences and both languages, and checks the text of the PDF field
// by field against the audience table: no Private, Key or Counted field in
// the customer version, every Public and Chart field that a report prints
// in it; every printed field in the internal version.
func TestMarkedAccount(t *testing.T) {
	cat := catalog.MustLoad()
	acc, names := markedAccount()
	for _, lang := range []string{"de", "en"} {
		for _, who := range audience.Audiences {
			t.Run(lang+"/"+string(who), func(t *testing.T) {
				in := pdf.Input{Account: acc, WorkshopID: "w1", Catalog: cat, Lang: lang, Audience: who, Now: now,
					Sections: audience.Allowed(who)}
				text := squash(pdfText(t, render(t, in)))
				var markers []string
				for m := range names {
					markers = append(markers, m)
				}
				sort.Strings(markers)
				// The previous round shows in scores alone.
				earlier := map[string]bool{}
				for _, vals := range fieldTexts(acc.Workshops[0]) {
					for _, v := range vals {
						earlier[v] = true
					}
				}
				internalAction := map[string]bool{}
				for _, vals := range fieldTexts(acc.Workshops[1].Actions[1]) {
					for _, v := range vals {
						internalAction[v] = true
					}
				}
				for _, m := range markers {
					key := names[m]
					class, ok := audience.Fields[key]
					if !ok {
						t.Fatalf("%s is not in audience.Fields", key)
					}
					in := strings.Contains(text, m)
					switch {
					case who == audience.Customer && (class == audience.Private || class == audience.Key || class == audience.Counted ||
						internalAction[m]):
						if in {
							t.Errorf("%s (%s) is in the customer version", key, class)
						}
					case notPrinted[key] || class == audience.Key || isID(key) || strings.HasSuffix(key, ".UpdatedAt"): // versions are for saves
						if in {
							t.Errorf("%s is printed, but no report prints it", key)
						}
					case !in && !earlier[m]:
						t.Errorf("%s (%s) is missing from the %s version", key, class, who)
					}
				}
			})
		}
	}
}

// visible lists the free texts of an account that the customer may read
// (Public and Chart fields), squashed as the PDF's text is.
func visible(acc kam.Account) []string {
	var out []string
	for key, vals := range fieldTexts(acc) {
		if c := audience.Fields[key]; freeText[key] && (c == audience.Public || c == audience.Chart) {
			for _, v := range vals {
				out = append(out, expected(v))
			}
		}
	}
	return out
}

// checkAudience renders an account for an audience and checks its free
// texts field by field against the audience table: what the view holds is
// in the PDF; for the customer, no Private text of the account is, unless
// the same words are also customer text (a relationship owner who is a
// participant, say) or too short to tell.
func checkAudience(t *testing.T, in pdf.Input) string {
	t.Helper()
	v, err := audience.For(audience.Request{Account: in.Account, WorkshopID: in.WorkshopID, Areas: in.Catalog.AreaQuestions(),
		Audience: in.Audience, Sections: in.Sections})
	if err != nil {
		t.Fatal(err)
	}
	text := pdfText(t, render(t, in))
	pages := squashPages(text)
	// The previous round shows in scores alone.
	drawn := v.Account
	drawn.Workshops = []kam.WorkshopData{*v.Workshop}
	for key, vals := range fieldTexts(drawn) {
		if !freeText[key] || notPrinted[key] {
			continue
		}
		for _, s := range vals {
			if want := expected(s); want != "" && !found(pages, want) {
				t.Errorf("%s %.60q: not in the %s version", key, s, v.Audience)
			}
		}
	}
	if v.Audience != audience.Customer {
		return text
	}
	public := strings.Join(visible(drawn), "\x00")
	// Text of the catalogue and the report's own words ("Betriebsrat" is a
	// title and a department) says nothing about a leak.
	fixed := squash(catalogueText(in.Catalog, in.Lang) + wordsText(in.Lang))
	all := squash(text)
	// Every free text of the account that the view does not hold: Private
	// fields, and whole records left out (internal actions, reporting
	// lines aside, people when there is no org chart).
	for key, vals := range fieldTexts(in.Account) {
		if !freeText[key] || strings.HasPrefix(key, "Workshop.") {
			continue
		}
		for _, s := range vals {
			// A long text may be broken over pages anywhere: look for its
			// first 40 characters.
			probe := expected(s)
			if r := []rune(probe); len(r) > 40 {
				probe = string(r[:40])
			}
			if utf8.RuneCountInString(probe) < 4 || strings.Contains(public, probe) || strings.Contains(fixed, probe) {
				continue
			}
			if strings.Contains(all, probe) {
				t.Errorf("%s %.60q (%s) is in the customer version", key, s, audience.Fields[key])
			}
		}
	}
	return text
}

// TestAudiences renders the sample and the hostile workshop for both
// audiences (the customer with and without the org chart) and checks them
// field by field.
func TestAudiences(t *testing.T) {
	cat := catalog.MustLoad()
	accounts := []struct {
		name string
		acc  kam.Account
	}{{"sample", demo.Account(cat)}, {"hostile", hostileAccount(cat)}}
	for _, a := range accounts {
		ws := a.acc.Workshops[len(a.acc.Workshops)-1].ID
		for _, lang := range []string{"de", "en"} {
			for _, c := range []struct {
				name     string
				who      audience.Audience
				sections []audience.Section
			}{
				{"internal", audience.Internal, nil},
				{"customer", audience.Customer, nil},
				{"customer+orgchart", audience.Customer, audience.Allowed(audience.Customer)},
			} {
				t.Run(a.name+"/"+lang+"/"+c.name, func(t *testing.T) {
					text := checkAudience(t, pdf.Input{Account: a.acc, WorkshopID: ws, Catalog: cat, Lang: lang,
						Audience: c.who, Sections: c.sections, Now: now})
					if c.who == audience.Customer {
						for _, w := range internalLabels(cat, lang, visible(a.acc)) {
							if strings.Contains(text, w) {
								t.Errorf("the customer version has the label %q", w)
							}
						}
					}
				})
			}
		}
	}
}

// internalLabels are words the report prints only about what the customer
// may not read: buying roles, attitudes, relationship strength, stages,
// and headings and captions of the internal sections. Words that the
// catalogue or the customer version's own labels use too are left out.
func internalLabels(cat *catalog.Catalog, lang string, public []string) []string {
	keys := []string{"gaps", "competitors", "swot", "opportunities", "arguments", "attitude", "relationship", "owner",
		"lastcontact", "threat", "counter", "partners", "pipeline", "weightedpl", "success", "probability", "internal",
		"clientnotes", "notes", "followup", "edge.influ", "edge.conflict", "edge.positive", "edge.negative", "swotsub",
		"influence", "industry"}
	for _, prefix := range []string{"role.", "att.", "rel.", "stage.", "gap."} {
		keys = append(keys, pdf.WordKeys(prefix)...)
	}
	var common strings.Builder
	for _, p := range public {
		common.WriteString(p + "\n")
	}
	common.WriteString(catalogueText(cat, lang))
	for _, k := range pdf.WordKeys("") {
		if !slices.Contains(keys, k) {
			common.WriteString(pdf.Word(lang, k) + "\n")
		}
	}
	var out []string
	for _, k := range keys {
		w := pdf.Word(lang, k)
		if len(w) >= 4 && !strings.Contains(strings.ToLower(common.String()), strings.ToLower(w)) {
			out = append(out, w)
		}
	}
	return out
}

// isID reports whether a field is an id or a link to a record.
func isID(key string) bool {
	_, f, _ := strings.Cut(key, ".")
	return f == "ID" || strings.HasSuffix(f, "ID")
}

// catalogueText is every text of the questionnaire in a language.
func catalogueText(cat *catalog.Catalog, lang string) string {
	var b strings.Builder
	for _, a := range cat.Areas {
		b.WriteString(a.Title.In(lang) + "\n")
		for _, q := range a.Questions {
			b.WriteString(q.Text.In(lang) + "\n")
			for _, f := range q.Followups {
				b.WriteString(f.In(lang) + "\n")
			}
			for _, o := range q.Options {
				b.WriteString(o.Label.In(lang) + "\n")
			}
		}
	}
	return b.String()
}

// wordsText is every fixed text of the report in a language.
func wordsText(lang string) string {
	var b strings.Builder
	for _, k := range pdf.WordKeys("") {
		b.WriteString(pdf.Word(lang, k) + "\n")
	}
	return b.String()
}
