/**
 * Scholar Feed (scholarfeed.org/author/<id>) as visible text. Two layouts:
 *  full:    "LGSep 26, 2023Code" / title / "A, B, C et al. · org1, org2" / abstract
 *  compact: ["95.3AIMar 16Code"] / "TitleA, B, C et al. · org" / abstract   (title and authors glued)
 * The profile header ("Yuhui Xu", "LG", "h-index35", "29papers", "1,955citations", "Novelty52%", "AI Score63") is page context.
 */
import type { Candidate, PageContext, PageScan, Signals } from '../model';
import { collapse, idsInText, isProse, nonBlankLines, parseShownDate } from './common';
import { MONTH_NAME } from '../dates';
import { type AuthorRun, findTitleAuthorBoundary, isName, readAuthorRun } from './names';

/** "[score]CATEGORY<date>[Code]": the score only in the compact list; the date with or without a year. */
const META_LINE = new RegExp(`^(\\d{1,3}(?:\\.\\d+)?)?([A-Z]{2,4})(${MONTH_NAME} \\d{1,2}(?:, \\d{4})?)(Code)?$`);

const HEADER_STATS: [RegExp, string, (m: RegExpExecArray) => number | string][] = [
  [/^h-index\s*(\d+)$/i, 'hIndex', (m) => Number(m[1])],
  [/^([\d,]+)\s*papers$/, 'papers', (m) => Number(m[1]!.replace(/,/g, ''))],
  [/^([\d,]+)\s*citations$/i, 'citations', (m) => Number(m[1]!.replace(/,/g, ''))],
  [/^Novelty\s*(\d+(?:\.\d+)?)%$/i, 'novelty', (m) => `${m[1]}%`],
  [/^AI Score\s*(\d+(?:\.\d+)?)$/i, 'aiScore', (m) => Number(m[1])],
];
/** The list heading under the header: "29 Papers". */
const LIST_HEADING = /^[\d,]+ Papers?$/;
const CATEGORY = /^[A-Z]{2,4}$/;

interface Meta {
  score?: number;
  category: string;
  date?: string;
  year?: number;
  hasCode: boolean;
}

function parseMeta(line: string, viewedAt: Date): Meta | null {
  const m = META_LINE.exec(line);
  if (!m) return null;
  const shown = parseShownDate(m[3]!, viewedAt);
  if (!shown) return null;
  return { score: m[1] ? Number(m[1]) : undefined, category: m[2]!, date: shown.date, year: shown.year, hasCode: m[4] === 'Code' };
}

/** What may follow the names on an author line: nothing, or "· organisations". */
const endsAuthorLine = (run: AuthorRun): boolean => run.rest === '' || /^·/.test(run.rest);
/** A lone name is an author line only with organisations after it (otherwise it could be the profile name). */
const enoughAuthors = (run: AuthorRun): boolean => run.names.length >= 2 || run.truncated || run.rest.startsWith('·');

function authorLine(line: string): AuthorRun | null {
  const run = readAuthorRun(line);
  return run.names.length > 0 && endsAuthorLine(run) && enoughAuthors(run) ? run : null;
}

function orgsOf(run: AuthorRun): string[] {
  if (!run.rest.startsWith('·')) return [];
  return run.rest.slice(1).split(',').map(collapse).filter(Boolean);
}

/** Profile header: where it ends (index of the first line after it) and what it says. */
function readHeader(lines: string[]): { end: number; context?: PageContext } {
  const statsAt = lines.findIndex((l, i) => i < 20 && /^h-index\s*\d+$/i.test(l));
  if (statsAt < 0) return { end: 0 };
  const stats: Record<string, number | string> = {};
  let name: string | undefined;
  let i = statsAt - 1;
  if (i >= 0 && CATEGORY.test(lines[i]!)) stats.category = lines[i--]!;
  if (i >= 0 && isName(lines[i]!)) name = lines[i];
  let end = statsAt;
  for (; end < lines.length; end++) {
    const line = lines[end]!;
    const stat = HEADER_STATS.find(([re]) => re.test(line));
    if (stat) {
      stats[stat[1]] = stat[2](stat[0].exec(line)!);
      continue;
    }
    if (LIST_HEADING.test(line)) {
      end++;
    }
    break;
  }
  const context: PageContext = { stats };
  if (name) context.name = name;
  return { end, context };
}

export function parseScholarFeedText(text: string, url: URL, viewedAt: Date): PageScan {
  const lines = nonBlankLines(text);
  const header = readHeader(lines);
  const entries: Candidate[] = [];
  let meta: Meta | null = null;
  let current: Candidate | null = null;
  let lastEntryLine = -1;

  const start = (title: string, run: AuthorRun, idLines: string): void => {
    const signals: Signals = {};
    if (meta) {
      if (meta.score !== undefined) signals.score = meta.score;
      signals.category = meta.category;
      signals.hasCode = meta.hasCode;
    }
    const orgs = orgsOf(run);
    if (orgs.length) signals.orgs = orgs;
    const candidate: Candidate = { title, authors: run.names, authorsTruncated: run.truncated, ids: idsInText(idLines) };
    if (meta?.date) candidate.date = meta.date;
    if (meta?.year) candidate.year = meta.year;
    if (Object.keys(signals).length) candidate.signals = signals;
    entries.push(candidate);
    current = candidate;
    meta = null;
  };

  for (let i = header.end; i < lines.length; i++) {
    const line = lines[i]!;
    const parsedMeta = parseMeta(line, viewedAt);
    if (parsedMeta) {
      meta = parsedMeta;
      current = null;
      continue;
    }
    const next = lines[i + 1];
    const nextRun = next !== undefined && !parseMeta(next, viewedAt) ? authorLine(next) : null;
    // After a meta line the next line is the title, whatever it looks like; otherwise a line that reads as
    // an author list itself is not a title.
    if (nextRun && line.length <= 500 && (meta !== null || !authorLine(line))) {
      start(line, nextRun, line + ' ' + next);
      lastEntryLine = ++i;
      continue;
    }
    const fused = findTitleAuthorBoundary(line, (run) => endsAuthorLine(run) && enoughAuthors(run));
    if (fused) {
      start(fused.title, fused.authors, line);
      lastEntryLine = i;
      continue;
    }
    const open = current as Candidate | null;
    if (open && lastEntryLine === i - 1 && isProse(line)) {
      open.abstract = open.abstract ? `${open.abstract} ${line}` : line;
      lastEntryLine = i;
    }
  }
  const scan: PageScan = {
    site: 'scholarfeed',
    kind: /^\/author\//.test(url.pathname) || header.context ? 'profile' : 'feed',
    url: url.href,
    entries,
  };
  if (header.context) scan.context = header.context;
  return scan;
}
