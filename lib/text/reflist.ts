/**
 * A list of references as text (a selection, a paste, a `.txt`): split into entries, infer the list's name form
 * from all of them, read every entry in it. Entries are one line each ("[12] A, B. Title. Venue, 2020."), a number
 * on its own line then the reference (bibtex2html's <dt>/<dd> as selected), a reference wrapped over a few lines,
 * or stacked (title / names [· venue] / venue). Year headings give the year to entries that show none; other
 * headings, link rows ("[ bib | pdf ]"), abstracts, navigation and news lines read as no entry.
 */
import type { Candidate, EntryType } from '../model';
import { collapse, yearHeading } from './common';
import {
  LABEL_ONLY,
  inferListStyle,
  isCitationWithoutTitle,
  dotInitialsAsList,
  splitRunTogetherNamesAsList,
  isNamesOnlyLine,
  opensWithNames,
  parseReference,
  SHORT_CITATION,
  readsAsTwoNamesOrMore,
  type NameForm,
  type ParsedReference,
  UNPUBLISHED,
} from './reference';
import { idPageUrl } from '../identity';
import { coauthorsIntroLength } from './names';

const HAS_YEAR_OR_ID = /\b(?:19[5-9]\d|20[0-4]\d)\b|arxiv|doi|10\.\d{4,9}\//i;
const NUMBER_ONLY = /^\s*(?:\[\s*[A-Za-z]{0,3}\d{1,4}[a-z]?\s*\]|\(\s*\d{1,4}\s*\)|[A-Za-z]{0,2}\d{1,4}[.):]?)\s*$/;
const NUMBERED = /^\s*(?:\[\s*[A-Za-z]{0,3}\d{1,4}[a-z]?\s*\]|\(\s*\d{1,4}\s*\)|\d{1,4}[.)])\s+\S/;
/** A section's label line: "Other Journal Publications:", "Dissertations / Thesis:" (a few words and a colon). */
const SECTION_LABEL = /^\p{L}[\p{L}'’&/,-]*(?:\s+[\p{L}'’&/,-]+){0,5}\s*:$/u;
/** The end of a reference: its year, pages or DOI, then at most a closing bracket and a period. */
const CLOSES_REFERENCE = /(?:\b(?:19[5-9]\d|20[0-4]\d)[a-z]?|\d+\s*[-–]\s*\d+|\b10\.\d{4,9}\/\S+)\)?\.?$/;
/** '[W7] “Title”,' over 'with A and B.': an owner's paper that shows no year (a working paper), its coauthors under its title. */
const QUOTED_TITLE_LINE = /^(?:\[[A-Za-z]{0,3}\d{1,4}\]\s*)?[“"][^“”"\n]{8,400}[”"][.,]?\n/;

export function quotedTitleOverCoauthors(text: string): boolean {
  const title = QUOTED_TITLE_LINE.exec(text);
  return !!title && coauthorsIntroLength(text.slice(title[0].length)) > 0;
}

/** At most this many lines make one entry. */
const MAX_LINES = 4;

function typeOf(r: ParsedReference): EntryType | undefined {
  if (r.ids.arxiv && !r.ids.doi && (!r.venue || /arxiv|preprint/i.test(r.venue))) return 'preprint';
  if (r.venue && /arxiv|biorxiv|medrxiv|preprint/i.test(r.venue)) return 'preprint';
  return undefined;
}

/**
 * "Abstract 349 - Title", "Poster P12: Title": the number of a congress's abstract book before the title, not part of it
 * (left to the last step: the list's readers compare the title with the element that marks it).
 */
const ABSTRACT_NUMBER = /^(?:abstract|poster|oral)\s+(?:n[.°º]?\s*)?[A-Z]{0,2}\d{1,4}\s*[-–—:]\s+(?=\p{L})/iu;

/** "Title: Primo Buscemi" (a congress abstract's title as its journal supplement gives it): the presenter after a colon. */
const PRESENTER_CLOSING = /:\s+(\p{Lu})[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)?\s+(\p{Lu}[\p{L}'’-]+)$/u;

/** The title without the presenter's name closing it, when the entry names that person among its authors. */
function withoutPresenter(title: string, authors: string[]): string {
  const m = PRESENTER_CLOSING.exec(title);
  const presents = (a: string) => a.startsWith(m![1]!) && a.split(/\s+/).pop() === m![2];
  return m && authors.some(presents) ? title.slice(0, m.index) : title;
}

/** A parsed reference as a page entry. */
export function referenceCandidate(r: ParsedReference): Candidate {
  const c: Candidate = {
    title: withoutPresenter(r.title.replace(ABSTRACT_NUMBER, ''), r.authors),
    authors: r.authors,
    authorsTruncated: r.authorsTruncated,
    ids: { ...r.ids },
  };
  if (r.year !== undefined) c.year = r.year;
  if (r.venue) c.venue = r.venue;
  const type = typeOf(r);
  if (type) c.type = type;
  const url = idPageUrl(r.ids) ?? r.urls[0];
  if (url) c.url = url;
  return c;
}

interface Segment {
  text: string;
  groupYear?: number;
}

/** A line of two or more names and nothing else (its number before them, a comma or period after). */
function isNamesLine(line: string): boolean {
  return readsAsTwoNamesOrMore(line.replace(/^\s*(?:\[\d{1,4}\]|\(\d{1,4}\)|\d{1,4}[.)])\s*/, '').replace(/[.,;]\s*$/, ''));
}

/**
 * "Fabisch, A., Kirchner, F. (2021).", "Fabisch, A. (2024)." (APA's names and year, the title on the next line): a names
 * line closed by its year.
 */
export function isNamesYearLine(line: string | undefined): boolean {
  return (
    !!line &&
    /\((?:19[5-9]\d|20[0-4]\d)[a-z]?\)[.,]?$/.test(line) &&
    (/^\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+)?,\s(?:\p{Lu}\.\s?-?)+\s?\(/u.test(line) || isNamesOnlyLine(line))
  );
}

/**
 * Entries that open with their names and year ("Names (2022). / Title. / Venue.", a blank line between entries): most
 * such lines follow a blank line or a heading, not a title. Then a short line above one (a topic tag, "Robot Skill
 * Learning") is no title of it.
 */
export function namesYearOpenEntries(lines: string[]): boolean {
  const at = lines.flatMap((l, j) => (isNamesYearLine(l) ? [j] : []));
  const opening = at.filter((j) => j === 0 || !lines[j - 1] || yearHeading(lines[j - 1]!) !== undefined).length;
  return at.length >= 3 && opening * 3 >= at.length * 2;
}

/** Lines into entries (each a few lines joined by "\n"), reading with `form` when given. */
export function segmentReferenceLines(lines: string[], form: NameForm | undefined): Segment[] {
  const out: Segment[] = [];
  const namesYearFirst = namesYearOpenEntries(lines);
  const memo = new Map<string, ParsedReference | null>();
  const parse = (text: string, groupYear?: number): ParsedReference | null => {
    const key = `${groupYear ?? ''}|${text}`;
    // Every reference shows a year or an identifier; text without one is not read at all (prose, chrome).
    // An unpublished paper shows its status ("In preparation", "under review") in place of a year.
    // So does an owner's working paper, its coauthors on the line under its quoted title.
    const dated = HAS_YEAR_OR_ID.test(text) || UNPUBLISHED.test(text) || quotedTitleOverCoauthors(text);
    if (!memo.has(key)) memo.set(key, dated ? parseReference(text, { nameForm: form, groupYear }) : null);
    return memo.get(key)!;
  };
  const usable = (l: string | undefined) =>
    l !== undefined && l !== '' && yearHeading(l) === undefined && !LABEL_ONLY.test(l) && !SECTION_LABEL.test(l);
  // Line j starts an entry of its own: numbered, a whole reference by itself, or a title with its names below.
  const startsEntry = (j: number): boolean => {
    const l = lines[j];
    if (!usable(l)) return true;
    if (NUMBERED.test(l!) || NUMBER_ONLY.test(l!)) return true;
    if (namesYearFirst && isNamesYearLine(l)) return true;
    // "and C. Jauvin. …", "model. JMLR, 2003.": the rest of a wrapped reference.
    if (/^\p{Ll}/u.test(l!)) return false;
    if (parse(l!)) return true;
    // "… Bioinformatics 36(4):1123-1130, 2020." / "Garcia L, Smith J. Title.": names and more opening a line after a line
    // that closes a reference (its year, pages or DOI last) open the next reference; a line of names alone may be the
    // byline of a title and venue above it.
    if (j > 0 && CLOSES_REFERENCE.test(lines[j - 1] ?? '') && opensWithNames(l!) && !isNamesLine(l!)) return true;
    // "[65] S.W. Jiang, R. Li, and J. Harlim" / title / venue: a line under a line of names is that entry's title.
    if (j > 0 && usable(lines[j - 1]) && isNamesLine(lines[j - 1]!)) return false;
    // A line of names after a line that is only a link or an identifier (the end of the entry before) opens the next.
    if (j > 0 && /^(?:https?:\/\/|doi:|arxiv:)\S+(?:\s+\[[^\]]*\])?$/i.test(lines[j - 1] ?? '') && isNamesLine(l!)) return true;
    // "A. Kapanowski, Phys. Rev. E 55, 7090 (1997)." / title: the line under a citation without a title is its title.
    if (j > 0 && usable(lines[j - 1]) && isCitationWithoutTitle(lines[j - 1]!)) return false;
    const next = lines[j + 1];
    if (!usable(next)) return false;
    const r = parse(`${l}\n${next}`);
    // Title first: the title is this line (an authors-first reference wrapped onto the next line is not, nor its venue
    // line with the DOI: "Plant Direct, 10(3):e70123. doi:10.1002/pld3.70123").
    return !!r && l!.includes(r.title) && r.title.length >= l!.length * 0.8 && !/\b10\.\d{4,9}\//.test(r.title);
  };
  let groupYear: number | undefined;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (!line) continue;
    if (yearHeading(line) !== undefined) {
      groupYear = yearHeading(line);
      continue;
    }
    if (LABEL_ONLY.test(line) || SECTION_LABEL.test(line)) continue;
    let first = i;
    // A number on its own line belongs to the reference after it.
    if (NUMBER_ONLY.test(line)) {
      if (!usable(lines[i + 1])) continue;
      first = i + 1;
    }
    // So does a short citation captioning it ("Nahass et al., Ophthalmology Science (2025)", a blank line, the reference):
    // it is read with the reference, which it may date.
    let caption = '';
    if (SHORT_CITATION.test(line)) {
      let next = i + 1;
      while (lines[next] === '') next++;
      if (!usable(lines[next]) || !opensWithNames(lines[next]!)) continue;
      caption = `${line}\n`;
      first = next;
    }
    let best: { text: string; k: number; dated: boolean } | null = null;
    // A paragraph of prose (an abstract) is never the start of a multi-line entry; a long line that reads as a reference
    // (a title and its fifty names) may be, its venue on the next line.
    const maxLines = line.length > 600 && !parse(lines[first]!, groupYear) ? 1 : MAX_LINES;
    for (let k = 1; k <= maxLines && first + k <= lines.length; k++) {
      if (k > 1 && (lines[first + k - 1]!.length > 600 || !usable(lines[first + k - 1]) || startsEntry(first + k - 1))) break;
      // A reference wrapped over lines reads as one line; a stacked one (title / names / venue) by its lines.
      const wrapped = caption + lines.slice(first, first + k).join(' ');
      const stacked = caption + lines.slice(first, first + k).join('\n');
      // Wrapped text breaks mid-sentence (the next line starts in lower case, or the line ends in "," or "-").
      const part = lines.slice(first, first + k);
      // A line of a URL or an identifier ("https://…", "arXiv:…") starts in lower case but continues nothing.
      const looksWrapped = part.some(
        (l, j) => j > 0 && ((/^\p{Ll}/u.test(l) && !/^(?:https?:|doi:|arxiv:)/i.test(l)) || /[,-]$/.test(part[j - 1]!)),
      );
      const order = k === 1 ? [wrapped] : looksWrapped ? [wrapped, stacked] : [stacked, wrapped];
      let text = order[0]!;
      let r: ParsedReference | null = null;
      for (const candidate of order) {
        r = parse(candidate, groupYear);
        if (r) {
          text = candidate;
          break;
        }
      }
      // An entry read by its lines (citation / title / arXiv line) does not grow into a line that reads only when all
      // its lines run together: that line starts the next entry.
      // (One undated, a quoted title over its coauthors, still grows into its venue line.)
      if (r && best?.dated && best.k > 1 && best.text.includes('\n') && !text.includes('\n')) break;
      if (r) best = { text, k, dated: r.year !== undefined };
      // A whole reference on one line with its year is one entry.
      else if (best && k > 1) break;
      if (k === 1 && r && r.year !== undefined && r.venue) break;
    }
    if (!best) continue;
    out.push(groupYear !== undefined ? { text: best.text, groupYear } : { text: best.text });
    i = first + best.k - 1;
  }
  return out;
}

/** The entries of a reference list in text; [] when the text holds none. */
export function readReferenceList(text: string): Candidate[] {
  const lines = text.split(/\r\n|\r|\n/).map(collapse);
  const first = segmentReferenceLines(lines, undefined);
  if (first.length === 0) return [];
  const { nameForm } = inferListStyle(first.map((s) => s.text));
  const refs = first.map((s) => parseReference(s.text, { nameForm, groupYear: s.groupYear }));
  dotInitialsAsList(refs);
  splitRunTogetherNamesAsList(refs);
  return refs.filter((r) => r !== null).map(referenceCandidate);
}
