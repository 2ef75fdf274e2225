/**
 * Hugging Face papers (daily, week, month, search) as visible text. Each card reads
 *   title / abstract / [authors: "• 9 authors" or organisation names] / "·" / "Oct 17, 2025 7" (date, upvotes)
 * and the author and date lines may be missing altogether. Names are never shown, only a count.
 */
import type { Candidate, PageContext, PageScan, Signals } from '../model';
import { isProse, nonBlankLines, parseShownDate } from './common';
import { MONTH_NAME } from '../dates';

const AUTHOR_COUNT = /^•\s*(\d+)\s+authors?$/;
const SEPARATOR = /^[·•]$/;
/** "Oct 17, 2025 7": the date, then the upvote count when the paper has votes. */
const DATE_LINE = new RegExp(`^(${MONTH_NAME} \\d{1,2}(?:, \\d{4})?)(?:\\s+(\\d+))?$`);

type LineKind = 'count' | 'separator' | 'date' | 'text';

function kindOf(line: string): LineKind {
  if (AUTHOR_COUNT.test(line)) return 'count';
  if (SEPARATOR.test(line)) return 'separator';
  if (DATE_LINE.test(line)) return 'date';
  return 'text';
}

interface Card {
  candidate: Candidate;
  /** The footer (authors, "·", date) has started: no more abstract or organisation lines. */
  footer: boolean;
}

export function parseHuggingFaceText(text: string, url: URL, viewedAt: Date): PageScan {
  const lines = nonBlankLines(text);
  const kinds = lines.map(kindOf);
  const entries: Candidate[] = [];
  const context: PageContext = {};
  let card: Card | null = null;

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const kind = kinds[i]!;
    if (kind === 'count') {
      if (card && !card.footer) {
        const count = Number(AUTHOR_COUNT.exec(line)![1]);
        card.candidate.authorCount = count;
        card.footer = true;
      }
      continue;
    }
    if (kind === 'separator') {
      if (card) card.footer = true;
      continue;
    }
    if (kind === 'date') {
      const m = DATE_LINE.exec(line)!;
      const shown = parseShownDate(m[1]!, viewedAt);
      if (!shown) continue;
      if (card && card.candidate.date === undefined) {
        card.candidate.date = shown.date;
        card.candidate.year = shown.year;
        if (m[2] !== undefined) card.candidate.signals = { ...card.candidate.signals, upvotes: Number(m[2]) };
        card.footer = true;
      } else if (!card && context.date === undefined) {
        // The date of the Daily Papers view, above the list.
        context.date = shown.date;
      }
      continue;
    }
    const nextKind = kinds[i + 1];
    const next = lines[i + 1];
    // A title is followed by its abstract (longer prose) or, when the card has none, by its footer.
    const beforeAbstract = nextKind === 'text' && next !== undefined && isProse(next) && next.length > line.length;
    const startsCard = line.length <= 400 && (beforeAbstract || nextKind === 'count' || (nextKind === 'separator' && !card));
    // The card's abstract: the prose right after its title.
    if (card && !card.footer && card.candidate.abstract === undefined && isProse(line) && !beforeAbstract) {
      card.candidate.abstract = line;
      continue;
    }
    // Organisation names in the author slot, just before the "·".
    if (card && !card.footer && card.candidate.abstract !== undefined && nextKind === 'separator' && !isProse(line)) {
      const signals: Signals = { ...card.candidate.signals, orgs: [line] };
      card.candidate.signals = signals;
      card.footer = true;
      continue;
    }
    if (startsCard) {
      const candidate: Candidate = { title: line, authors: [], authorsTruncated: true, ids: {} };
      entries.push(candidate);
      card = { candidate, footer: false };
      continue;
    }
    // Anything else is page chrome; it also ends the current card.
    if (card && card.candidate.abstract !== undefined) card.footer = true;
  }

  const query = url.searchParams.get('q');
  if (query) context.query = query;
  const scan: PageScan = { site: 'huggingface', kind: 'feed', url: url.href, entries };
  if (Object.keys(context).length) scan.context = context;
  return scan;
}
