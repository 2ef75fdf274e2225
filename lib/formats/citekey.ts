/**
 * Citation keys in Better BibTeX's default style, `auth.lower + shorttitle(3,3) + year`: the first author's family
 * name in lower case, the first three title words that are not skip words with their first letter capitalised,
 * and the year, folded to ASCII: "Attention Is All You Need" (Vaswani, 2017) -> vaswaniAttentionAllYou2017.
 * Clashes (compared ignoring case, as BBT does) get a, b, ... z, aa, ab ... appended.
 */
import type { Author, Paper } from '../model';
import { familyNameKey } from '../names';
import { isWhiteSpace } from '../text/whitespace';

/** Better BibTeX's skip words (title words never used in keys). */
const SKIP_WORDS = new Set(
  (
    'a ab aboard about above across after against al along amid among an and anti around as at before behind below beneath beside besides ' +
    'between beyond but by d da das de del dell dello dei degli della delle dem den der des despite die do down du during ein eine einem ' +
    'einen einer eines el en et except for from gli i il in inside into is l la las le les like lo los near nor of off on onto or over past ' +
    'per plus round save since so some sur than the through to toward towards un una unas under underneath une unlike uno unos until up ' +
    'upon versus via von while with within without yet zu zum'
  ).split(' '),
);

const LETTERS_WITHOUT_DECOMPOSITION: Record<string, string> = {
  ß: 'ss',
  æ: 'ae',
  Æ: 'AE',
  ø: 'o',
  Ø: 'O',
  ł: 'l',
  Ł: 'L',
  đ: 'd',
  Đ: 'D',
  þ: 'th',
  Þ: 'Th',
  œ: 'oe',
  Œ: 'OE',
  ı: 'i',
  ð: 'd',
  Ð: 'D',
};

const ASCII_ALNUM_ONLY = /^[A-Za-z0-9]*$/;
const ASCII_ONLY = /^[\x00-\x7f]*$/;
const NOT_ASCII_ALNUM = /[^A-Za-z0-9]/g;

/** ASCII letters and digits only: accents dropped, ß -> ss, other scripts removed. */
function foldToAscii(s: string): string {
  if (ASCII_ALNUM_ONLY.test(s)) return s;
  // ASCII is its own NFKD form: only the characters that are not letters or digits go
  if (ASCII_ONLY.test(s)) return s.replace(NOT_ASCII_ALNUM, '');
  return s
    .replace(/[ßæÆøØłŁđĐþÞœŒıðÐ]/g, (c) => LETTERS_WITHOUT_DECOMPOSITION[c] ?? '')
    .normalize('NFKD')
    .replace(NOT_ASCII_ALNUM, '');
}

/** Longest of SKIP_WORDS: a longer word is never one. */
const LONGEST_SKIP_WORD = Math.max(...[...SKIP_WORDS].map((w) => w.length));

/**
 * The first three title words (runs of non-`\s`) that are not skip words, folded, their first letter capitalised. A word
 * of ASCII letters and digits (most) is its own folding, read without a regex.
 */
function shortTitle(title: string): string {
  let short = '';
  let taken = 0;
  const n = title.length;
  for (let i = 0; i < n && taken < 3;) {
    while (i < n && isWhiteSpace(title.charCodeAt(i))) i++;
    if (i === n) break;
    const start = i;
    let alnum = true;
    for (; i < n; i++) {
      const c = title.charCodeAt(i);
      if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57)) continue;
      if (isWhiteSpace(c)) break;
      alnum = false;
    }
    const w = alnum ? title.slice(start, i) : foldToAscii(title.slice(start, i));
    if (!w || (w.length <= LONGEST_SKIP_WORD && SKIP_WORDS.has(w.toLowerCase()))) continue;
    // w is ASCII letters and digits: only a-z changes in upper case.
    const first = w.charCodeAt(0);
    short += first >= 97 && first <= 122 ? String.fromCharCode(first - 32) + w.slice(1) : w;
    taken++;
  }
  return short;
}

function authorKey(first: Author): string {
  return foldToAscii(familyNameKey(first)).toLowerCase();
}

/**
 * The key a paper would get, before clash suffixes. `authorKeys` (first author's name -> its part of the key) saves
 * folding the same name again when many papers are keyed.
 */
export function baseCitationKey(p: Pick<Paper, 'title' | 'authors' | 'year'>, authorKeys?: Map<string, string>): string {
  const first = p.authors[0];
  let auth = '';
  if (typeof first === 'string' && authorKeys) {
    const known = authorKeys.get(first);
    auth = known ?? authorKey(first);
    if (known === undefined) authorKeys.set(first, auth);
  } else if (first) auth = authorKey(first);
  const key = `${auth}${shortTitle(p.title)}${p.year ?? ''}`;
  return key || 'paper';
}

/** a, b, ..., z, aa, ab, ... */
function suffix(n: number): string {
  let s = '';
  let i = n;
  do {
    s = String.fromCharCode(97 + (i % 26)) + s;
    i = Math.floor(i / 26) - 1;
  } while (i >= 0);
  return s;
}

/** A key not in `taken` (compared in lower case); adds it to `taken`. */
export function uniqueKey(base: string, taken: Set<string>): string {
  let key = base;
  let lower = base.toLowerCase();
  for (let n = 0; taken.has(lower); n++) {
    key = base + suffix(n);
    lower = key.toLowerCase();
  }
  taken.add(lower);
  return key;
}

/**
 * Keys for the papers that have none yet (paper id -> key), unique among `existingKeys`, the papers' own keys and
 * each other. Papers are keyed in (addedAt, id) order, so the older paper keeps the plain key.
 */
export function assignCitationKeys(papers: Paper[], existingKeys: Iterable<string> = []): Map<string, string> {
  const taken = new Set<string>();
  for (const k of existingKeys) taken.add(k.toLowerCase());
  for (const p of papers) if (p.citationKey) taken.add(p.citationKey.toLowerCase());
  const out = new Map<string, string>();
  const todo = papers.filter((p) => !p.citationKey).sort((a, b) => a.addedAt - b.addedAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const authorKeys = new Map<string, string>();
  for (const p of todo) if (!out.has(p.id)) out.set(p.id, uniqueKey(baseCitationKey(p, authorKeys), taken));
  return out;
}
