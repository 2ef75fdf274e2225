/**
 * Text from web pages, cleaned on its way into the library: what a page can hide in a string (control characters, bidi
 * overrides and embeddings, zero-width characters, lone surrogates) never reaches a record, an export or another device.
 * Kept: tab and newline where a field may hold lines, ZWJ and ZWNJ (names and words in Persian, Indic scripts and
 * emoji need them), and every visible character.
 */
import type { Candidate, PageContext, PageScan } from '../model';

/**
 * C0 and C1 controls (tab, newline and carriage return are handled apart), bidi embeddings, overrides and isolates
 * (U+202A–U+202E, U+2066–U+2069), the left-to-right / right-to-left / Arabic marks, zero-width space, word joiner and
 * the invisible operators (U+200B, U+2060–U+2064), the byte-order mark / zero-width no-break space (U+FEFF), the
 * interlinear annotation controls (U+FFF9–U+FFFB), and lone surrogates.
 */
const INVISIBLE =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u061C\u200B\u200E\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF\uFFF9-\uFFFB]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const ANY_TO_CLEAN =
  /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u061C\u200B\u200E\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF\uFFF9-\uFFFB\uD800-\uDFFF]/;

/** Text that may hold lines (an abstract, a note, a comment): line breaks become "\n", tabs stay, the rest as above. */
export function cleanText(s: string): string {
  if (!ANY_TO_CLEAN.test(s)) return s; // almost every string: one test, no copy
  return s.replace(/\r\n?/g, '\n').replace(INVISIBLE, '');
}

/** One line of text (a title, a name, a venue, a tag): cleaned, every run of whitespace one space, trimmed. */
export function cleanLine(s: string): string {
  return cleanText(s).replace(/\s+/g, ' ').trim();
}

function cleanOptional<T extends string | undefined>(s: T, clean: (s: string) => string): T {
  return (s === undefined ? s : clean(s)) as T;
}

/** A page's entry with every text field cleaned. An entry whose title cleans to nothing keeps '' (the caller drops it). */
export function cleanCandidate(c: Candidate): Candidate {
  const out: Candidate = { ...c, title: cleanLine(c.title), authors: c.authors.map(cleanLine).filter(Boolean) };
  out.venue = cleanOptional(c.venue, cleanLine);
  out.abstract = cleanOptional(c.abstract, cleanText);
  out.comment = cleanOptional(c.comment, cleanText);
  out.bibtex = cleanOptional(c.bibtex, cleanText);
  for (const k of ['venue', 'abstract', 'comment', 'bibtex'] as const) if (out[k] === undefined) delete out[k];
  if (c.signals) {
    const signals = { ...c.signals };
    if (signals.category !== undefined) signals.category = cleanLine(signals.category);
    if (signals.categories) signals.categories = signals.categories.map(cleanLine).filter(Boolean);
    if (signals.orgs) signals.orgs = signals.orgs.map(cleanLine).filter(Boolean);
    out.signals = signals;
  }
  return out;
}

/** Entries with every text field cleaned; entries left without a title are dropped. */
export function cleanCandidates(entries: Candidate[]): Candidate[] {
  return entries.map(cleanCandidate).filter((c) => c.title);
}

function cleanContext(context: PageContext): PageContext {
  const out: PageContext = {};
  for (const k of ['title', 'name', 'date', 'query', 'affiliation'] as const) if (context[k] !== undefined) out[k] = cleanLine(context[k]);
  if (context.stats) {
    const stats: NonNullable<PageContext['stats']> = Object.create(null);
    for (const [k, v] of Object.entries(context.stats)) stats[cleanLine(k)] = typeof v === 'string' ? cleanLine(v) : v;
    out.stats = stats;
  }
  return out;
}

/** A page scan with every text cleaned; entries left without a title are dropped. */
export function cleanScan(scan: PageScan): PageScan {
  const out: PageScan = { ...scan, site: cleanLine(scan.site), entries: cleanCandidates(scan.entries) };
  if (scan.context) out.context = cleanContext(scan.context);
  if (scan.listing) out.listing = { ...scan.listing, title: cleanLine(scan.listing.title) };
  return out;
}
