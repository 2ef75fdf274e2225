/**
 * A page's scan validated entry by entry: one unusable entry (a 1 MB title, a malformed link) leaves out that entry,
 * never the page. The page's own description (site, kind, URL, context) must be valid as a whole.
 */
import { z } from 'zod';
import { Candidate, MAX_SCAN_ENTRIES, ScanHeader, type DroppedEntries, type PageScan } from '../model';

const Envelope = ScanHeader.extend({ entries: z.array(z.unknown()) });

export type ValidatedScan = { ok: true; scan: PageScan; dropped?: DroppedEntries } | { ok: false; error: string };

/** "title: Too big…" for a message's first problem. */
export function describeIssue(error: z.ZodError): string {
  const first = error.issues[0];
  return first ? `${first.path.join('.') || 'message'}: ${first.message}` : 'invalid message';
}

/** Why an entry was left out, in words that group alike entries: "title longer than 2000 characters". */
function entryReason(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'invalid entry';
  const field = issue.path.filter((p) => typeof p !== 'number').join('.') || 'entry';
  if (issue.code === 'too_big' && issue.origin === 'string') return `${field} longer than ${issue.maximum} characters`;
  if (issue.code === 'too_big' && issue.origin === 'array') return `more than ${issue.maximum} ${field}`;
  if (issue.code === 'too_small' && issue.origin === 'string' && field === 'title') return 'no title';
  return `${field}: ${issue.message}`;
}

export function validatePageScan(raw: unknown): ValidatedScan {
  const envelope = Envelope.safeParse(raw);
  if (!envelope.success) return { ok: false, error: describeIssue(envelope.error) };
  const { entries: rawEntries, ...header } = envelope.data;
  const { entries, dropped } = validateEntries(rawEntries);
  const scan: PageScan = { ...header, entries };
  return { ok: true, scan, ...(dropped ? { dropped } : {}) };
}

/** Entries one by one: the usable ones, and the others counted by reason (at most MAX_SCAN_ENTRIES are read). */
export function validateEntries(rawEntries: readonly unknown[]): { entries: Candidate[]; dropped?: DroppedEntries } {
  const entries: Candidate[] = [];
  const reasons = new Map<string, number>();
  const drop = (reason: string, n = 1) => reasons.set(reason, (reasons.get(reason) ?? 0) + n);
  const kept = rawEntries.length > MAX_SCAN_ENTRIES ? rawEntries.slice(0, MAX_SCAN_ENTRIES) : rawEntries;
  for (const raw of kept) {
    const entry = Candidate.safeParse(raw);
    if (entry.success) entries.push(entry.data);
    else drop(entryReason(entry.error));
  }
  if (rawEntries.length > kept.length) drop(`more than ${MAX_SCAN_ENTRIES} entries on one page`, rawEntries.length - kept.length);
  if (!reasons.size) return { entries };
  const list = [...reasons].map(([reason, count]) => ({ reason, count })).sort((a, b) => b.count - a.count);
  return { entries, dropped: { count: rawEntries.length - entries.length, reasons: list } };
}
