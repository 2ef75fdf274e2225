/** Deterministic size budgets of the built extension (the global setup builds it). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXTENSION_DIR } from './harness';

describe('built extension', () => {
  it('the content script stays under 30 kB minified and carries no zod, idb or preact', () => {
    const code = readFileSync(join(EXTENSION_DIR, 'content-scripts/content.js'), 'utf8');
    expect(code.length).toBeLessThan(30_000);
    expect(code).not.toMatch(/ZodError|zod/i);
    expect(code).not.toMatch(/createObjectStore|indexedDB/);
    expect(code).not.toMatch(/__PREACT|preact/i);
  });

  it('the manifest asks only for what the product needs', () => {
    const manifest = JSON.parse(readFileSync(join(EXTENSION_DIR, 'manifest.json'), 'utf8'));
    expect(manifest.manifest_version).toBe(3);
    expect(manifest.permissions.sort()).toEqual(['activeTab', 'contextMenus', 'scripting', 'sidePanel'].sort());
    expect(manifest.host_permissions).not.toContain('<all_urls>');
    expect(manifest.host_permissions.every((h: string) => h.startsWith('https://'))).toBe(true);
    expect(manifest.content_scripts[0].matches).toEqual(manifest.host_permissions);
    expect(manifest.side_panel.default_path).toBe('sidepanel.html');
    expect(manifest.content_security_policy?.extension_pages ?? "script-src 'self'").not.toMatch(/unsafe-eval|https?:/);
  });
});
