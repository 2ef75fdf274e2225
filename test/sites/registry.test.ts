import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Entrypoint, Wxt } from 'wxt';
import {
  ADAPTERS,
  FALLBACK_ADAPTERS,
  OTHER_SOURCES,
  SITES,
  TEXT_PARSERS,
  findAdapter,
  claimedMatchPatterns,
  siteClaiming,
  siteScriptFile,
} from '../../lib/sites/registry';
import { matchesPattern } from '../../lib/sites/match';
import type { SitePresence } from '../../lib/sites/adapter';
import { arxivPresence } from '../../lib/sites/arxiv';
import { dblpPresence } from '../../lib/sites/dblp';
import { googlescholarPresence } from '../../lib/sites/googlescholar';
import { huggingfacePresence } from '../../lib/sites/huggingface';
import { openreviewPresence } from '../../lib/sites/openreview';
import { scholarfeedPresence } from '../../lib/sites/scholarfeed';
import { semanticscholarPresence } from '../../lib/sites/semanticscholar';
import { Ids } from '../../lib/model';
import siteContentScripts, { contentScriptSites } from '../../modules/site-content-scripts';
import { HTML_FIXTURES } from '../fixtures/fixtures';
import { fixtureDocument } from '../helpers';

const root = new URL('../../', import.meta.url);
const rootDir = fileURLToPath(root);
const docs = new Map(HTML_FIXTURES.map((f) => [f.file, fixtureDocument(f.file)]));

/** Runs the WXT module as a build would, into a scratch .wxt directory: the content-script entrypoints it adds. */
function generatedContentScripts(): { entrypoints: Entrypoint[]; dir: string } {
  const dir = mkdtempSync(join(tmpdir(), 'papershelf-wxt-'));
  const entrypoints: Entrypoint[] = [];
  const wxt = {
    config: { root: rootDir, wxtDir: dir, outDir: join(dir, 'out') },
    hooks: { hook: (name: string, cb: (w: unknown, e: Entrypoint[]) => void) => name === 'entrypoints:resolved' && cb(wxt, entrypoints) },
  } as unknown as Wxt;
  void siteContentScripts.setup!(wxt, undefined as never);
  return { entrypoints, dir };
}

/** Product source files (lib/, entrypoints/, modules/), relative to the repository root. */
function productFiles(): string[] {
  return ['lib', 'entrypoints', 'modules'].flatMap((top) =>
    (readdirSync(new URL(top, root), { recursive: true }) as string[]).filter((f) => /\.tsx?$/.test(f)).map((f) => `${top}/${f}`),
  );
}

/** Every content-script site's presence, by site id. */
const PRESENCES: Record<string, SitePresence> = {
  arxiv: arxivPresence,
  dblp: dblpPresence,
  googlescholar: googlescholarPresence,
  huggingface: huggingfacePresence,
  openreview: openreviewPresence,
  scholarfeed: scholarfeedPresence,
  semanticscholar: semanticscholarPresence,
};

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

describe('site registry: a site is one adapter file, one fixture, one test and its line in the registry', () => {
  it('SITES and ADAPTERS list the same sites in the same order, each adapter carrying its own declaration', () => {
    expect(ADAPTERS.map((a) => a.id)).toEqual(SITES.map((s) => s.id));
    ADAPTERS.forEach((adapter, i) => {
      const site = SITES[i]!;
      const declared = {
        id: adapter.id,
        name: adapter.name,
        matches: adapter.matches,
        ...(adapter.pagedListing ? { pagedListing: adapter.pagedListing } : {}),
      };
      expect(declared).toEqual(site);
    });
  });

  it.each(SITES.map((s) => [s.id, s] as const))(
    '%s has its adapter file, test, fixture, display name and valid match patterns',
    async (id, site) => {
      // The adapter file exports the declaration `<id>Site` and the adapter `<id>` (what the generated content script imports).
      expect(existsSync(new URL(`lib/sites/${id}.ts`, root)), `lib/sites/${id}.ts`).toBe(true);
      const mod = (await import(`../../lib/sites/${id}.ts`)) as Record<string, unknown>;
      expect(mod[`${id}Site`], `lib/sites/${id}.ts exports ${id}Site`).toBe(site);
      expect(mod[id], `lib/sites/${id}.ts exports the adapter ${id}`).toBe(ADAPTERS.find((a) => a.id === id));
      expect(existsSync(new URL(`test/sites/${id}.test.ts`, root)), `test/sites/${id}.test.ts`).toBe(true);
      expect(
        HTML_FIXTURES.some((f) => f.adapter === id),
        `a fixture for ${id} in test/fixtures/fixtures.ts`,
      ).toBe(true);
      expect(site.name.trim(), `${id} has a display name`).not.toBe('');
      expect(
        site.matches.every((m) => /^https:\/\/(\*\.)?[a-z0-9.-]+\/.*$/.test(m)),
        `${id}: match patterns`,
      ).toBe(true);
      // A site that claims URLs claims its own fixtures by URL (its patterns are what the manifest injects on).
      if (site.matches.length) {
        for (const f of HTML_FIXTURES.filter((f) => f.adapter === id)) expect(siteClaiming(new URL(f.url))?.id, f.url).toBe(id);
      }
    },
  );

  it('ids and display names are unique among the sites and the other sources', () => {
    const sources = [...SITES, ...OTHER_SOURCES];
    expect(new Set(sources.map((s) => s.id)).size).toBe(sources.length);
    expect(new Set(sources.map((s) => s.name)).size).toBe(sources.length);
    expect(FALLBACK_ADAPTERS.every((a) => OTHER_SOURCES.some((s) => s.id === a.id && s.name === a.name))).toBe(true);
  });

  it('a text reader is keyed by a site that claims URLs (the reader is chosen by URL)', () => {
    for (const id of Object.keys(TEXT_PARSERS)) expect(SITES.find((s) => s.id === id)?.matches.length ?? 0, id).toBeGreaterThan(0);
  });

  it("every site that claims URLs has a presence (what its content script carries): the count and the adapter's list to watch, no parser", () => {
    expect(Object.keys(PRESENCES).sort()).toEqual(contentScriptSites().map((s) => s.id));
    for (const [id, presence] of Object.entries(PRESENCES)) {
      const adapter = ADAPTERS.find((a) => a.id === id)!;
      expect(Object.keys(presence).filter((k) => !['listed', 'watch', 'navigates'].includes(k))).toEqual([]);
      expect(presence.listed).toBeTypeOf('function');
      expect(presence.watch).toBe(adapter.watch);
    }
  });

  it('every site that claims URLs gets a generated content script with its match patterns and a site script; no copied entrypoint', () => {
    const { entrypoints, dir } = generatedContentScripts();
    try {
      const claiming = SITES.filter((s) => s.matches.length);
      expect(
        contentScriptSites()
          .map((s) => s.id)
          .sort(),
      ).toEqual(claiming.map((s) => s.id).sort());
      const contentScripts = entrypoints.filter((e) => e.type === 'content-script');
      const siteScripts = entrypoints.filter((e) => e.type === 'unlisted-script');
      expect(contentScripts.map((e) => e.name).sort()).toEqual(claiming.map((s) => s.id).sort());
      expect(siteScripts.map((e) => e.name).sort()).toEqual(claiming.map((s) => s.id).sort());
      expect(entrypoints).toHaveLength(2 * claiming.length);
      const importsOf = (entry: Entrypoint) =>
        [...readFileSync(entry.inputPath, 'utf8').matchAll(/from '([^']+)'/g)]
          .map((m) => relative(rootDir, resolve(dir, 'site-content-scripts', m[1]!)))
          .sort();
      for (const site of claiming) {
        const entry = contentScripts.find((e) => e.name === site.id)!;
        expect(entry.options).toEqual({ matches: site.matches, runAt: 'document_idle' });
        // Both generated files import this site's adapter file and nothing of any other site; "Load all" only in the
        // site script of an adapter with `loadMore`.
        expect(importsOf(entry)).toEqual(['lib/content/site-content-script', `lib/sites/${site.id}`].sort());
        const script = siteScripts.find((e) => e.name === site.id)!;
        expect(relative(join(dir, 'out'), script.outputDir)).toBe(siteScriptFile(site).split('/').slice(1, -1).join('/'));
        const loadAll = ADAPTERS.find((a) => a.id === site.id)?.loadMore ? ['lib/content/load-all'] : [];
        expect(importsOf(script)).toEqual(['lib/content/site-content-script', `lib/sites/${site.id}`, ...loadAll].sort());
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    expect(readdirSync(new URL('entrypoints', root)).filter((f) => /\.content\.|^content\b/.test(f))).toEqual([]);
  });

  it("nothing else lists sites: no second name table, host switch or per-site branch outside a site's own files", () => {
    const identifierKinds = new Set(Object.keys(Ids.shape)); // arxiv, dblp, openreview are identifier names too (lib/identity.ts)
    const offences: string[] = [];
    for (const file of productFiles()) {
      if (file === 'lib/sites/registry.ts') continue;
      const code = readFileSync(new URL(file, root), 'utf8');
      for (const site of [...SITES, ...OTHER_SOURCES]) {
        if (file === `lib/sites/${site.id}.ts` || file === `lib/text/${site.id}.ts`) continue;
        const id = escapeRegExp(site.id);
        // An id -> display name entry (an object key or a Map pair): a second table of names.
        if (new RegExp(`['"\`]?\\b${id}\\b['"\`]?\\s*[:,]\\s*['"\`]${escapeRegExp(site.name)}['"\`]`).test(code))
          offences.push(`${file}: names ${site.id}`);
        if (identifierKinds.has(site.id) || !SITES.includes(site)) continue;
        // The site's id as a string or key, or its host as a string: a list of sites or a branch on one.
        if (new RegExp(`['"\`]${id}['"\`]|\\b${id}\\s*:`).test(code)) offences.push(`${file}: mentions ${site.id}`);
        for (const host of new Set(site.matches.map((m) => new URL(m.replace('*.', '')).hostname.replace(/^www\./, '')))) {
          if (new RegExp(`['"\`](www\\.)?${escapeRegExp(host)}['"\`]`).test(code)) offences.push(`${file}: host ${host}`);
        }
      }
    }
    expect(offences).toEqual([]);
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
    // The badge's cheap count (the site's presence, where its content script runs) agrees with the full extraction, and
    // says "no listing" where the site's adapter does.
    for (const site of SITES.filter((s) => s.matches.some((p) => matchesPattern(p, url)))) {
      const claimed = found?.adapter.id === site.id;
      expect(PRESENCES[site.id]!.listed(doc, url), `${site.id} presence on ${file}`).toBe(claimed ? fixture.entries : null);
      // `location` is what the content script hands it
      const at = { href: url.href, hostname: url.hostname, pathname: url.pathname, search: url.search };
      expect(PRESENCES[site.id]!.listed(doc, at)).toBe(claimed ? fixture.entries : null);
    }
    for (const other of ADAPTERS) {
      if (other.id === fixture.adapter) continue;
      const urlClaimed = other.matches.some((p) => matchesPattern(p, url));
      if (other.matches.length > 0 && !urlClaimed) continue; // the registry never asks it
      expect(other.detect(doc, url), `${other.id} must reject ${file}`).toBeNull();
    }
  });

  it('the manifest asks for host access only where a site claims URLs', () => {
    expect(claimedMatchPatterns()).toEqual([...new Set(SITES.flatMap((s) => s.matches))]);
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
