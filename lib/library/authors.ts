/** Authors of library records: a person's name (a string) or a name written whole (`{ literal }`, an organisation). */
import type { Author } from '../model';
import { isOrganisationName } from '../text/organisations';

/** The name as it is shown: a person's name as stored, an organisation's whole name. */
export function authorName(a: Author): string {
  return typeof a === 'string' ? a : a.literal;
}


/** A name from a page or a file's person field: an organisation by the rule of lib/text/organisations.ts, else a person. */
export function authorFromName(name: string): Author {
  return isOrganisationName(name) ? { literal: name.trim().replace(/\s+/g, ' ') } : name;
}

/** The authors a captured entry's names become (where candidates become papers). */
export function capturedAuthors(names: readonly string[]): Author[] {
  return names.map(authorFromName);
}
