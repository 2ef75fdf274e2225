import { buildSync } from 'esbuild';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

let bundle: string | undefined;

/**
 * The program and arguments that run the CLI (lib/cli/main.ts, what `npm run cli` runs through tsx) as its own process:
 * bundled once per test file with esbuild and run by this node, instead of `npx tsx` compiling it again for every call
 * (seconds each on a loaded 2-core machine).
 */
export function cliCommand(...args: string[]): [string, string[]] {
  if (!bundle) {
    bundle = join(mkdtempSync(join(tmpdir(), 'papershelf-cli-bundle-')), 'cli.mjs');
    buildSync({
      entryPoints: [resolve(import.meta.dirname, '../../lib/cli/main.ts')],
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      outfile: bundle,
      logLevel: 'warning',
    });
  }
  return [process.execPath, [bundle, ...args]];
}
