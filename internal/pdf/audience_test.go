package pdf_test

import (
	"testing"

	"kamworkbench/internal/pdf"
)

func TestOmits(t *testing.T) {
	for _, s := range pdf.Sections {
		if pdf.Omits(pdf.AudienceInternal, s) {
			t.Errorf("the internal version omits %s", s)
		}
		if got, want := pdf.Omits(pdf.AudienceCustomer, s), s == pdf.SectionCompetitors; got != want {
			t.Errorf("Omits(customer, %s) = %v, want %v", s, got, want)
		}
	}
}
