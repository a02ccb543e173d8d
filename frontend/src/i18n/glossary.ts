import words from '../../../internal/glossary/words.json';

/**
 * The glossary: the label of every enum value and the name of each kind, in
 * German and English. It is Go's file (internal/glossary/words.json), read
 * by the PDF, the CSV and the command line too; here it is the `glossary`
 * part of the translations (`t('glossary.department.it')`), never copied.
 */
export const glossaryDe = words.de;
export const glossaryEn: typeof words.de = words.en;
