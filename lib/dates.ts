/** Month names and date parts as pages and BibTeX write them. Dependency-free: content scripts import it. */

/** BibTeX's month macros, which are also the three-letter English abbreviations: jan ... dec. */
export const MONTH_ABBREVIATIONS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'] as const;

/** A month name or abbreviation as the pages show it ("Sep", "Sept", "September"), as a regular expression's source. */
export const MONTH_NAME =
  '(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)';

/** Month number 1-12 from an English month name or abbreviation (any case); undefined when it is none. */
export function monthNumber(name: string): number | undefined {
  const i = (MONTH_ABBREVIATIONS as readonly string[]).indexOf(name.slice(0, 3).toLowerCase());
  return i >= 0 ? i + 1 : undefined;
}

/** 7 -> "07": a month or day as ISO dates write it. */
export function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}
