/**
 * Personal and organisation names: what an author is (a person's name or an organisation written whole), the words
 * that belong to a family name (particles) or follow it (suffixes), the split of a person's name into given and
 * family names, and the family-name key that identity fingerprints and citation keys use. Dependency-free apart from
 * the organisation rule: content scripts import it.
 */
import type { Author } from './model';
import { isOrganisationName } from './text/organisations';

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

/** Lower-case words that are part of a family name: "Ludwig van Beethoven", "Oriol de la Fuente", "Ahmad ibn Said". */
const PARTICLES = new Set([
  'van',
  'von',
  'der',
  'den',
  'de',
  'del',
  'della',
  'dei',
  'degli',
  'di',
  'da',
  'du',
  'des',
  'dos',
  'das',
  'do',
  'la',
  'le',
  'ten',
  'ter',
  'bin',
  'binti',
  'ibn',
  'ben',
  'wa',
  'al',
  'el',
  'y',
  'e',
  'zu',
  'af',
  'av',
  'st',
  'st.',
]);

/** Is the word, as written (case matters: "Van" is not one), a particle of a family name? */
export function isNameParticle(word: string): boolean {
  return PARTICLES.has(word);
}

/** "Jr.", "Sr", "II", "III", "IV" in any case: a word after the family name that is not part of it. */
const NAME_SUFFIX = /^(?:jr\.?|sr\.?|ii|iii|iv)$/i;

/** A suffix as running text writes it, capitalised ("Jr.", "III"): a lower-case "ii" in text is more often a numbering. */
export function isCapitalisedNameSuffix(word: string): boolean {
  return /^\p{Lu}/u.test(word) && NAME_SUFFIX.test(word);
}

export interface PersonName {
  family: string;
  given: string;
  suffix?: string;
}

/**
 * A person's name split as BibTeX splits it. "Family, Given" at the first comma; otherwise the last word is the
 * family name, and so is every word from the first lower-case middle word on ("Hans van der Berg" -> van der Berg,
 * Hans); a last word "Jr."/"III" after two others is the suffix. One word (or none): undefined.
 */
export function splitPersonName(name: string): PersonName | undefined {
  const n = name.trim().replace(/\s+/g, ' ');
  const comma = n.indexOf(',');
  if (comma > 0) return { family: n.slice(0, comma).trim(), given: n.slice(comma + 1).trim() };
  const words = n.split(' ');
  if (words.length < 2) return undefined;
  let end = words.length;
  let suffix: string | undefined;
  if (end > 2 && NAME_SUFFIX.test(words[end - 1]!)) {
    suffix = words[end - 1]!;
    end--;
  }
  let familyStart = end - 1;
  for (let i = 1; i < end - 1; i++) {
    if (/^\p{Ll}/u.test(words[i]!)) {
      familyStart = i;
      break;
    }
  }
  const parts: PersonName = { family: words.slice(familyStart, end).join(' '), given: words.slice(0, familyStart).join(' ') };
  if (suffix) parts.suffix = suffix;
  return parts;
}

const ASCII_ONLY = /^[\x00-\x7f]*$/;
const NOT_ASCII_ALNUM = /[^a-z0-9]+/g;

/** A name or title folded for comparison: lower case, accents stripped, letters and digits only ("Élodie d'Arc" -> elodiedarc). */
export function foldKey(s: string): string {
  // ASCII is its own NFKD form without combining marks, and its letters and digits are [A-Za-z0-9]: the same key, 2x faster
  // (a merge folds the title of every record).
  if (ASCII_ONLY.test(s)) return s.toLowerCase().replace(NOT_ASCII_ALNUM, '');
  return s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

/**
 * The family name of an author as a key: "Bengio, Yoshua" -> bengio, "Yoshua Bengio" -> bengio, "Y Bengio" -> bengio,
 * "Hans van der Berg" -> berg (the last word before any suffix); an organisation's is its whole name:
 * {literal: "The OPT Team"} -> theoptteam. Identity fingerprints and citation keys are made of it: changing it changes
 * stored ids.
 */
export function familyNameKey(author: Author): string {
  if (typeof author !== 'string') return foldKey(author.literal);
  const n = author.trim();
  if (!n) return '';
  const comma = n.indexOf(',');
  return foldKey(comma > 0 ? n.slice(0, comma) : lastWordBeforeSuffix(n));
}

function lastWordBeforeSuffix(n: string): string {
  const words = n.split(/\s+/).filter(Boolean);
  let i = words.length - 1;
  while (i > 0 && NAME_SUFFIX.test(words[i]!)) i--;
  return words[i] ?? '';
}
