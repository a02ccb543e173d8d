package audience_test

import (
	"fmt"
	"reflect"
	"slices"
	"sort"
	"testing"

	"kamworkbench/internal/audience"
	"kamworkbench/internal/kam"
)

// leaves walks a type and calls visit with "Type.Field" for every field
// that holds a value rather than records: strings, numbers, flags, lists of
// strings, pointers to numbers. Records inside (a client's SWOT, a
// workshop's answers) are walked in turn; an embedded struct counts as its
// own type (WorkshopData embeds Workshop).
func leaves(t reflect.Type, visit func(key string, f reflect.StructField)) {
	seen := map[reflect.Type]bool{}
	var walk func(t reflect.Type)
	walk = func(t reflect.Type) {
		if seen[t] {
			return
		}
		seen[t] = true
		for i := range t.NumField() {
			f := t.Field(i)
			inner := f.Type
			for inner.Kind() == reflect.Slice || inner.Kind() == reflect.Pointer {
				inner = inner.Elem()
			}
			if inner.Kind() == reflect.Struct {
				walk(inner)
				continue
			}
			visit(t.Name()+"."+f.Name, f)
		}
	}
	walk(t)
}

// TestEveryFieldIsClassified fails when a field of the domain has no place
// in the contract table, or the table names a field that is gone.
func TestEveryFieldIsClassified(t *testing.T) {
	found := map[string]bool{}
	leaves(reflect.TypeFor[kam.Account](), func(key string, _ reflect.StructField) {
		found[key] = true
		if _, ok := audience.Fields[key]; !ok {
			t.Errorf("%s is not in audience.Fields: decide whether the customer may read it", key)
		}
	})
	for key := range audience.Fields {
		if !found[key] {
			t.Errorf("audience.Fields names %s, which kam.Account does not hold", key)
		}
	}
}

// marked is an account in which every field holds a value of its own: a
// string "MARK<Type.Field>", numbers and flags not zero. Each kind of
// record is there twice, so that lists are tested as lists.
func marked(t *testing.T) kam.Account {
	var acc kam.Account
	n := 0
	var fill func(v reflect.Value)
	fill = func(v reflect.Value) {
		tp := v.Type()
		for i := range tp.NumField() {
			f, fv := tp.Field(i), v.Field(i)
			key := tp.Name() + "." + f.Name
			n++
			switch fv.Kind() {
			case reflect.String:
				fv.SetString(fmt.Sprintf("MARK<%s>", key))
			case reflect.Int:
				fv.SetInt(int64(n%4 + 1))
			case reflect.Float64:
				fv.SetFloat(float64(n) + 0.5)
			case reflect.Bool:
				fv.SetBool(true)
			case reflect.Pointer:
				if fv.Type().Elem().Kind() != reflect.Int {
					t.Fatalf("%s: no marker for %s", key, fv.Type())
				}
				p := reflect.New(fv.Type().Elem())
				p.Elem().SetInt(3)
				fv.Set(p)
			case reflect.Struct:
				fill(fv)
			case reflect.Slice:
				s := reflect.MakeSlice(fv.Type(), 2, 2)
				for j := range 2 {
					if e := s.Index(j); e.Kind() == reflect.Struct {
						fill(e)
					} else if e.Kind() == reflect.String {
						e.SetString(fmt.Sprintf("MARK<%s>", key))
					} else {
						t.Fatalf("%s: no marker for %s", key, e.Type())
					}
				}
				fv.Set(s)
			default:
				t.Fatalf("%s: no marker for %s", key, fv.Type())
			}
		}
	}
	fill(reflect.ValueOf(&acc).Elem())
	// The records must hang together for For to find them.
	acc.Workshops[0].ID, acc.Workshops[0].Date = "w0", "2026-01-01"
	acc.Workshops[1].ID, acc.Workshops[1].Date = "w1", "2026-06-01"
	for i := range acc.Relations {
		acc.Relations[i].Kind = "reports_to"
	}
	// One action of each workshop is agreed with the customer, one internal.
	for w := range acc.Workshops {
		acc.Workshops[w].Actions[0].Internal = false
	}
	return acc
}

// values collects every field value of v as "Type.Field" → values seen.
func values(v reflect.Value, out map[string][]reflect.Value) {
	tp := v.Type()
	for i := range tp.NumField() {
		f, fv := tp.Field(i), v.Field(i)
		key := tp.Name() + "." + f.Name
		switch {
		case fv.Kind() == reflect.Struct:
			values(fv, out)
		case fv.Kind() == reflect.Slice && fv.Type().Elem().Kind() == reflect.Struct:
			for j := range fv.Len() {
				values(fv.Index(j), out)
			}
		default:
			out[key] = append(out[key], fv)
		}
	}
}

// TestFieldByField checks the View of every audience against the table:
// a Private field is zero in every customer view, a Counted one never
// reaches it, a Public or Key field comes through, a Chart field only with
// the org chart; the internal view keeps everything.
func TestFieldByField(t *testing.T) {
	src := marked(t)
	srcVals := map[string][]reflect.Value{}
	values(reflect.ValueOf(src), srcVals)
	cases := []struct {
		name     string
		audience audience.Audience
		sections []audience.Section
	}{
		{"customer with org chart", audience.Customer, audience.Allowed(audience.Customer)},
		{"customer by default", audience.Customer, nil},
		{"internal", audience.Internal, nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			v, err := audience.For(audience.Request{Account: src, WorkshopID: "w1", Audience: c.audience, Sections: c.sections})
			if err != nil {
				t.Fatal(err)
			}
			got := map[string][]reflect.Value{}
			values(reflect.ValueOf(v.Account), got)
			chart := v.Has(audience.OrgChart)
			keys := make([]string, 0, len(audience.Fields))
			for k := range audience.Fields {
				keys = append(keys, k)
			}
			sort.Strings(keys)
			for _, key := range keys {
				class := audience.Fields[key]
				set := slices.ContainsFunc(got[key], func(x reflect.Value) bool { return !x.IsZero() })
				want := c.audience == audience.Internal || class == audience.Public || class == audience.Chart && chart
				if class == audience.Key {
					want = len(got[key]) > 0 // kept wherever its record is
				}
				if set != want {
					t.Errorf("%s (%s): set in the view = %v, want %v", key, class, set, want)
				}
				// What comes through comes through unchanged.
				for _, x := range got[key] {
					if !x.IsZero() && !slices.ContainsFunc(srcVals[key], func(s reflect.Value) bool {
						return reflect.DeepEqual(s.Interface(), x.Interface())
					}) {
						t.Errorf("%s: got %v, which is not in the account", key, x.Interface())
					}
				}
			}
		})
	}
}

func TestRecordRules(t *testing.T) {
	acc := kam.Account{
		Client: kam.Client{ID: "c", Name: "Kunde"},
		Workshops: []kam.WorkshopData{{Workshop: kam.Workshop{ID: "w", Date: "2026-11-26"},
			Actions: []kam.Action{{ID: "a1", Title: "offen", Probability: 70}, {ID: "a2", Title: "Battle-Card", Internal: true}},
			Votes:   []kam.Vote{{ParticipantID: "p1", QuestionID: "q", Rating: new(int)}}}},
		Stakeholders: []kam.Stakeholder{{ID: "s1", Name: "A"}, {ID: "s2", Name: "B"}},
		Relations: []kam.Relation{{ID: "r1", From: "s1", To: "s2", Kind: "reports_to"},
			{ID: "r2", From: "s1", To: "s2", Kind: "influences"}, {ID: "r3", From: "s2", To: "s1", Kind: "conflict"}},
	}
	v, err := audience.For(audience.Request{Account: acc, WorkshopID: "w", Audience: audience.Customer,
		Sections: []audience.Section{audience.Assessment, audience.OrgChart, audience.Actions}})
	if err != nil {
		t.Fatal(err)
	}
	if got := len(v.Account.Relations); got != 1 || v.Account.Relations[0].Kind != "reports_to" {
		t.Errorf("customer relations: got %+v, want the reporting line alone", v.Account.Relations)
	}
	if a := v.Workshop.Actions; len(a) != 1 || a[0].ID != "a1" || a[0].Probability != 0 || v.LeftOut != 1 {
		t.Errorf("customer actions: got %+v (%d left out), want a1 without its probability and a2 left out", a, v.LeftOut)
	}
	if len(v.Workshop.Votes) != 0 {
		t.Errorf("customer votes: got %+v, want none (they count in the scores only)", v.Workshop.Votes)
	}
	// The source is never changed.
	if acc.Workshops[0].Actions[0].Probability != 70 || len(acc.Relations) != 3 {
		t.Errorf("For changed the account it was given")
	}
}

func TestSections(t *testing.T) {
	tests := []struct {
		audience audience.Audience
		chosen   []audience.Section
		want     []audience.Section
		fails    bool
	}{
		{audience.Customer, nil, []audience.Section{audience.Cover, audience.Summary, audience.Assessment, audience.Actions}, false},
		{audience.Customer, []audience.Section{audience.Actions, audience.OrgChart}, []audience.Section{audience.OrgChart, audience.Actions}, false},
		{audience.Customer, []audience.Section{audience.SWOT}, nil, true},
		{audience.Customer, []audience.Section{audience.Stakeholders}, nil, true},
		{audience.Customer, []audience.Section{audience.Competitors}, nil, true},
		{audience.Internal, []audience.Section{audience.OrgChart}, nil, true},
		{audience.Internal, []audience.Section{"appendix"}, nil, true},
		{audience.Internal, nil, audience.Allowed(audience.Internal), false},
	}
	for _, tt := range tests {
		got, err := audience.Choose(tt.audience, tt.chosen)
		if (err != nil) != tt.fails || kam.ErrorCode(err) != map[bool]string{true: kam.EInvalid, false: ""}[tt.fails] {
			t.Errorf("Choose(%s, %v): error %v, want failure %v", tt.audience, tt.chosen, err, tt.fails)
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("Choose(%s, %v) = %v, want %v", tt.audience, tt.chosen, got, tt.want)
		}
	}
	// Whatever the customer may have is in the contract's list and nothing else.
	for _, s := range audience.Allowed(audience.Customer) {
		if !slices.Contains([]audience.Section{audience.Cover, audience.Summary, audience.Assessment, audience.OrgChart, audience.Actions}, s) {
			t.Errorf("the customer version may have %s", s)
		}
	}
	if _, err := audience.Parse("public"); kam.ErrorCode(err) != kam.EInvalid {
		t.Errorf("Parse(public): got %v, want an invalid error", err)
	}
}

func TestUnknownWorkshop(t *testing.T) {
	_, err := audience.For(audience.Request{Account: kam.Account{}, WorkshopID: "x"})
	if kam.ErrorCode(err) != kam.ENotFound {
		t.Errorf("got %v, want not found", err)
	}
}
