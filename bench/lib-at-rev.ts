/** lib/ as committed at a git revision: for A/B runs of the working tree against it. */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..');

/** A temporary copy of lib/ and bench/inject/ at `rev` (node_modules linked in), and how to remove it. */
export function checkoutAt(rev: string): { dir: string; remove(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'papershelf-ab-'));
  execFileSync('sh', ['-c', `git -C "${ROOT}" archive "${rev}" lib bench/inject | tar -x -C "${dir}"`]);
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** `entry` bundled for a page (one IIFE script, as the bench injects it). */
export async function bundleForPage(entry: string): Promise<string> {
  const { build } = await import('esbuild');
  const out = await build({
    entryPoints: [entry],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'chrome120',
    write: false,
    logLevel: 'silent',
  });
  return out.outputFiles[0]!.text;
}

/** The page-lib bundle of lib/ at a git revision, exposed as `__papershelfBenchB`. */
export async function bundleAt(rev: string): Promise<string> {
  const copy = checkoutAt(rev);
  try {
    const text = await bundleForPage(join(copy.dir, 'bench/inject/page-lib.ts'));
    return text.replaceAll('__papershelfBench', '__papershelfBenchB');
  } finally {
    copy.remove();
  }
}
