import {
  reportSections,
  type ReportAudience,
  type ReportLanguage,
  type ReportOptions,
  type ReportSection,
} from '../../api/reports';

/** ReportChoice is the form's state: the audience stays unset until chosen. */
export interface ReportChoice {
  lang: ReportLanguage;
  audience: ReportAudience | null;
  sections: ReportSection[];
}

/** initialChoice has every section on and no audience yet. */
export function initialChoice(lang: string): ReportChoice {
  return { lang: lang === 'en' ? 'en' : 'de', audience: null, sections: [...reportSections] };
}

/** toggleSection switches one section, keeping report order. */
export function toggleSection(sections: ReportSection[], s: ReportSection): ReportSection[] {
  const on = sections.includes(s);
  return reportSections.filter((x) => (x === s ? !on : sections.includes(x)));
}

/**
 * includedSections is what the PDF will hold: the chosen sections less what
 * the customer version leaves out (customerOmits comes from Go).
 */
export function includedSections(
  choice: ReportChoice,
  customerOmits: readonly string[],
): ReportSection[] {
  return choice.sections.filter(
    (s) => choice.audience !== 'customer' || !customerOmits.includes(s),
  );
}

/**
 * exportOptions is what ExportPDF gets, or null while the choice is not
 * complete: no audience chosen, or nothing left to print.
 */
export function exportOptions(
  choice: ReportChoice,
  customerOmits: readonly string[],
): ReportOptions | null {
  if (!choice.audience) return null;
  if (includedSections(choice, customerOmits).length === 0) return null;
  return { lang: choice.lang, audience: choice.audience, sections: choice.sections };
}

/** splitPath splits a path the Go side wrote into folder and file name. */
export function splitPath(path: string): { folder: string; name: string } {
  const i = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
  if (i < 0) return { folder: '', name: path };
  return { folder: path.slice(0, i) || path.slice(0, 1), name: path.slice(i + 1) };
}
