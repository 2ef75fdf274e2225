/**
 * User edits as pure functions: each returns a new Paper with the field's clock entry set to `now`
 * (tags: the tag's LWW state), so sync merges see who wrote last. Unchanged input returns the same object.
 */
import type { Paper, ReadState } from '../../model';
import { copyTags, tagState } from '../../tags';

const MAX_TAG_LENGTH = 200;

/** A tag as typed: trimmed, inner whitespace collapsed, capped; '' when nothing is left. */
function normaliseTag(input: string): string {
  return input.trim().replace(/\s+/g, ' ').slice(0, MAX_TAG_LENGTH);
}

/** "ml, to read ,  nlp" -> ["ml", "to read", "nlp"] (distinct, in order). */
export function parseTagList(input: string): string[] {
  return [...new Set(input.split(',').map(normaliseTag).filter(Boolean))];
}

export function withTag(p: Paper, tag: string, on: boolean, now: number): Paper {
  const t = normaliseTag(tag);
  const state = tagState(p.tags, t);
  if (!t || (state?.on ?? false) === on) return p;
  return { ...p, tags: copyTags(p.tags, t, { on, t: now }), updatedAt: now };
}

export function withNote(p: Paper, note: string, now: number): Paper {
  if (p.note === note) return p;
  return { ...p, note, updatedAt: now, clock: { ...p.clock, note: now } };
}

export function withReadState(p: Paper, readState: ReadState, now: number): Paper {
  if (p.readState === readState) return p;
  return { ...p, readState, updatedAt: now, clock: { ...p.clock, readState: now } };
}

export function withStarred(p: Paper, starred: boolean, now: number): Paper {
  if (p.starred === starred) return p;
  return { ...p, starred, updatedAt: now, clock: { ...p.clock, starred: now } };
}
