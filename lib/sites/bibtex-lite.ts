/**
 * Just enough BibTeX reading for a page's own "Bib" block (al-folio, Hugo cite.bib previews): one entry's type,
 * key and fields, with LaTeX accents decoded. The full importer (lib/formats) uses a complete parser; this one
 * stays tiny because it runs in the content script.
 */

import type { EntryType } from '../model';

/**
 * The entry type for a BibTeX or BibLaTeX type name in lower case, if it is one (own keys only: "@constructor" is not
 * a type). The one table of BibTeX types: pages' Bib blocks, OpenReview's and Semantic Scholar's BibTeX, file import.
 */
export function bibEntryType(name: string): EntryType | undefined {
  return Object.hasOwn(BIB_TYPES, name) ? BIB_TYPES[name] : undefined;
}

const BIB_TYPES: Record<string, EntryType> = {
  article: 'article',
  inproceedings: 'inproceedings',
  conference: 'inproceedings',
  book: 'book',
  incollection: 'incollection',
  inbook: 'incollection',
  phdthesis: 'thesis',
  mastersthesis: 'thesis',
  thesis: 'thesis',
  techreport: 'report',
  report: 'report',
  misc: 'misc',
  online: 'misc',
  unpublished: 'misc',
};

export interface BibLite {
  type: string;
  key: string;
  fields: Record<string, string>;
}

export function parseBibEntry(src: string): BibLite | null {
  const head = /@\s*([a-zA-Z]+)\s*[{(]\s*([^,\s]*)\s*,/.exec(src);
  if (!head) return null;
  const fields = Object.create(null) as Record<string, string>;
  let i = head.index + head[0].length;
  const n = src.length;
  while (i < n) {
    const m = /\s*([a-zA-Z][\w:.-]*)\s*=\s*/y;
    m.lastIndex = i;
    const f = m.exec(src);
    if (!f) break;
    i = m.lastIndex;
    const parts: string[] = [];
    for (;;) {
      const c = src[i];
      if (c === '{') {
        let depth = 0;
        const start = i;
        for (; i < n; i++) {
          if (src[i] === '\\') {
            i++;
            continue;
          }
          if (src[i] === '{') depth++;
          else if (src[i] === '}' && --depth === 0) break;
        }
        parts.push(src.slice(start + 1, i));
        i++;
      } else if (c === '"') {
        const start = ++i;
        let depth = 0;
        for (; i < n && !(src[i] === '"' && depth === 0); i++) {
          if (src[i] === '{') depth++;
          else if (src[i] === '}') depth--;
        }
        parts.push(src.slice(start, i));
        i++;
      } else {
        const w = /[^,#}\s]+/y;
        w.lastIndex = i;
        const word = w.exec(src);
        if (!word) break;
        parts.push(word[0]);
        i = w.lastIndex;
      }
      const hash = /\s*#\s*/y;
      hash.lastIndex = i;
      if (!hash.exec(src)) break;
      i = hash.lastIndex;
    }
    fields[f[1]!.toLowerCase()] = decodeLatex(parts.join(''));
    const sep = /\s*,?/y;
    sep.lastIndex = i;
    sep.exec(src);
    i = sep.lastIndex;
  }
  return { type: head[1]!.toLowerCase(), key: head[2]!, fields };
}

const ACCENTS: Record<string, string> = {
  '"': '\u0308',
  "'": '\u0301',
  '`': '\u0300',
  '^': '\u0302',
  '~': '\u0303',
  '=': '\u0304',
  '.': '\u0307',
  u: '\u0306',
  v: '\u030c',
  H: '\u030b',
  c: '\u0327',
  k: '\u0328',
  r: '\u030a',
  d: '\u0323',
  b: '\u0331',
};
const LETTERS: Record<string, string> = {
  ss: 'ß',
  o: 'ø',
  O: 'Ø',
  l: 'ł',
  L: 'Ł',
  ae: 'æ',
  AE: 'Æ',
  oe: 'œ',
  OE: 'Œ',
  aa: 'å',
  AA: 'Å',
  i: 'ı',
  j: 'ȷ',
};

/** Decode common LaTeX accents and specials to Unicode, drop grouping braces, collapse whitespace. */
export function decodeLatex(s: string): string {
  let t = s
    .replace(/\\([a-zA-Z]{1,2})(?![a-zA-Z])\s*\{\s*\}/g, (m, name: string) => LETTERS[name] ?? m)
    .replace(/\{?\\(["'`^~=.])\s*\{?\s*(\\?[a-zA-Z])\s*\}?\}?/g, (_m, acc: string, ch: string) => combine(ch, ACCENTS[acc]!))
    .replace(/\{?\\([uvHckrdb])\s*\{\s*(\\?[a-zA-Z])\s*\}\}?/g, (_m, acc: string, ch: string) => combine(ch, ACCENTS[acc]!))
    .replace(/\{?\\([uvHckrdb])\s+([a-zA-Z])\}?/g, (_m, acc: string, ch: string) => combine(ch, ACCENTS[acc]!))
    .replace(/\{?\\(ss|o|O|l|L|ae|AE|oe|OE|aa|AA)(?![a-zA-Z])\}?\s?/g, (_m, name: string) => LETTERS[name]!)
    .replace(/\\([&%$#_{}])/g, '$1')
    .replace(/---/g, '—')
    .replace(/--/g, '–')
    .replace(/~/g, ' ')
    .replace(/\\(textit|textbf|emph|textrm|texttt|mathrm|text)\s*\{/g, '{')
    .replace(/(?<!\\)[{}]/g, '');
  t = t.replace(/\s+/g, ' ').trim();
  return t.normalize('NFC');
}

function combine(ch: string, mark: string): string {
  const base = ch === '\\i' ? 'i' : ch === '\\j' ? 'j' : ch.replace('\\', '');
  return (base + mark).normalize('NFC');
}

/** BibTeX author field -> display names ("Einstein, Albert and Max Planck" -> ["Albert Einstein", "Max Planck"]). */
export function bibAuthors(field: string): { names: string[]; others: boolean } {
  const parts = field
    .split(/\s+and\s+/)
    .map((p) => p.trim())
    .filter(Boolean);
  let others = false;
  const names: string[] = [];
  for (const p of parts) {
    if (/^others$/i.test(p)) {
      others = true;
      continue;
    }
    const bits = p.split(',').map((b) => b.trim());
    if (bits.length === 2) names.push(`${bits[1]} ${bits[0]}`.trim());
    else if (bits.length === 3) names.push(`${bits[2]} ${bits[0]}, ${bits[1]}`.trim());
    else names.push(p);
  }
  return { names, others };
}
