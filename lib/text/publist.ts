/**
 * Generic publication lists as visible text: lab and personal pages (al-folio and similar themes), and plain
 * reference lists. An entry is one of
 *  fused:      "TitleFirst Author, Second Author, and Last AuthorVenue, 2025"  (a copied al-folio list)
 *  stacked:    title / "A, B, and C" / "Venue, Jun 2024"                       (innerText of the same list)
 *  reference:  "A. Author, B. Author. Title. Venue, 2020."                     (one per line or paragraph)
 * followed by optional prose (the abstract). Year headings ("2025") give the year to entries that show none.
 */
import type { Candidate, EntryType, PageScan } from '../model';
import { MONTH, collapse, idsInText, isProse, parseShownDate } from './common';
import { type AuthorRun, findTitleAuthorBoundary, isName, readAuthorRun } from './names';

const LIST_MARK = /^(?:[-•*–·]\s+|\[\d{1,4}\]\s*|\(\d{1,4}\)\s*|\d{1,4}[.)]\s+)/;
const YEAR_HEADING = /^(?:19|20)\d{2}$/;
/** "Venue, 2025", "In Proceedings of X, Jun 2024", "arXiv preprint arXiv:2401.12345, 2024." */
const VENUE_TAIL = new RegExp(`^(.*?)[,.]?\\s*(?:\\(?\\s*(${MONTH})\\.?\\s+)?\\(?((?:19|20)\\d{2})[a-z]?\\)?\\.?$`);
/** al-folio's buttons and similar link rows: "Abs arXiv Bib PDF Code". */
const BUTTONS = /^(?:(?:abs|abstract|arxiv|bib|bibtex|html|pdf|supp|video|blog|code|poster|slides|website|doi|cite|project|award|talk|data|dataset)\b\s*)+$/i;

interface Venue {
  venue?: string;
  year?: number;
  date?: string;
}

function readVenue(text: string, viewedAt: Date): Venue | null {
  const t = collapse(text).replace(/^[,.·]\s*/, '');
  const m = VENUE_TAIL.exec(t);
  if (!m) return null;
  const year = Number(m[3]);
  const venue = collapse(m[1]!).replace(/^In\s+/, '').replace(/[,.\s]+$/, '');
  const out: Venue = { year };
  if (m[2]) {
    const shown = parseShownDate(`${m[2]} ${year}`, viewedAt);
    if (shown) out.date = shown.date;
  }
  if (venue && /\p{L}/u.test(venue)) out.venue = /^arXiv:\s*\S+$/i.test(venue) ? 'arXiv' : venue;
  return out;
}

function cleanTitle(s: string): string {
  return collapse(s.replace(/^\[(?:PDF|HTML|BOOK|CITATION)\]\s*/i, '').replace(/[*†‡]+$/, '')).replace(/\.$/, '');
}

function typeOf(venue: string | undefined): EntryType | undefined {
  if (!venue) return undefined;
  if (/arxiv|preprint|biorxiv|medrxiv/i.test(venue)) return 'preprint';
  return undefined;
}

function makeCandidate(title: string, run: AuthorRun, venue: Venue | null, idText: string, groupYear: number | undefined): Candidate {
  const c: Candidate = { title: cleanTitle(title), authors: run.names, authorsTruncated: run.truncated, ids: idsInText(idText) };
  if (run.count !== undefined) c.authorCount = run.count;
  const year = venue?.year ?? groupYear;
  if (year !== undefined) c.year = year;
  if (venue?.date) c.date = venue.date;
  if (venue?.venue) {
    c.venue = venue.venue;
    const type = typeOf(venue.venue);
    if (type) c.type = type;
  }
  if (c.ids.arxiv) c.url = `https://arxiv.org/abs/${c.ids.arxiv}`;
  else if (c.ids.doi) c.url = `https://doi.org/${c.ids.doi}`;
  return c;
}

const namesThenNothing = (run: AuthorRun): boolean => run.rest === '';

/** "TitleA, B, and CVenue, 2025" (venue optional). */
function readFused(line: string, viewedAt: Date, groupYear: number | undefined): Candidate | null {
  let venue: Venue | null = null;
  const split = findTitleAuthorBoundary(
    line,
    (run) => {
      if (run.rest === '') return run.names.length >= 2 || run.truncated;
      return readVenue(run.rest, viewedAt) !== null;
    },
    { allowFusedTail: true },
  );
  if (!split) return null;
  if (split.authors.rest) venue = readVenue(split.authors.rest, viewedAt);
  return makeCandidate(split.title, split.authors, venue, line, groupYear);
}

/** "A. Author, B. Author. Title. Venue, 2020.": the longest run of names before a ". ", then title, then venue. */
function readReference(line: string, viewedAt: Date, groupYear: number | undefined): Candidate | null {
  const stops = [...line.matchAll(/[.:]\s+(?=["“]?[\p{Lu}\d])/gu)].map((m) => m.index);
  for (const stop of stops) {
    const names = line.slice(0, stop + 1).replace(/[.:]$/, '');
    const run = readAuthorRun(names);
    if (run.names.length === 0 || run.rest !== '' || !run.names.every(isName)) continue;
    const rest = line.slice(stop + 1).trim();
    const titleEnd = /[.?!]["”]?(?:\s+|$)/.exec(rest);
    if (!titleEnd) return null;
    const title = rest.slice(0, titleEnd.index + (titleEnd[0].trim().startsWith('.') ? 0 : titleEnd[0].trim().length)).replace(/^["“]|["”]$/g, '');
    const after = rest.slice(titleEnd.index + titleEnd[0].length);
    const venue = readVenue(after, viewedAt);
    const ids = idsInText(line);
    if (title.split(' ').length < 2) return null;
    if (!venue && !ids.arxiv && !ids.doi) return null;
    // The venue text keeps an arXiv id it names; that id is kept in ids.
    return makeCandidate(title, run, venue, line, groupYear);
  }
  return null;
}

export function parsePublicationListText(text: string, url: URL, viewedAt: Date): PageScan {
  // Paragraphs: a reference list may wrap one entry over several lines, separated from the next by a blank line.
  const lines = text
    .split(/\r\n|\r|\n/)
    .map(collapse)
    .map((l) => l.replace(LIST_MARK, ''));
  const entries: Candidate[] = [];
  let groupYear: number | undefined;
  let current: Candidate | null = null;
  /** Lines since the current entry ended that were not chrome: abstract prose may follow. */
  let attached = false;

  const push = (c: Candidate): void => {
    entries.push(c);
    current = c;
    attached = true;
  };

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (!line) continue;
    if (YEAR_HEADING.test(line)) {
      groupYear = Number(line);
      current = null;
      continue;
    }
    if (BUTTONS.test(line)) continue;
    const fused = readFused(line, viewedAt, groupYear);
    if (fused) {
      push(fused);
      continue;
    }
    const reference = readReference(line, viewedAt, groupYear);
    if (reference) {
      push(reference);
      continue;
    }
    // Stacked: title / authors / [venue]. A title line is not itself a list of names.
    const next = nextNonBlank(lines, i + 1);
    const titleRun = readAuthorRun(line);
    const looksLikeNames = titleRun.rest === '' && titleRun.names.length >= 2;
    if (next && !isProse(line) && !looksLikeNames && line.length <= 400 && /\p{L}/u.test(line)) {
      const run = readAuthorRun(lines[next]!.replace(LIST_MARK, ''));
      if (run.names.length > 0 && namesThenNothing(run) && run.names.every(isName)) {
        const third = nextNonBlank(lines, next + 1);
        const venue = third !== undefined && !isProse(lines[third]!) ? readVenue(lines[third]!, viewedAt) : null;
        // A title that could itself be a name ("Deep Residual Learning") needs the venue line to be sure.
        if (venue || (!isName(line) && (run.names.length >= 2 || run.truncated))) {
          push(makeCandidate(line, run, venue, [line, lines[next], venue ? lines[third!] : ''].join(' '), groupYear));
          i = venue ? third! : next;
          continue;
        }
      }
    }
    // One reference wrapped over several lines of a paragraph.
    const paragraphEnd = paragraphEndFrom(lines, i);
    if (paragraphEnd - i > 1 && paragraphEnd - i <= 6) {
      const wrapped = readReference(lines.slice(i, paragraphEnd).join(' '), viewedAt, groupYear);
      if (wrapped) {
        push(wrapped);
        i = paragraphEnd - 1;
        continue;
      }
    }
    const open = current as Candidate | null;
    if (open && attached) {
      const ids = idsInText(line);
      // "arXiv:2401.12345" on its own line or in a link row belongs to the entry.
      if (line.length < 120 && (ids.arxiv || ids.doi)) {
        open.ids = { ...ids, ...open.ids };
        continue;
      }
      if (isProse(line) && !open.abstract) {
        open.abstract = line;
        continue;
      }
    }
    attached = false;
  }
  return { site: 'text', kind: 'lab', url: url.href, entries };
}

function nextNonBlank(lines: string[], from: number): number | undefined {
  for (let j = from; j < lines.length; j++) if (lines[j]) return j;
  return undefined;
}

function paragraphEndFrom(lines: string[], from: number): number {
  let j = from;
  while (j < lines.length && lines[j]) j++;
  return j;
}
