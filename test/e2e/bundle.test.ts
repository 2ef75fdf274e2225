/** Deterministic size budgets of the built extension (the global setup builds it). */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXTENSION_DIR } from './harness';
import { SITES } from '../../lib/sites/registry';

describe('built extension', () => {
  const contentScripts = readdirSync(join(EXTENSION_DIR, 'content-scripts')).filter((f) => f.endsWith('.js'));

  it('one content script per site that claims URLs', () => {
    expect(contentScripts.sort()).toEqual(
      SITES.filter((s) => s.matches.length)
        .map((s) => `${s.id}.js`)
        .sort(),
    );
  });

  it.each(contentScripts)('content script %s stays under 30 kB minified and carries no zod, idb, preact or polyfill', (file) => {
    const code = readFileSync(join(EXTENSION_DIR, 'content-scripts', file), 'utf8');
    expect(code.length).toBeLessThan(30_000);
    expect(code).not.toMatch(/ZodError|zod/i);
    expect(code).not.toMatch(/createObjectStore|indexedDB/);
    expect(code).not.toMatch(/__PREACT|preact/i);
    expect(code).not.toMatch(/webextension-polyfill/);
  });

  it('the background and the extension pages read site names and patterns without bundling any parsing code', () => {
    // SITES comes from the adapter files (lib/sites/registry.ts); their parsers, and the math reader every adapter
    // uses (lib/sites/math-text.ts), must be dropped by tree-shaking. Markers: the math reader's MathJax class and a
    // Google Scholar row selector.
    const files = ['background.js', ...readdirSync(join(EXTENSION_DIR, 'chunks')).map((f) => join('chunks', f))].filter((f) =>
      f.endsWith('.js'),
    );
    for (const file of files) {
      const code = readFileSync(join(EXTENSION_DIR, file), 'utf8');
      expect(code, file).not.toMatch(/MJX_Assistive_MathML|gsc_a_tr/);
    }
  });

  it('the manifest asks only for what the product needs', () => {
    const manifest = JSON.parse(readFileSync(join(EXTENSION_DIR, 'manifest.json'), 'utf8'));
    expect(manifest.manifest_version).toBe(3);
    expect(manifest.permissions.sort()).toEqual(['activeTab', 'contextMenus', 'scripting', 'sidePanel', 'storage'].sort());
    expect(manifest.host_permissions).not.toContain('<all_urls>');
    expect(manifest.host_permissions.every((h: string) => h.startsWith('https://'))).toBe(true);
    const injected = manifest.content_scripts.flatMap((c: { matches: string[] }) => c.matches);
    expect(new Set(injected)).toEqual(new Set(manifest.host_permissions));
    for (const site of SITES.filter((s) => s.matches.length)) {
      const script = manifest.content_scripts.find((c: { js: string[] }) => c.js.includes(`content-scripts/${site.id}.js`));
      expect([...(script?.matches ?? [])].sort()).toEqual([...site.matches].sort());
    }
    expect(manifest.side_panel.default_path).toBe('sidepanel.html');
    expect(Object.keys(manifest.icons)).toEqual(expect.arrayContaining(['16', '32', '48', '128']));
    expect(manifest.content_security_policy?.extension_pages ?? "script-src 'self'").not.toMatch(/unsafe-eval|https?:/);
  });
});
