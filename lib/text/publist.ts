/**
 * Generic publication lists as visible text: lab and personal pages (al-folio and similar themes), and plain
 * reference lists. An entry is one of
 *  fused:      "TitleFirst Author, Second Author, and Last AuthorVenue, 2025"  (a copied al-folio list)
 *  stacked:    title / "A, B, and C" / "Venue, Jun 2024"                       (innerText of the same list)
 *  reference:  "A. Author, B. Author. Title. Venue, 2020."                     (one per line or paragraph)
 *  dated:      "A. Author, B. Author (2015). Title. Venue, 1(1)."              (APA-like; Wowchemy's citation view)
 *  names first: "A Gabrio, G Baio" / "May 2020 Journal of X" / title           (Hugo Academic's list view)
 *  no authors: title / "Published in Venue, 2020"                             (AcademicPages; authors unknown)
 * followed by optional prose (the abstract). Year headings ("2025") give the year to entries that show none.
 * A BibTeX entry in the text (al-folio's "Bib" block when it is shown, or pasted BibTeX) completes the entry it
 * follows when the titles agree (its full author list behind "and 2 more authors"), and is an entry of its own
 * otherwise.
 */
import type { Candidate, EntryType, PageScan } from '../model';
import { collapse, idsInText, isProse, parseShownDate, withoutOffTopicSections, yearHeading } from './common';
import { MONTH_NAME } from '../dates';
import { type AuthorRun, findTitleAuthorBoundary, isName, readAuthorRun } from './names';
import { bibEntryType, bibAuthors, parseBibEntry, type BibLite } from '../sites/bibtex-lite';
import { idPageUrl, parseArxivId, parseDoi } from '../identity';
import { isNamesYearLine, namesYearOpenEntries, readReferenceList } from './reflist';
import {
  AWARD_NOTE,
  LABEL_ONLY,
  NAME_FORMS,
  PAPER_STATUS,
  opensWithNames,
  opensWithNamesAndDate,
  parseReference,
  readAuthorBlock,
  withoutCjkBadges,
} from './reference';

const LIST_MARK = /^(?:[-•*–·]\s+|\[\d{1,4}\]\s*|\(\d{1,4}\)\s*|\d{1,4}[.)]\s+)/;
/** "Venue, 2025", "In Proceedings of X, Jun 2024", "arXiv preprint arXiv:2401.12345, 2024." */
const VENUE_TAIL = new RegExp(`^(.*?)[,.]?\\s*(?:\\(?\\s*(${MONTH_NAME})\\.?\\s+)?\\(?((?:19|20)\\d{2})[a-z]?\\)?\\.?$`);
/**
 * A row of bracketed link labels: "[ PDF ] [ Supplemental Material ] [ Code (Julia) ]". Rows of known labels ("Abs arXiv
 * Bib PDF Code", al-folio's buttons) are reference.ts's LABEL_ONLY.
 */
const LINK_ROW = /^(?:\[[^\[\]]{1,120}\]\s*)+$/;

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
  const venue = withoutClosingPeriod(
    collapse(m[1]!)
      .replace(/^In\s+/, '')
      .replace(/[,\s]+$/, ''),
  );
  const out: Venue = { year };
  if (m[2]) {
    const shown = parseShownDate(`${m[2]} ${year}`, viewedAt);
    if (shown) out.date = shown.date;
  }
  if (venue && /\p{L}/u.test(venue)) out.venue = /^arXiv:\s*\S+$/i.test(venue) ? 'arXiv' : venue;
  return out;
}

/** "Nature." -> "Nature", but an abbreviation keeps its period ("Phys. Rev.", "Proc."). */
function withoutClosingPeriod(venue: string): string {
  if (!venue.endsWith('.') || /(?:^|[\s.])\p{Lu}\p{Ll}{0,4}\.$/u.test(venue)) return venue;
  return venue.replace(/[.\s]+$/, '');
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
  const url = idPageUrl(c.ids);
  if (url) c.url = url;
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
    const title = rest
      .slice(0, titleEnd.index + (titleEnd[0].trim().startsWith('.') ? 0 : titleEnd[0].trim().length))
      .replace(/^["“]|["”]$/g, '');
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

/** "A. Author, B. Author (2015). Title. Venue." */
const DATED = /^(.{2,600}?)\s+\(((?:19|20)\d{2})[a-z]?\)\.\s+(.+)$/;

/**
 * "A. Author, B. Author (2015). Title. Venue, 1(1).": the names before "(year).", the title up to its closing
 * period, the venue after it. Names are kept as shown, even one that does not look like a person's ("admin").
 */
function readDated(line: string, viewedAt: Date, groupYear: number | undefined): Candidate | null {
  const m = DATED.exec(line);
  if (!m) return null;
  const run = readAuthorRun(m[1]!);
  const items = m[1]!
    .split(/\s*,\s*(?:and\s+|&\s*)?|\s+(?:and|&)\s+/)
    .map(collapse)
    .filter(Boolean);
  if (items.length === 0 || items.some((n) => n.split(' ').length > 5 || /[.;:!?]\s/.test(n))) return null;
  const names: AuthorRun =
    run.rest === '' && run.names.length > 0 ? run : (invertedNames(m[1]!) ?? { names: items, truncated: false, rest: '', score: 0 });
  const rest = m[3]!;
  const titleEnd = /[.?!]["”]?(?:\s+|$)/.exec(rest);
  const title = titleEnd ? rest.slice(0, titleEnd.index + (titleEnd[0].trim().startsWith('.') ? 0 : titleEnd[0].trim().length)) : rest;
  if (!/\p{L}/u.test(title)) return null;
  const after = titleEnd ? collapse(rest.slice(titleEnd.index + titleEnd[0].length)).replace(/^In\s+/, '') : '';
  const year = Number(m[2]);
  const venueText = venueWithoutNumbers(after);
  const venue: Venue = { year };
  if (venueText && /\p{L}/u.test(venueText)) venue.venue = venueText;
  return makeCandidate(title, names, venue, line, groupYear ?? year);
}

/** "Johnson, M.H., Munakata, Y., & Gilmore, R.O." or "Damen, Jan and Smith, Anna": names written family name first. */
function invertedNames(text: string): AuthorRun | null {
  for (const form of ['surname-initials', 'surname-given'] as const) {
    const block = readAuthorBlock(text, form);
    if (block && block.names.length > 0) return { names: block.names, truncated: block.truncated, rest: '', score: block.names.length };
  }
  return null;
}

/**
 * A line of names and nothing else: "Ron Shapira Weber and Oren Freifeld", "A*, B*, C, and D.", or names written
 * family name first ("Freifeld, O.", "Dinari, O.*, Yu, A.*, Freifeld, O."); null otherwise.
 */
function namesLineRun(line: string): AuthorRun | null {
  if (LABEL_ONLY.test(line) || LINK_ROW.test(line)) return null;
  const run = readAuthorRun(line);
  if (run.names.length > 0 && namesThenNothing(run) && run.names.every(isName)) return run;
  // Inverted from the first name on ("Straub, J., …"), not a given-first list with stray commas ("Alexandre d’Aspremont , …").
  if (!/^\p{Lu}[\p{L}\p{M}'’-]+(?:\s(?:II|III|IV|Jr\.?))?,\s*\p{Lu}/u.test(line) || line.length > 1000) return null;
  return invertedNames(line);
}

/** "Title. arXiv, 2025.": a title line that ends in its venue and year; null when it does not. */
function titleWithVenue(line: string, viewedAt: Date): { title: string; venue: Venue } | null {
  const m = /^(.{8,}?[^\s.]{2}[.?!])\s+([^.]{2,60}?[,\s]\s*(?:19|20)\d{2}[a-z]?)\.?$/u.exec(line);
  if (!m || m[1]!.split(' ').length < 2) return null;
  const venue = readVenue(m[2]!, viewedAt);
  return venue?.venue ? { title: m[1]!.replace(/\.$/, ''), venue } : null;
}

/** A line of a card's names: one name ("S.A. Mann", "Eric Johlin") or a few ("Nouar Tabet, Abduljabar Al-Sayoud,"). */
function isLoneName(line: string): boolean {
  if (!line || line.length > 160 || /[;:]/.test(line)) return false;
  const run = readAuthorRun(line.replace(/,$/, ''));
  return run.names.length > 0 && namesThenNothing(run) && run.names.every((n) => isName(n) && n.split(' ').length <= 4);
}

/** "9 November 2018", "May 2016", "2016": a card's date line. */
const DATE_LINE = new RegExp(`^(?:\\d{1,2}\\s+)?(?:(?:${MONTH_NAME})\\.?\\s+)?(?:\\d{1,2},?\\s+)?((?:19|20)\\d{2})$`, 'i');

/**
 * Venue / date / one name per line (two or more) / title: the card's names start at
 * `from`; its venue and date are the lines just before them.
 */
function readNamePerLine(lines: string[], from: number, viewedAt: Date): { entry: Candidate; last: number } | null {
  if (!isLoneName(lines[from]!)) return null;
  let end = from;
  while (end + 1 < lines.length && isLoneName(lines[end + 1]!)) end++;
  if (end === from) return null;
  const at = nextNonBlank(lines, end + 1);
  const title = at !== undefined ? lines[at]! : '';
  if (!isTitleLine(title.replace(/\.$/, '')) || isLoneName(title)) return null;
  const dateAt = previousNonBlank(lines, from - 1);
  const date = dateAt !== undefined ? DATE_LINE.exec(lines[dateAt]!) : null;
  if (!date) return null;
  const venueAt = previousNonBlank(lines, dateAt! - 1);
  const venueLine = venueAt !== undefined && dateAt! - venueAt === 1 ? lines[venueAt]! : '';
  const venue: Venue = { year: Number(date[1]) };
  const shown = parseShownDate(lines[dateAt!]!.replace(/^\d{1,2}\s+/, ''), viewedAt);
  if (shown) venue.date = shown.date;
  if (venueLine && venueLine.length <= 120 && /\p{L}/u.test(venueLine)) venue.venue = venueLine;
  const names = lines.slice(from, end + 1).flatMap((l) => readAuthorRun(l.replace(/,$/, '')).names);
  const run: AuthorRun = { names, truncated: false, rest: '', score: names.length };
  return { entry: makeCandidate(title, run, venue, title, undefined), last: at! };
}

function previousNonBlank(lines: string[], from: number): number | undefined {
  for (let i = from; i >= 0; i--) if (lines[i]) return i;
  return undefined;
}

/** "Statistics in Medicine, 38(8), 1399-1420" -> "Statistics in Medicine": volume, issue and pages dropped. */
function venueWithoutNumbers(venue: string): string {
  return withoutClosingPeriod(venue.replace(/,?\s*\d+\s*\(\d+\)\s*(?:,?\s*(?:pp\.\s*)?\d+\s*[-–]+\s*\d+)?\.?$/, '').replace(/[,\s]+$/, ''));
}

/** A line that can be a title in a stacked form: letters, not a sentence, not a row of buttons or a year. */
function isTitleLine(line: string): boolean {
  return (
    line.length > 0 &&
    line.length <= 400 &&
    /\p{L}/u.test(line) &&
    !line.endsWith('.') &&
    !LABEL_ONLY.test(line) &&
    yearHeading(line) === undefined &&
    !AWARD_NOTE.test(line)
  );
}

const BYLINE = /^by\s/i;

/** "May 2020 Journal of Applied Statistics", "June 2019": the date line of Hugo Academic's list view. */
const DATE_VENUE_LINE = new RegExp(`^(${MONTH_NAME})\\.?\\s+((?:19|20)\\d{2})\\b\\s*(.*)$`);

/** "Published in Journal of Medical Internet Research, 2020" (AcademicPages). */
const PUBLISHED_IN = /^Published in\s+(.+)$/i;

/** The first line of a BibTeX entry: "@article{key," / "@inproceedings{". */
const BIB_START = /^@\s*[a-zA-Z]+\s*[{(]/;

/**
 * The index of the last line of the BibTeX entry starting at `from`: where the brace it opens with closes, or, for
 * an "@type(" entry, the first line ending in ")" outside braces. At most 80 lines.
 */
function bibEnd(lines: string[], from: number): number {
  const last = Math.min(lines.length, from + 80) - 1;
  const parens = /^@\s*[a-zA-Z]+\s*\(/.test(lines[from]!);
  let depth = 0;
  for (let j = from; j <= last; j++) {
    for (const ch of lines[j]!) {
      if (ch === '{') depth++;
      else if (ch === '}') depth--;
    }
    if (parens ? depth <= 0 && lines[j]!.endsWith(')') : depth <= 0) return j;
  }
  return last;
}

/** A candidate from a BibTeX entry; null without a title. */
function bibCandidate(bib: BibLite, raw: string): Candidate | null {
  // A page's BibTeX may carry HTML ("[<b><a href=…>Outstanding paper award</a></b>]"): the page shows its text.
  const title = cleanTitle((bib.fields.title ?? '').replace(/<[^>]*>/g, ''));
  if (!title) return null;
  const { names, others } = bibAuthors(bib.fields.author ?? '');
  const ids: Candidate['ids'] = {};
  const arxiv =
    parseArxivId(bib.fields.eprint ?? bib.fields.arxiv ?? '') ??
    (/arxiv/i.test(bib.fields.journal ?? '') ? idsInText(bib.fields.journal!).arxiv : undefined);
  const doi = parseDoi(bib.fields.doi ?? '');
  if (arxiv) ids.arxiv = arxiv;
  if (doi) ids.doi = doi;
  const c: Candidate = { title, authors: names, authorsTruncated: others, ids, bibtex: raw };
  const year = Number(bib.fields.year);
  if (Number.isInteger(year) && year >= 1000 && year <= 2200) c.year = year;
  const venue = collapse(bib.fields.journal ?? bib.fields.booktitle ?? '');
  if (venue) c.venue = venue;
  const type = bibEntryType(bib.type.toLowerCase());
  if (type) c.type = arxiv && (!venue || typeOf(venue) === 'preprint') && (type === 'article' || type === 'misc') ? 'preprint' : type;
  const url = idPageUrl(ids);
  if (url) c.url = url;
  return c;
}

const titleKey = (t: string) => t.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

/** The BibTeX entry starting at line `from` (its first line BIB_START): its candidate, null where it does not parse, and its last line. */
function bibEntryAt(lines: string[], from: number): { bib: Candidate | null; end: number } {
  const end = bibEnd(lines, from);
  const raw = lines.slice(from, end + 1).join('\n');
  const parsed = parseBibEntry(raw);
  return { bib: parsed ? bibCandidate(parsed, raw) : null, end };
}

/** The entry of the one BibTeX record a card's text holds (its "BibTeX" box); null where it holds none or several. */
export function bibRecordIn(text: string): Candidate | null {
  const lines = text.split('\n').map((l) => l.trim());
  const starts = [...lines.keys()].filter((i) => BIB_START.test(lines[i]!));
  return starts.length === 1 ? bibEntryAt(lines, starts[0]!).bib : null;
}

/**
 * What the BibTeX of the entry shown just before adds to it: the full author list when the page shortened it (or
 * showed none), and venue, year, type and ids the text did not show. What the text showed stays.
 */
function completeFromBib(entry: Candidate, bib: Candidate): void {
  const known = entry.authorsTruncated ? (entry.authorCount ?? entry.authors.length + 1) : entry.authors.length;
  if (bib.authors.length >= known && (entry.authorsTruncated || entry.authors.length === 0)) {
    entry.authors = bib.authors;
    entry.authorsTruncated = bib.authorsTruncated;
    if (!bib.authorsTruncated) delete entry.authorCount;
  }
  entry.ids = { ...bib.ids, ...entry.ids };
  if (entry.year === undefined && bib.year !== undefined) entry.year = bib.year;
  if (!entry.venue && bib.venue) entry.venue = bib.venue;
  if (!entry.type && bib.type) entry.type = bib.type;
  if (!entry.url && bib.url) entry.url = bib.url;
  entry.bibtex = bib.bibtex;
}

export function parsePublicationListText(text: string, url: URL, viewedAt: Date): PageScan {
  const namesYearFirst = namesYearOpenEntries(text.split(/\r\n|\r|\n/).map(collapse));
  text = withoutCjkBadges(
    withoutOffTopicSections(
      text,
      (line) => NAME_FORMS.some((f) => readAuthorBlock(line.trim().replace(/[.,;]$/, ''), f)),
      (line) => namesYearFirst && isNamesYearLine(collapse(line)),
      (line) => {
        // A talk by one speaker opens its section too: "Talks & Presentations" / "Montag, J. L. (2018) Title. Talk presented at …".
        const r = opensWithNames(line) || opensWithNamesAndDate(line) ? parseReference(line) : null;
        return !!r && r.year !== undefined && r.authors.length > 0 && r.title.split(' ').length >= 3;
      },
    ),
    true,
  );
  const themed = readThemedList(text, viewedAt);
  // A plain reference list (any citation style) read with its inferred style, when that finds more entries than
  // the theme forms above do.
  const references = readReferenceList(text);
  const entries = references.length >= themed.length && references.length > 0 ? references : themed;
  return { site: 'text', kind: 'lab', url: url.href, entries };
}

/** "CVPR 2020\tTitle.": a table row whose first cell is the venue and year, the entry in the cell after it. */
const VENUE_CELL = /^([^\t]{2,40}?)[\s,]+((?:19|20)\d{2})\t(.+)$/;

function readThemedList(text: string, viewedAt: Date): Candidate[] {
  // Paragraphs: a reference list may wrap one entry over several lines, separated from the next by a blank line.
  const cells = new Map<number, Venue>();
  const lines = text.split(/\r\n|\r|\n/).map((l, i) => {
    const cell = VENUE_CELL.exec(l.trim());
    if (!cell || collapse(cell[1]!).split(' ').length > 5 || !/\p{L}/u.test(cell[1]!)) return collapse(l).replace(LIST_MARK, '');
    cells.set(i, { venue: collapse(cell[1]!), year: Number(cell[2]) });
    return collapse(cell[3]!);
  });
  const entries: Candidate[] = [];
  let groupYear: number | undefined;
  let current: Candidate | null = null;
  /** Lines since the current entry ended that were not chrome: abstract prose may follow. */
  let attached = false;
  /** The venue cell of the row the current line starts. */
  let cell: Venue | undefined;

  const push = (c: Candidate): void => {
    if (cell) {
      c.venue ??= cell.venue;
      c.year ??= cell.year;
    }
    entries.push(c);
    current = c;
    attached = true;
  };

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    cell = cells.get(i);
    if (!line) continue;
    if (yearHeading(line) !== undefined) {
      groupYear = yearHeading(line);
      current = null;
      continue;
    }
    if (LABEL_ONLY.test(line) || LINK_ROW.test(line)) continue;
    if (BIB_START.test(line)) {
      const { bib, end } = bibEntryAt(lines, i);
      const open = current as Candidate | null;
      if (bib && open && titleKey(open.title) === titleKey(bib.title)) completeFromBib(open, bib);
      else if (bib) push(bib);
      i = end;
      continue;
    }
    // Venue / date / one name per line / title (hand-made cards: "Nature Communications" / "9 November 2018" /
    // "E. Johlin" / "S.A. Mann" / … / title).
    const perLine = readNamePerLine(lines, i, viewedAt);
    if (perLine) {
      push(perLine.entry);
      i = perLine.last;
      continue;
    }
    // Names, / title, / "Journal 57, 080101 (2018). https://doi.org/…" (or "Submitted (2025)"): each on its own line.
    const namesFirst = readNamesTitleVenue(lines, i);
    if (namesFirst) {
      push(makeCandidate(namesFirst.title, namesFirst.run, namesFirst.venue, namesFirst.idText, groupYear));
      i = namesFirst.last;
      continue;
    }
    const next = nextNonBlank(lines, i + 1);
    // A line over a line of names is a title ("Gaussian Splashing: Direct Volumetric Rendering. arXiv, 2025." /
    // names), not a reference that starts with a name.
    const overNames = next !== undefined && namesLineRun(lines[next]!) !== null && namesLineRun(line) === null;
    const fused = overNames ? null : readFused(line, viewedAt, groupYear);
    if (fused) {
      push(fused);
      continue;
    }
    const reference = overNames ? null : readReference(line, viewedAt, groupYear);
    if (reference) {
      push(reference);
      continue;
    }
    const dated = overNames ? null : readDated(line, viewedAt, groupYear);
    if (dated) {
      push(dated);
      continue;
    }
    const second = next !== undefined ? lines[next]! : '';
    // Title / "Published in Venue, 2020": the page shows no authors; they are unknown, not none.
    const published = PUBLISHED_IN.exec(second);
    if (published && !line.endsWith('.') && line.length <= 400 && /\p{L}/u.test(line) && !LABEL_ONLY.test(line)) {
      const venue = readVenue(published[1]!, viewedAt);
      if (venue) {
        push(makeCandidate(line, { names: [], truncated: true, rest: '', score: 0 }, venue, `${line} ${second}`, groupYear));
        i = next!;
        continue;
      }
    }
    // Names / "May 2020 Venue" / title.
    const dateVenue = DATE_VENUE_LINE.exec(second);
    if (dateVenue) {
      const run = readAuthorRun(line);
      const third = nextNonBlank(lines, next! + 1);
      const title = third !== undefined ? lines[third]! : '';
      if (run.names.length > 0 && namesThenNothing(run) && run.names.every(isName) && isTitleLine(title)) {
        const shown = parseShownDate(`${dateVenue[1]} ${dateVenue[2]}`, viewedAt);
        const venue: Venue = { year: Number(dateVenue[2]) };
        if (shown) venue.date = shown.date;
        const venueText = venueWithoutNumbers(collapse(dateVenue[3]!));
        if (venueText) venue.venue = /^arxiv$/i.test(venueText) ? 'arXiv' : venueText;
        push(makeCandidate(title, run, venue, `${line} ${second} ${title}`, groupYear));
        i = third!;
        continue;
      }
    }
    // Card: title / "Family I. et al., Journal" (or "Family, Family et al. 2014.") / [venue].
    const byline = next !== undefined && isTitleLine(line) ? readShortByline(second) : null;
    if (byline) {
      const third = nextNonBlank(lines, next! + 1);
      const venueLine = !byline.venue.venue && third !== undefined && !isProse(lines[third]!) ? readVenue(lines[third]!, viewedAt) : null;
      const venue: Venue = { ...byline.venue, ...(venueLine?.venue ? { venue: venueLine.venue } : {}) };
      push(makeCandidate(line, byline.run, venue, `${line} ${second}`, groupYear));
      i = venueLine ? third! : next!;
      continue;
    }
    // Stacked: title / authors / [venue]. A title line is not itself a list of names.
    const titleRun = readAuthorRun(line);
    const looksLikeNames = titleRun.rest === '' && titleRun.names.length >= 2;
    // A title as long as prose ("Über die von der molekularkinetischen Theorie … suspendierten Teilchen") is taken
    // only with the whole title / authors / venue triple and without a sentence's closing period.
    const long = isProse(line);
    // A table row's venue cell, or the line's own venue tail, says the line is a paper's, however long.
    const own = titleWithVenue(line, viewedAt);
    const paperLine = cell !== undefined || own !== null;
    // A date line ("4 June 2012") is a card's date, not a title.
    const dateOnly = DATE_LINE.test(line);
    if (next && (!long || !line.endsWith('.') || paperLine) && !looksLikeNames && !dateOnly && line.length <= 400 && /\p{L}/u.test(line)) {
      const run = namesLineRun(lines[next]!.replace(LIST_MARK, ''));
      // "By Jane Doe and John Roe" is a news byline, not a paper's author line.
      // Names, / title, / venue lines start the next entry: this line ("preprint: arXiv:…") is not its title.
      const nextEntry = readNamesTitleVenue(lines, next) !== null;
      if (!nextEntry && !BYLINE.test(lines[next]!) && run) {
        const third = nextNonBlank(lines, next + 1);
        // Names then a "May 2020 Venue" line start the next entry of a names-first list, not this line's authors.
        const namesFirst = third !== undefined && DATE_VENUE_LINE.test(lines[third]!) && readVenue(lines[third]!, viewedAt) === null;
        // A line followed by names is the next entry's title ("Title. arXiv, 2025." / names), not this one's venue.
        const fourth = third !== undefined ? nextNonBlank(lines, third + 1) : undefined;
        const nextTitle = fourth !== undefined && namesLineRun(lines[fourth]!) !== null;
        const venue = third !== undefined && !isProse(lines[third]!) && !nextTitle ? readVenue(lines[third]!, viewedAt) : null;
        // A title that could itself be a name ("Deep Residual Learning") needs the venue line to be sure;
        // "Title. PhD Thesis, Brown University, 2013." / names: the title line may end in its own venue.
        if (!namesFirst && (venue || paperLine || (!long && !isName(line) && (run.names.length >= 2 || run.truncated)))) {
          const title = venue ? line : (own?.title ?? line);
          push(
            makeCandidate(title, run, venue ?? own?.venue ?? null, [line, lines[next], venue ? lines[third!] : ''].join(' '), groupYear),
          );
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
  return entries;
}

/** "山本 佳亮": a name in Japanese (or Chinese) script, family name first. */
const CJK_NAME =
  /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]{1,6}(?:\s[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]{1,6})?$/u;

/** "A, B, and C*," or "山本 佳亮，志賀 拓麿*,": a line of names closed by a comma. */
function namesLine(line: string): AuthorRun | null {
  if (!/[,，]$/.test(line)) return null;
  const body = line.slice(0, -1).trim();
  const run = readAuthorRun(body);
  if (run.names.length > 0 && run.rest === '' && run.names.every(isName)) return run;
  const cjk = body.split(/\s*[，,、]\s*/).map((n) => n.replace(/[*†‡]+$/, ''));
  return cjk.length > 0 && cjk.every((n) => CJK_NAME.test(n)) ? { names: cjk, truncated: false, rest: '', score: cjk.length } : null;
}

/** The year in "(2018)" and the journal before its volume: "Japanese Journal of Applied Physics 57, 080101(1-11) (2018)." */
const PUBLISHED_LINE = /^(.*?)\s*(?:\d[^()]*)?\(((?:19|20)\d{2})\)/u;
/** "Submitted (2025)": a status on the published line, no journal. */
const STATUS_OPENING = new RegExp(`^(?:${PAPER_STATUS})\\b`, 'i');

function readNamesTitleVenue(
  lines: string[],
  i: number,
): { title: string; run: AuthorRun; venue: Venue; idText: string; last: number } | null {
  const run = namesLine(lines[i]!);
  if (!run) return null;
  const t = nextNonBlank(lines, i + 1);
  if (t === undefined || !/,$/.test(lines[t]!)) return null;
  const title = lines[t]!.slice(0, -1).trim();
  if (!isTitleLine(title) || namesLine(lines[t]!)) return null;
  const v = nextNonBlank(lines, t + 1);
  const m = v !== undefined ? PUBLISHED_LINE.exec(lines[v]!) : null;
  if (!m) return null;
  const venue: Venue = { year: Number(m[2]) };
  const journal = withoutClosingPeriod(m[1]!.replace(/\s+\d.*$/, '').replace(/[,\s]+$/, ''));
  if (/\p{L}/u.test(journal) && !STATUS_OPENING.test(journal)) venue.venue = journal;
  return { title, run, venue, idText: `${lines[i]} ${lines[t]} ${lines[v!]}`, last: v! };
}

/** One short author name: "Lubbe", "van der Lubbe S.", "Tekliye D. B." (family name first, initials after). */
const SHORT_NAME = /^(?:\p{Ll}{1,3}\s+)*\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?((?:\s+\p{Lu}\.)*)$/u;

/** "P. Gorai", "T. P. Mishra": the same name with its initials first. */
const INITIALS_FIRST = /^(?:\p{Lu}\.\s*)+\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?$/u;

/**
 * A card's short author line: "Family I. et al., Journal", "Family I. J., Journal" (one author), "I. Family et al., Journal" or "Family, Family et
 * al. 2014." (surnames only, the year after them). Names come out as "I. Family"; "et al." marks them truncated.
 */
function readShortByline(line: string): { run: AuthorRun; venue: Venue } | null {
  const etAl = /^(.+?),?\s+et\s+al\.?(.*)$/.exec(line);
  const single = etAl ? null : /^(\S.*?\s+\p{Lu}\.(?:\s*\p{Lu}\.)*)(,\s+.+)$/u.exec(line);
  const m = etAl ?? single;
  if (!m) return null;
  const names = m[1]!.split(/\s*,\s*/);
  const shown: string[] = [];
  for (const name of names) {
    if (INITIALS_FIRST.test(name)) {
      shown.push(name.replace(/\.\s*(?=\p{Lu})/gu, '. '));
      continue;
    }
    const n = SHORT_NAME.exec(name);
    if (!n) return null;
    const initials = n[1]!.trim();
    shown.push(initials ? `${initials.replace(/\.\s*(?=\p{Lu})/gu, '. ')} ${name.slice(0, name.length - n[1]!.length).trim()}` : name);
  }
  // Surnames alone are names only with "et al." after them.
  if (!etAl && shown.some((n) => !n.includes('.'))) return null;
  const tail = m[2]!.trim();
  const venue: Venue = {};
  const year = /^,?\s*((?:19|20)\d{2})\.?$/.exec(tail);
  if (year) venue.year = Number(year[1]);
  else if (/^,\s*\p{L}/u.test(tail) && tail.length <= 120) venue.venue = withoutClosingPeriod(tail.slice(1).trim());
  else if (tail !== '') return null;
  return { run: { names: shown, truncated: Boolean(etAl), rest: '', score: 0 }, venue };
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
