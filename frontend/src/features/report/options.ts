import type {
  AudienceSections,
  ReportAudience,
  ReportLanguage,
  ReportOptions,
  ReportSection,
} from '../../api/reports';

/** ReportChoice is the form's state. */
export interface ReportChoice {
  lang: ReportLanguage;
  audience: ReportAudience;
  sections: ReportSection[];
}

/** audienceOf is what Go says one audience may have; nothing when Go did not say. */
export function audienceOf(
  audiences: readonly AudienceSections[],
  a: ReportAudience,
): AudienceSections {
  return audiences.find((x) => x.audience === a) ?? { audience: a, sections: [], defaults: [] };
}

/**
 * initialChoice starts with the customer version and its safe defaults:
 * what the consultant hands over is what is set up first.
 */
export function initialChoice(lang: string, audiences: readonly AudienceSections[]): ReportChoice {
  return chooseAudience(
    { lang: lang === 'en' ? 'en' : 'de', audience: 'customer', sections: [] },
    'customer',
    audiences,
  );
}

/**
 * chooseAudience switches the audience and starts its sections anew from
 * its defaults: nothing chosen for one audience carries over to the other.
 */
export function chooseAudience(
  choice: ReportChoice,
  a: ReportAudience,
  audiences: readonly AudienceSections[],
): ReportChoice {
  return { ...choice, audience: a, sections: [...audienceOf(audiences, a).defaults] };
}

/** toggleSection switches one section, keeping report order (allowed). */
export function toggleSection(
  sections: readonly ReportSection[],
  s: ReportSection,
  allowed: readonly ReportSection[],
): ReportSection[] {
  const on = sections.includes(s);
  return allowed.filter((x) => (x === s ? !on : sections.includes(x)));
}

/** includedSections is what the PDF will hold: the chosen sections the audience may have. */
export function includedSections(
  choice: ReportChoice,
  audiences: readonly AudienceSections[],
): ReportSection[] {
  return audienceOf(audiences, choice.audience).sections.filter((s) => choice.sections.includes(s));
}

/** exportOptions is what ExportPDF gets, or null while nothing is left to print. */
export function exportOptions(
  choice: ReportChoice,
  audiences: readonly AudienceSections[],
): ReportOptions | null {
  const sections = includedSections(choice, audiences);
  if (sections.length === 0) return null;
  return { lang: choice.lang, audience: choice.audience, sections };
}

/** splitPath splits a path the Go side wrote into folder and file name. */
export function splitPath(path: string): { folder: string; name: string } {
  const i = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
  if (i < 0) return { folder: '', name: path };
  return { folder: path.slice(0, i) || path.slice(0, 1), name: path.slice(i + 1) };
}
