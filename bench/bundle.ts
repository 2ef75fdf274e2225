/** esbuild IIFE bundles of lib/ code, for injection into real pages (same code the extension ships). */
import { build } from 'esbuild';
import { resolve } from 'node:path';

/** Unminified, so CPU profiles of the injected code name the lib/ functions. */
export async function iife(entry: string): Promise<string> {
  const out = await build({
    entryPoints: [resolve(import.meta.dirname, entry)],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'chrome120',
    minify: false,
    keepNames: false,
    write: false,
    logLevel: 'silent',
  });
  return out.outputFiles[0]!.text;
}

/** Minify an already built script the way the size budget counts it. */
export async function minifyScript(code: string): Promise<string> {
  const { transform } = await import('esbuild');
  return (await transform(code, { minify: true, target: 'chrome120' })).code;
}
