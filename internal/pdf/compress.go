package pdf

import (
	"bytes"
	"compress/zlib"
	"slices"
	"strconv"
)

// compressStreams flate-compresses the streams of a PDF that gofpdf wrote
// with compression off, and rebuilds the cross-reference table. gofpdf
// allocates a fresh compressor of about a megabyte for every page it
// compresses, which made compression the largest cost of a long report;
// here one writer serves every stream. Only streams whose dictionary is
// nothing but their length are touched (page contents, gofpdf's plain
// streams); everything else is copied as it is. Should the file not have
// the layout gofpdf writes, it comes back unchanged: valid, only larger.
func compressStreams(pdf []byte) []byte {
	out, ok := recompress(pdf)
	if !ok {
		return pdf
	}
	return out
}

type object struct{ num, off int }

func recompress(pdf []byte) ([]byte, bool) {
	// The cross-reference table: "xref\n0 N\n", N lines of 20 bytes.
	i := bytes.LastIndex(pdf, []byte("startxref\n"))
	if i < 0 {
		return nil, false
	}
	end := bytes.IndexByte(pdf[i+10:], '\n')
	if end < 0 {
		return nil, false
	}
	xref, err := strconv.Atoi(string(pdf[i+10 : i+10+end]))
	if err != nil || xref <= 0 || xref >= i {
		return nil, false
	}
	rest, ok := bytes.CutPrefix(pdf[xref:], []byte("xref\n0 "))
	if !ok {
		return nil, false
	}
	nl := bytes.IndexByte(rest, '\n')
	if nl < 0 {
		return nil, false
	}
	n, err := strconv.Atoi(string(rest[:nl]))
	if err != nil || n < 1 || len(rest) < nl+1+20*n {
		return nil, false
	}
	table := rest[nl+1 : nl+1+20*n]
	trailer := rest[nl+1+20*n : bytes.LastIndex(rest, []byte("startxref\n"))]
	objs := make([]object, 0, n-1)
	for k := 1; k < n; k++ {
		e := table[20*k : 20*k+20]
		if e[17] != 'n' {
			return nil, false
		}
		off, err := strconv.Atoi(string(e[:10]))
		if err != nil || off <= 0 || off >= xref {
			return nil, false
		}
		objs = append(objs, object{k, off})
	}
	slices.SortFunc(objs, func(a, b object) int { return a.off - b.off })

	var out bytes.Buffer
	out.Grow(len(pdf) / 3)
	if len(objs) == 0 {
		return nil, false
	}
	out.Write(pdf[:objs[0].off])
	offsets := make([]int, n)
	var z bytes.Buffer
	zw, _ := zlib.NewWriterLevel(&z, zlib.BestSpeed) // the level gofpdf uses
	for k, o := range objs {
		stop := xref
		if k+1 < len(objs) {
			stop = objs[k+1].off
		}
		body := pdf[o.off:stop]
		offsets[o.num] = out.Len()
		head := strconv.Itoa(o.num) + " 0 obj\n<</Length "
		tail, ok := bytes.CutPrefix(body, []byte(head))
		if !ok {
			out.Write(body)
			continue
		}
		gt := bytes.Index(tail, []byte(">>\nstream\n"))
		if gt < 0 {
			out.Write(body)
			continue
		}
		length, err := strconv.Atoi(string(tail[:gt]))
		data := tail[gt+10:]
		if err != nil || length > len(data) || !bytes.Equal(data[length:], []byte("\nendstream\nendobj\n")) {
			out.Write(body)
			continue
		}
		z.Reset()
		zw.Reset(&z)
		zw.Write(data[:length])
		zw.Close()
		out.WriteString(strconv.Itoa(o.num) + " 0 obj\n<</Filter /FlateDecode /Length " + strconv.Itoa(z.Len()) + ">>\nstream\n")
		out.Write(z.Bytes())
		out.WriteString("\nendstream\nendobj\n")
	}
	start := out.Len()
	out.WriteString("xref\n0 " + strconv.Itoa(n) + "\n")
	out.Write(table[:20])
	for k := 1; k < n; k++ {
		s := strconv.Itoa(offsets[k])
		for range 10 - len(s) {
			out.WriteByte('0')
		}
		out.WriteString(s + " 00000 n \n")
	}
	out.Write(trailer)
	out.WriteString("startxref\n" + strconv.Itoa(start) + "\n%%EOF\n")
	return out.Bytes(), true
}
