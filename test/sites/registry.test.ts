import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ADAPTERS, findAdapter, claimedMatchPatterns } from '../../lib/sites/registry';
import { matchesPattern } from '../../lib/sites/match';
import { HTML_FIXTURES } from '../fixtures/fixtures';
import { fixtureDocument } from '../helpers';

const root = new URL('../../', import.meta.url);
const docs = new Map(HTML_FIXTURES.map((f) => [f.file, fixtureDocument(f.file)]));

describe('site adapter registry', () => {
  it.each(ADAPTERS.map((a) => [a.id, a] as const))('%s has its own file, test and fixture', (id, adapter) => {
    expect(existsSync(new URL(`lib/sites/${id}.ts`, root))).toBe(true);
    expect(existsSync(new URL(`test/sites/${id}.test.ts`, root))).toBe(true);
    expect(HTML_FIXTURES.some((f) => f.adapter === id)).toBe(true);
    expect(adapter.matches.every((m) => /^https:\/\/(\*\.)?[a-z0-9.-]+\/.*$/.test(m))).toBe(true);
  });

  it('adapter ids are unique', () => {
    expect(new Set(ADAPTERS.map((a) => a.id)).size).toBe(ADAPTERS.length);
  });

  it.each(HTML_FIXTURES.map((f) => [f.file, f] as const))('%s is claimed by its adapter only, with every entry', (file, fixture) => {
    const doc = docs.get(file)!;
    const url = new URL(fixture.url);
    const found = findAdapter(doc, url);
    expect(found?.adapter.id ?? null).toBe(fixture.adapter);
    if (found) expect(found.adapter.extract(doc, url).entries).toHaveLength(fixture.entries);
    // The badge's cheap count agrees with the full extraction.
    if (found?.adapter.count) expect(found.adapter.count(doc, url)).toBe(fixture.entries);
    for (const other of ADAPTERS) {
      if (other.id === fixture.adapter) continue;
      const urlClaimed = other.matches.some((p) => matchesPattern(p, url));
      if (other.matches.length > 0 && !urlClaimed) continue; // the registry never asks it
      expect(other.detect(doc, url), `${other.id} must reject ${file}`).toBeNull();
    }
  });

  it('the manifest asks for host access only where an adapter claims URLs', () => {
    expect(claimedMatchPatterns()).toEqual([...new Set(ADAPTERS.flatMap((a) => a.matches))]);
    expect(claimedMatchPatterns()).not.toContain('<all_urls>');
  });
});

describe('match patterns', () => {
  it('matches host, subdomain wildcard and path', () => {
    expect(matchesPattern('https://huggingface.co/papers*', new URL('https://huggingface.co/papers/date/2024-08-01'))).toBe(true);
    expect(matchesPattern('https://huggingface.co/papers*', new URL('https://huggingface.co/models'))).toBe(false);
    expect(matchesPattern('https://huggingface.co/papers*', new URL('http://huggingface.co/papers'))).toBe(false);
    expect(matchesPattern('https://*.example.org/*', new URL('https://a.b.example.org/x'))).toBe(true);
    expect(matchesPattern('https://*.example.org/*', new URL('https://example.org.evil.com/x'))).toBe(false);
  });
});
