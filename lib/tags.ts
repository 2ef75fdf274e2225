/**
 * A paper's tags: name -> last state (an LWW-element set). Any string is a tag name, "__proto__", "constructor" and
 * "toString" included, so the map is read and built only here: reads look at own properties only, and every map
 * built here has no prototype, where assigning "__proto__" is an ordinary write. Records read back from IndexedDB or
 * a file are plain objects with own properties, which the readers below handle alike.
 */
import type { TagState, Tags } from './model';

export type { Tags };

/** An empty tag map (no prototype). */
export function noTags(): Tags {
  return Object.create(null) as Tags;
}

/** A tag map from (name, state) pairs; a later pair for the same name wins. */
export function tagsFrom(entries: Iterable<readonly [string, TagState]>): Tags {
  const out = noTags();
  for (const [name, state] of entries) out[name] = state;
  return out;
}

/** A copy of `tags` (no prototype), with `name` set to `state` when given. */
export function copyTags(tags: Tags, name?: string, state?: TagState): Tags {
  const out = noTags();
  for (const key of Object.keys(tags)) out[key] = tags[key]!;
  if (name !== undefined && state) out[name] = state;
  return out;
}

/** The tag's state, if the map holds it (own property only: "constructor" is not a tag unless set). */
export function tagState(tags: Tags, name: string): TagState | undefined {
  return Object.hasOwn(tags, name) ? tags[name] : undefined;
}

export function isTagged(tags: Tags, name: string): boolean {
  return tagState(tags, name)?.on === true;
}

/** Names of the tags that are on, in insertion order. */
export function activeTags(tags: Tags): string[] {
  return Object.keys(tags).filter((name) => tags[name]!.on);
}
