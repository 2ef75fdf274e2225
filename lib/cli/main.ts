#!/usr/bin/env node
/** Papershelf CLI: the same lib/ code as the extension, on a Node DOM. */
import { readFileSync } from 'node:fs';
import { parseHtmlDocument } from './dom';
import { scanPage } from '../sites/registry';
import { parseVisibleText } from '../text/parse';
import type { PageScan } from '../model';
import { cleanScan } from '../text/clean';

const USAGE = `usage:
  papershelf extract <file.html|file.txt> --url <url> [--viewed YYYY-MM-DD]
  papershelf convert <in> --to bibtex|json|csl [-o <out>]
  papershelf merge <a.json> <b.json> -o <out.json>
  papershelf sync <folder> --device <name> --library <library.json>`;

export class CliError extends Error {}

function flag(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  if (i < 0) return undefined;
  const v = args[i + 1];
  if (v === undefined) throw new CliError(`${name} needs a value`);
  args.splice(i, 2);
  return v;
}

function readInput(path: string | undefined): string {
  if (!path) throw new CliError('missing input file');
  try {
    return readFileSync(path, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new CliError(
      `cannot read ${path}: ${code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : (e as Error).message}`,
    );
  }
}

export function extract(args: string[]): PageScan {
  const urlArg = flag(args, '--url');
  const viewed = flag(args, '--viewed');
  const path = args[0];
  const content = readInput(path);
  let url: URL;
  try {
    url = new URL(urlArg ?? 'https://example.invalid/');
  } catch {
    throw new CliError(`--url is not a URL: ${urlArg}`);
  }
  if (/\.txt$/i.test(path!)) return cleanScan(parseVisibleText(content, url, viewed ? new Date(viewed + 'T12:00:00Z') : new Date()));
  const scan = scanPage(parseHtmlDocument(content), url);
  return scan ? cleanScan(scan) : { site: 'none', kind: 'feed', url: url.href, entries: [] };
}

async function main(argv: string[]): Promise<number> {
  const [command, ...args] = argv;
  switch (command) {
    case 'extract':
      process.stdout.write(JSON.stringify(extract(args)) + '\n');
      return 0;
    case 'convert':
    case 'merge': {
      const { runFormatCommand } = await import('./formats');
      return runFormatCommand(command, args);
    }
    case 'sync': {
      const { runSyncCommand } = await import('./sync');
      return runSyncCommand(args);
    }
    default:
      process.stderr.write(USAGE + '\n');
      return 2;
  }
}

// exitCode, not exit(): exit() would cut off stdout still draining into a pipe.
main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`papershelf: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exitCode = 2;
  },
);
