package app

import (
	"context"
	"crypto/sha256"
	"database/sql"
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"math"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/wailsapp/wails/v2/pkg/runtime"

	"kamworkbench/internal/catalog"
	"kamworkbench/internal/sqlite"
)

// hostile are the strings every bound method is called with.
var hostile = []string{
	"",
	"00000000-0000-4000-8000-000000000000", // a well-formed id of nothing
	"x'; DROP TABLE clients; --",
	"../../../../etc/passwd",
	"\x00\xff\xfe not UTF-8",
	"\x00",                     // a name of NUL alone is no name
	"Hofmann \x1b[31mGmbH",     // ESC, as a terminal colour
	strings.Repeat("ä", 5<<20), // 10 MB
}

// valid holds a stored record of each type the services save, so that
// values can spoil one field of an otherwise valid record at a time.
var valid = map[reflect.Type]reflect.Value{}

// values returns hostile values of type t: empty, unknown, oversized and
// out of range; for a record type also each stored record with one field
// spoilt.
func values(t reflect.Type, depth int) []reflect.Value {
	var out []reflect.Value
	add := func(v any) { out = append(out, reflect.ValueOf(v).Convert(t)) }
	switch t.Kind() {
	case reflect.String:
		for _, s := range hostile {
			add(s)
		}
	case reflect.Int, reflect.Int64:
		for _, n := range []int64{0, -1, math.MinInt64, math.MaxInt64, 1 << 31} {
			add(n)
		}
	case reflect.Int32, reflect.Int16, reflect.Int8:
		add(-1)
		add(0)
	case reflect.Float64, reflect.Float32:
		for _, f := range []float64{math.NaN(), math.Inf(1), math.Inf(-1), -1e308, 1e308} {
			add(f)
		}
	case reflect.Bool:
		add(true)
		add(false)
	case reflect.Pointer:
		out = append(out, reflect.Zero(t))
		for _, v := range values(t.Elem(), depth) {
			p := reflect.New(t.Elem())
			p.Elem().Set(v)
			out = append(out, p)
		}
	case reflect.Slice:
		out = append(out, reflect.Zero(t), reflect.MakeSlice(t, 0, 0))
		if depth < 2 {
			for _, v := range values(t.Elem(), depth+1) {
				s := reflect.MakeSlice(t, 1, 1)
				s.Index(0).Set(v)
				out = append(out, s)
			}
			many := reflect.MakeSlice(t, MaxIDs+1, MaxIDs+1)
			for i := range many.Len() {
				many.Index(i).Set(values(t.Elem(), 2)[0])
			}
			out = append(out, many)
		}
	case reflect.Map:
		out = append(out, reflect.Zero(t), reflect.MakeMap(t))
	case reflect.Struct:
		out = append(out, reflect.Zero(t))
		// Every field of a kind set to each hostile value of that kind.
		for _, k := range []reflect.Kind{reflect.String, reflect.Int, reflect.Float64, reflect.Bool} {
			for i := range len(values(kindType(k), depth)) {
				v := reflect.New(t).Elem()
				fill(v, k, i, depth)
				out = append(out, v)
			}
		}
		if v, ok := valid[t]; ok {
			out = append(out, spoilt(v)...)
		}
	default:
		out = append(out, reflect.Zero(t))
	}
	return out
}

func kindType(k reflect.Kind) reflect.Type {
	return map[reflect.Kind]reflect.Type{reflect.String: reflect.TypeFor[string](), reflect.Int: reflect.TypeFor[int](),
		reflect.Float64: reflect.TypeFor[float64](), reflect.Bool: reflect.TypeFor[bool]()}[k]
}

// fill sets every exported field of kind k in v, nested ones too, to the
// i-th hostile value of its type.
func fill(v reflect.Value, k reflect.Kind, i, depth int) {
	for f := range v.NumField() {
		fv := v.Field(f)
		if !v.Type().Field(f).IsExported() {
			continue
		}
		switch {
		case fv.Kind() == k || (k == reflect.Int && fv.Kind() == reflect.Int64) || (k == reflect.Float64 && fv.Kind() == reflect.Float32):
			vals := values(fv.Type(), depth)
			fv.Set(vals[min(i, len(vals)-1)])
		case fv.Kind() == reflect.Struct:
			fill(fv, k, i, depth)
		case fv.Kind() == reflect.Pointer && fv.Type().Elem().Kind() == k:
			vals := values(fv.Type().Elem(), depth)
			p := reflect.New(fv.Type().Elem())
			p.Elem().Set(vals[min(i, len(vals)-1)])
			fv.Set(p)
		}
	}
}

// spoilt returns copies of the valid record v, each with one field set to a
// value no field may hold: text that is not UTF-8 or 10 MB long, numbers at
// the ends of the integer range, NaN and infinities; NUL and ESC. Fields the store
// ignores when it updates a record (the stamp, the owner, an argument's
// place, which only ReorderArguments changes) are left alone.
func spoilt(v reflect.Value) []reflect.Value {
	bad := map[reflect.Kind][]any{
		reflect.String:  {"\xff\xfe not UTF-8", "\x00", "eins\x1bzwei", hostile[len(hostile)-1]},
		reflect.Int:     {math.MinInt64, math.MaxInt64},
		reflect.Float64: {math.NaN(), math.Inf(1), math.Inf(-1)},
	}
	_, hasID := v.Type().FieldByName("ID")
	var out []reflect.Value
	var walk func(path []int, t reflect.Type)
	walk = func(path []int, t reflect.Type) {
		for i := range t.NumField() {
			f := t.Field(i)
			p := append(append([]int(nil), path...), i)
			if !f.IsExported() || f.Name == "UpdatedAt" || f.Name == "Position" || (hasID && (f.Name == "ClientID" || f.Name == "WorkshopID")) {
				continue
			}
			ft, kind := f.Type, f.Type.Kind()
			if kind == reflect.Pointer {
				kind = ft.Elem().Kind()
			}
			if kind == reflect.Struct {
				walk(p, ft)
				continue
			}
			for _, b := range bad[kind] {
				c := reflect.New(v.Type()).Elem()
				c.Set(v)
				fv := c.FieldByIndex(p)
				if fv.Kind() == reflect.Pointer {
					ptr := reflect.New(ft.Elem())
					ptr.Elem().Set(reflect.ValueOf(b).Convert(ft.Elem()))
					fv.Set(ptr)
				} else {
					fv.Set(reflect.ValueOf(b).Convert(ft))
				}
				out = append(out, c)
			}
		}
	}
	walk(nil, v.Type())
	return out
}

// empty reports whether a result carries nothing: a zero value, or an
// empty slice or map.
func empty(v reflect.Value) bool {
	switch v.Kind() {
	case reflect.Slice, reflect.Map:
		return v.Len() == 0
	}
	return v.IsZero()
}

// workspaceDump hashes every row of every table of the workspace file.
func workspaceDump(t *testing.T, path string) (map[string]int, [32]byte) {
	t.Helper()
	c, err := sql.Open("sqlite", path+"?_pragma=query_only(1)")
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	var tables []string
	rows, err := c.Query("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name")
	if err != nil {
		t.Fatal(err)
	}
	for rows.Next() {
		var n string
		rows.Scan(&n)
		tables = append(tables, n)
	}
	rows.Close()
	h := sha256.New()
	counts := map[string]int{}
	for _, tb := range tables {
		rows, err := c.Query("SELECT * FROM " + tb + " ORDER BY rowid")
		if err != nil {
			rows, err = c.Query("SELECT * FROM " + tb) // WITHOUT ROWID
		}
		if err != nil {
			t.Fatal(err)
		}
		cols, _ := rows.Columns()
		for rows.Next() {
			vals := make([]any, len(cols))
			ptrs := make([]any, len(cols))
			for i := range vals {
				ptrs[i] = &vals[i]
			}
			rows.Scan(ptrs...)
			fmt.Fprintf(h, "%s %v\n", tb, vals)
			counts[tb]++
		}
		rows.Close()
	}
	return counts, [32]byte(h.Sum(nil))
}

// TestBoundMethods calls every exported method of every bound service with
// unknown ids, empty, malformed and 10 MB strings, out-of-range numbers and
// zero or oversized structs and lists: no call may panic, each returns an
// error or an empty result, and the workspace stays exactly as it was.
func TestBoundMethods(t *testing.T) {
	ctx := context.Background()
	cat := catalog.MustLoad()
	path := filepath.Join(t.TempDir(), "workspace.db")
	db := openWindowWorkspace(t, path)
	defer db.Close()
	svc := NewServices(db, cat, "test")
	// No real dialog: every file dialog is cancelled.
	svc.dialogs.openFile = func(context.Context, runtime.OpenDialogOptions) (string, error) { return "", nil }
	svc.dialogs.saveFile = func(context.Context, runtime.SaveDialogOptions) (string, error) { return "", nil }
	dt := reflect.TypeFor[Dialogs]()
	for i := range dt.NumField() {
		if f := dt.Field(i); f.Type.Kind() == reflect.Func && f.Name != "openFile" && f.Name != "saveFile" {
			t.Fatalf("Dialogs.%s is not stubbed here; stub it so that this test never opens a real dialog", f.Name)
		}
	}
	clients, err := db.Clients(ctx)
	if err != nil || len(clients) != 1 {
		t.Fatalf("got %d clients (%v), want the sample", len(clients), err)
	}
	acc, err := db.Account(ctx, clients[0].ID)
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range []any{acc.Client, acc.Workshops[1].Workshop, acc.Workshops[1].Answers[0], acc.Workshops[1].Actions[0],
		acc.Stakeholders[0], acc.Relations[0], acc.Competitors[0], acc.Opportunities[0], acc.Arguments[0],
		sqlite.Position{ID: acc.Stakeholders[0].ID, X: acc.Stakeholders[0].X, Y: acc.Stakeholders[0].Y}} {
		valid[reflect.TypeOf(r)] = reflect.ValueOf(r)
	}
	t.Cleanup(func() { clear(valid) })
	// The first start's one-time welcome is taken as the window would; from
	// here on, no call with any of these arguments may change the workspace.
	if _, err := svc.Settings.TakeWelcome(); err != nil {
		t.Fatal(err)
	}
	counts, before := workspaceDump(t, path)
	if counts["stakeholders"] == 0 || counts["answers"] == 0 {
		t.Fatalf("the workspace should hold the sample account: %v", counts)
	}

	errType := reflect.TypeFor[error]()
	calls, methods := 0, 0
	for _, s := range svc.Bind() {
		sv := reflect.ValueOf(s)
		st := sv.Type()
		for i := range st.NumMethod() {
			m := st.Method(i)
			name := st.Elem().Name() + "." + m.Name
			mt := sv.Method(i).Type()
			if mt.NumOut() == 0 || mt.Out(mt.NumOut()-1) != errType {
				t.Errorf("%s does not return an error last", name)
				continue
			}
			methods++
			// Vary one argument at a time; the others hold their second
			// value (an unknown id, -1, …).
			base := make([]reflect.Value, mt.NumIn())
			for a := range mt.NumIn() {
				vals := values(mt.In(a), 0)
				base[a] = vals[min(1, len(vals)-1)]
			}
			sets := [][]reflect.Value{base}
			for a := range mt.NumIn() {
				for _, v := range values(mt.In(a), 0) {
					args := append([]reflect.Value(nil), base...)
					args[a] = v
					sets = append(sets, args)
				}
			}
			for _, args := range sets {
				calls++
				out, panicked := call(sv.Method(i), args)
				if panicked != nil {
					t.Errorf("%s%s panicked: %v", name, show(args), panicked)
					continue
				}
				if err := out[len(out)-1]; !err.IsNil() || len(args) == 0 {
					continue
				}
				for _, r := range out[:len(out)-1] {
					if !empty(r) {
						t.Errorf("%s%s succeeded with %.200v", name, show(args), r.Interface())
					}
				}
			}
		}
	}
	if _, after := workspaceDump(t, path); after != before {
		got, _ := workspaceDump(t, path)
		t.Fatalf("the workspace changed: rows before %v, after %v", counts, got)
	}
	if methods < 40 {
		t.Fatalf("only %d bound methods found", methods)
	}
	t.Logf("%d calls on %d bound methods of %d services: no panic, no change", calls, methods, len(svc.Bind()))
}

func call(m reflect.Value, args []reflect.Value) (out []reflect.Value, panicked any) {
	defer func() { panicked = recover() }()
	return m.Call(args), nil
}

func show(args []reflect.Value) string {
	var parts []string
	for _, a := range args {
		s := fmt.Sprintf("%#v", a.Interface())
		if len(s) > 60 {
			s = s[:60] + "…"
		}
		parts = append(parts, s)
	}
	return "(" + strings.Join(parts, ", ") + ")"
}

// TestBoundMethodsSource checks the bound methods' source: each recovers
// from panics first thing, and none takes a file path from the UI (by
// convention, no parameter is named like a path or a file).
func TestBoundMethodsSource(t *testing.T) {
	bound := map[string]bool{}
	for _, s := range NewServices(nil, catalog.MustLoad(), "test").Bind() {
		bound[reflect.TypeOf(s).Elem().Name()] = true
	}
	fset := token.NewFileSet()
	files, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	seen := 0
	for _, f := range files {
		if strings.HasSuffix(f, "_test.go") {
			continue
		}
		file, err := parser.ParseFile(fset, f, nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		for _, d := range file.Decls {
			fn, ok := d.(*ast.FuncDecl)
			if !ok || fn.Recv == nil || !fn.Name.IsExported() {
				continue
			}
			recv := fn.Recv.List[0].Type
			if star, ok := recv.(*ast.StarExpr); ok {
				recv = star.X
			}
			id, ok := recv.(*ast.Ident)
			if !ok || !bound[id.Name] {
				continue
			}
			seen++
			name := id.Name + "." + fn.Name.Name
			for _, field := range fn.Type.Params.List {
				for _, n := range field.Names {
					low := strings.ToLower(n.Name)
					if strings.Contains(low, "path") || strings.Contains(low, "file") || strings.Contains(low, "dir") {
						t.Errorf("%s (%s) takes %q: bound methods never take file paths from the UI; Go opens the dialogs", name, fset.Position(fn.Pos()), n.Name)
					}
				}
			}
			if !startsWithGuard(fn) {
				t.Errorf("%s (%s) does not start with defer guard(&err)", name, fset.Position(fn.Pos()))
			}
		}
	}
	if seen < 40 {
		t.Fatalf("found only %d bound methods in the source", seen)
	}
}

func startsWithGuard(fn *ast.FuncDecl) bool {
	if fn.Body == nil || len(fn.Body.List) == 0 {
		return false
	}
	d, ok := fn.Body.List[0].(*ast.DeferStmt)
	if !ok {
		return false
	}
	id, ok := d.Call.Fun.(*ast.Ident)
	return ok && id.Name == "guard"
}
