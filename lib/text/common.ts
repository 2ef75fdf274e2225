/** Helpers shared by the visible-text parsers: lines, dates, identifiers. Dependency-free. */
import { idsFromUrl, parseArxivId, parseDoi } from '../identity';
import type { Ids } from '../model';
import { MONTH_NAME, monthNumber, pad2 } from '../dates';

const NOT_COLLAPSED = /[\u200b-\u200d\ufeff]|[^\S ]| {2}/;

/** Collapse whitespace (including non-breaking and zero-width) and trim. */
export function collapse(s: string): string {
  // Nothing to collapse (no zero-width character, no whitespace but single spaces): most lines, read many times.
  if (!NOT_COLLAPSED.test(s)) return s.trim();
  return s
    .replace(/[\u200b-\u200d\ufeff]/g, '')
    .replace(/[\s\u00a0]+/g, ' ')
    .trim();
}

/** The text's lines, whitespace-collapsed, blank lines dropped. */
export function nonBlankLines(text: string): string[] {
  return text
    .split(/\r\n|\r|\n/)
    .map(collapse)
    .filter((l) => l.length > 0);
}

/** Time zones and feeds dated a day ahead: a yearless date up to two days after viewing still counts as this year. */
const FUTURE_SLACK_MS = 2 * 24 * 3600 * 1000;

export interface ShownDate {
  date: string;
  year: number;
}

/**
 * "Sep 26, 2023" -> 2023-09-26; "Feb 5" -> in the year the page was viewed; "Jun 2024" -> 2024-06.
 * Undefined when the text is not one of these forms or names an impossible day.
 */
export function parseShownDate(s: string, viewedAt: Date): ShownDate | undefined {
  const m = new RegExp(`^(${MONTH_NAME})\\.?(?:\\s+(\\d{1,2}))?(?:,?\\s+(\\d{4}))?$`, 'i').exec(s.trim());
  if (!m) return undefined;
  const month = monthNumber(m[1]!)!;
  const day = m[2] ? Number(m[2]) : undefined;
  if (!m[2] && !m[3]) return undefined;
  let year = m[3] ? Number(m[3]) : viewedAt.getUTCFullYear();
  // A date shown without a year is in the year the page was viewed, unless that puts it in the future: then the year before.
  if (!m[3] && Date.UTC(year, month - 1, day ?? 1) > viewedAt.getTime() + FUTURE_SLACK_MS) year--;
  if (day !== undefined) {
    const probe = new Date(Date.UTC(year, month - 1, day));
    if (probe.getUTCMonth() !== month - 1) return undefined;
    return { date: `${year}-${pad2(month)}-${pad2(day)}`, year };
  }
  return { date: `${year}-${pad2(month)}`, year };
}

/** arXiv id and DOI written anywhere in an entry's text ("arXiv:2401.12345v2", "https://doi.org/10.1145/..."). */
export function idsInText(text: string): Ids {
  const ids: Ids = {};
  // Links first (idsFromUrl: resolvers, publisher paths, arXiv), without the punctuation that closes a sentence around them.
  for (const m of text.matchAll(/https?:\/\/[^\s<>"]+/gi)) {
    const link = idsFromUrl(m[0].replace(/[.,;:)\]}>'"]+$/, ''));
    if (link.arxiv) ids.arxiv ??= link.arxiv;
    if (link.doi) ids.doi ??= link.doi;
  }
  if (ids.arxiv && ids.doi) return ids;
  const arxiv = /(?:arxiv\.org\/(?:abs|pdf)\/|arXiv:\s*)(\d{4}\.\d{4,5}(?:v\d+)?|[a-z][a-z.-]*(?:\.[A-Z]{2})?\/\d{7})/i.exec(text);
  const arxivId = arxiv ? parseArxivId(`arXiv:${arxiv[1]}`) : undefined;
  if (arxivId) ids.arxiv ??= arxivId;
  const doi = /(?:doi\.org\/|doi:\s*|\bDOI\s*:?\s*)(10\.\d{4,9}\/\S+)/i.exec(text);
  const doiId = doi ? parseDoi(doi[1]) : undefined;
  if (doiId) ids.doi ??= doiId;
  return ids;
}

/** The year a heading or a line alone shows: "2024", "2024¶" (a permalink mark), "---2022---", "== 2021 ==", "[2020]". */
export function yearHeading(line: string): number | undefined {
  const m = /^[\s\-–—=*~#[(]*((?:19|20)\d{2})[\s\-–—=*~¶#§\])]*$/.exec(line);
  return m ? Number(m[1]) : undefined;
}

/** Prose, as opposed to a title, a name or page chrome: many words and sentence punctuation or length. */
export function isProse(line: string): boolean {
  const words = line.split(' ').length;
  return words >= 15 && line.length >= 90;
}

/** Words that name a list of papers, in a heading or a page's title: "Publications", "Papers", "Publikationen", "研究業績". */
const PUBLICATION_WORDS =
  'publications?|papers?|articles?|publicaciones|publicações|publicacoes|pubblicazioni|publikationen|publikationer|publicaties|publikace|publikacje|artículos|artigos|articoli|yayınlar';
const PUBLICATION_WORDS_CJK = '論文|业绩|業績|成果';

/** A page that says it lists publications (its title or first heading). */
export const PUBLICATIONS_PAGE = new RegExp(`\\b(?:${PUBLICATION_WORDS})\\b|${PUBLICATION_WORDS_CJK}`, 'i');

/** Words that name papers or a kind of them, in a heading: "Publications", "Preprints", "Conference proceedings", "論文". */
const PAPER_KINDS = `\\b(?:${PUBLICATION_WORDS}|preprints?|journals?|conferences?(?!(?:\\s*(?:/|&|and)\\s*posters?)?\\s+(?:presentations?|talks?))|proceedings|books?|chapters?)\\b|${PUBLICATION_WORDS_CJK}`;

/** Does a heading name papers or a kind of them ("Journal articles", "Books and chapters")? */
const PAPER_KINDS_NAMED = new RegExp(PAPER_KINDS, 'i');
export const namesPapers = (text: string) => PAPER_KINDS_NAMED.test(text);

/** A label that is kinds of paper and nothing else ("conference", "Journal", "Artículo", "conference / journal"). */
const PAPER_KINDS_ONLY = new RegExp(`^(?:(?:${PAPER_KINDS})[\\s/,·|]*)+$`, 'iu');
export const isPaperKindLabel = (text: string) => PAPER_KINDS_ONLY.test(text.trim());

/** The year a heading of a kind of paper shows after the kind: "Artículos 2025", "Journal articles – 2024". */
export function kindYearHeading(line: string): number | undefined {
  const m = /^(\S.{0,60}?)[\s:–—-]+((?:19|20)\d{2})$/u.exec(line);
  return m && isPaperKindLabel(m[1]!) ? Number(m[2]) : undefined;
}

/**
 * A heading of a section that lists something other than papers: "Patents", "Talks", "Seminars & Workshops" (not the
 * journal "Seminars in Cancer Biology"), "Awards", "Software", "Datasets", "学会発表" (presentations), press (not "In press"),
 * teaching, people; in a Japanese CV, "学位論文" / "卒業研究" (the author's own theses) and "海外渡航歴" (travel). A heading
 * that also names papers or a kind of them ("Papers and talks", "Conference proceedings") is not. Nor is a software
 * documentation's "Citing OpenMOC" / "How to cite" section, whatever it names: the reference to cite, which the list
 * repeats or which is the software itself.
 */
const NOT_PAPERS = new RegExp(
  '^(?:学位論文|卒業研究|卒業論文|海外渡航)|^(?:citing|how\\s+to\\s+cite|cite\\s+(?:this|us))\\b|' +
    `^(?!.*(?:${PAPER_KINDS}))` +
    '.*(?:\\b(?:patents?|talks?|seminars?(?!\\s+in\\b)|presentations?|presenters?|speakers?|keynotes?|lectures?(?!\\s+notes)|datasets?|data\\s+sets|vortr(?:ag|äge)|awards?|honou?rs|software|teaching|courses?|news|media(?<!\\b(?:social|digital|mass|new|interactive)\\smedia(?=\\s+(?:and|&)\\s+[a-z]))|(?<!\\bin\\s)press|service|grants?|funding|students?|members?|people|prensa|imprensa|stampa|presse|entrevistas?|charlas?|ponencias?|palestras?|conferências|seminarios|expuestos|docencia|premios|patentes|(?:professional|academic|review(?:ing)?|editorial|outreach)\\s+activit(?:y|ies)|etkinlikler)\\b|発表|講演|受賞|表彰|特許|アウトリーチ|委員|所属学会|競争的資金|研究課題)',
  'i',
);

/**
 * A heading of the theses or projects the page's owner supervised: "Supervised theses and projects by graduate students",
 * "Theses advised" (the students' work, not the owner's papers; a longer heading than other sections write).
 */
const SUPERVISED_WORK =
  /^(?:(?:co-?)?(?:supervised|advised|mentored)\s+(?:\S+\s+)?(?:theses|thesis|dissertations?|students?)|(?:theses|dissertations|students)\s+(?:co-?)?(?:supervised|advised|mentored))\b/i;

/** A heading without the note in parentheses that closes it: "Posters, talks, and abstracts (Presenting author only)". */
const withoutClosingNote = (heading: string) => heading.replace(/\s*\([^()\d]{1,40}\)\s*$/, '');

/**
 * A heading of briefs filed with a court, not papers, whatever else it names: "Amicus curiae y notas técnicas",
 * "Amicus briefs".
 */
export const COURT_FILINGS_HEADING = /\bamicus\s+(?:curiae|briefs?)\b/i;

/** A short heading of a section that lists something other than papers ("Patents", "Invited talks"). */
export const isOffTopicHeading = (heading: string) => {
  const text = withoutClosingNote(heading);
  const words = text.split(' ').length;
  return (
    (words <= 6 && NOT_PAPERS.test(text)) ||
    (words <= 10 && SUPERVISED_WORK.test(text)) ||
    (words <= 10 && COURT_FILINGS_HEADING.test(text))
  );
};

/** A heading that names talks, posters or abstracts, whatever else it names ("Conference presentations, abstracts and proceedings"). */
export const PRESENTATIONS_HEADING = /\b(?:presentations?|posters?|abstracts|talks)\b/i;

/** "Poster presented at the 25th Annual …", "Presentation at British Association …", "Presented at 3rd …": a talk's venue. */
const PRESENTED_AT = /\b(?:presented|given|presentation|poster|talk)\s+(?:at|to)\b/i;

/** Entries (three or more) most of which say where they were presented: talks and posters, not papers. */
export const mostlyPresentations = (entries: string[]) =>
  entries.length >= 3 && entries.filter((e) => PRESENTED_AT.test(e)).length * 2 > entries.length;

const isBlank = (line: string | undefined) => line === undefined || !/\S/.test(line);

/** A line that can be a section's heading in text: short, no digits, no sentence punctuation closing it. */
const headingShaped = (line: string) => {
  const heading = withoutClosingNote(line.trim());
  return heading.length <= 60 && heading.split(' ').length <= 6 && !/\d|[.,;]$/.test(heading);
};

/** The paragraphs of the section that the heading line `at` opens, up to the next heading line of a paragraph of its own. */
function sectionParagraphs(lines: string[], at: number): string[] {
  const paragraphs: string[] = [];
  let current: string[] = [];
  for (let j = at + 1; j < lines.length; j++) {
    const line = lines[j]!;
    if (isBlank(line)) {
      if (current.length) paragraphs.push(current.join(' '));
      current = [];
    } else if (isBlank(lines[j - 1]) && isBlank(lines[j + 1]) && headingShaped(line)) break;
    else current.push(line);
  }
  if (current.length) paragraphs.push(current.join(' '));
  return paragraphs;
}

/**
 * Text without its sections of talks, patents or press: from a heading line that names such a section ("Invited
 * conference presentations", a paragraph of its own, a blank line or a one-sentence note after it) to the next heading
 * line of a paragraph of its own that does not ("Popular Articles"). A stacked entry's title line has its names under it;
 * in a list whose entries open with a line that `opensEntry` accepts, a heading stands right above such a line; so does
 * one right above a whole reference on its line (`isReference`: "Software" / "Ishwaran H., Lu M. (2021). “Title.” …").
 */
export function withoutOffTopicSections(
  text: string,
  isNamesLine: (line: string) => boolean,
  opensEntry: (line: string) => boolean = () => false,
  isReference: (line: string) => boolean = () => false,
): string {
  const lines = text.split(/\r\n|\r|\n/);
  const out: string[] = [];
  let skipping = false;
  for (const [i, line] of lines.entries()) {
    const alone = isBlank(lines[i - 1]) && headingShaped(line);
    const next = lines[i + 1];
    // In a list whose entries open with their names and year ("Talks" / "Fabisch, A. (2025)." / Title), a heading of
    // talks stands right above an entry's first line (a topic tag there, "Software Development", heads no section).
    const entryNext = !isBlank(next) && opensEntry(next!);
    const referenceNext = () => alone && !isBlank(next) && isReference(next!.trim());
    const aboveEntry = entryNext && PRESENTATIONS_HEADING.test(line);
    if (alone && !skipping && isOffTopicHeading(line.trim()) && (aboveEntry || !isNamesLine(next ?? ''))) {
      const note = !isBlank(next) && /\.$/.test(next!.trim()) && !/\b(?:19|20)\d\d\b/.test(next!) && isBlank(lines[i + 2]);
      if (isBlank(next) || note || aboveEntry || referenceNext()) skipping = true;
    } else if (alone && !skipping && isBlank(next) && PRESENTATIONS_HEADING.test(line) && mostlyPresentations(sectionParagraphs(lines, i)))
      skipping = true;
    else if (alone && skipping && (isBlank(next) || entryNext || referenceNext()) && !isOffTopicHeading(line.trim())) skipping = false;
    if (!skipping) out.push(line);
  }
  return out.join('\n');
}
