import { describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { SyncFile, type Paper } from '../../lib/model';
import { generatePapers } from '../support/generate';
import { serialiseSyncFile, toSyncFile } from '../../lib/formats/json';
import { cliCommand } from '../support/cli';

const run = promisify(execFile);
async function cli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(...cliCommand(...args), { cwd: process.cwd(), maxBuffer: 64 * 1024 * 1024 });
    return { code: 0, stdout, stderr };
  } catch (e) {
    const err = e as { code: number; stdout: string; stderr: string };
    return { code: err.code, stdout: err.stdout, stderr: err.stderr };
  }
}

const dir = mkdtempSync(join(tmpdir(), 'papershelf-cli-'));
const papers = generatePapers(30, 21);
const a = join(dir, 'a.json');
const b = join(dir, 'b.json');
writeFileSync(a, serialiseSyncFile(toSyncFile(papers.slice(0, 20), [], 'A', 1)));
const edited: Paper = { ...papers[5]!, note: 'edited on B', clock: { ...papers[5]!.clock, note: Date.UTC(2030, 0, 1) } };
writeFileSync(b, serialiseSyncFile(toSyncFile([...papers.slice(10, 30).filter((p) => p.id !== edited.id), edited], [], 'B', 2)));

describe('CLI convert and merge', () => {
  it('merge prints the report and writes a valid merged sync file', async () => {
    const out = join(dir, 'out.json');
    const r = await cli('merge', a, b, '-o', out);
    expect(r.code).toBe(0);
    // The two files hold different notes for paper 5: reported with both values whichever side won (issue 15 item 4;
    // this said "0 conflicts" while file A's note was dropped).
    expect(r.stdout).toMatch(/^10 new, 1 updated, 19 unchanged, 0 deleted, 1 conflicts/);
    expect(r.stdout).toContain(`updated: ${edited.id} (note)`);
    expect(r.stdout).toContain(`conflict: ${edited.id} note: kept incoming edited on B over `);
    const merged = SyncFile.parse(JSON.parse(readFileSync(out, 'utf8')));
    expect(merged.papers).toHaveLength(30);
    expect(merged.papers.find((p) => p.id === edited.id)?.note).toBe('edited on B');
  }, 60_000);

  it('convert writes BibTeX to stdout and CSL-JSON to a file', async () => {
    const r = await cli('convert', a, '--to', 'bibtex');
    expect(r.code).toBe(0);
    expect(r.stdout.match(/^@\w+\{/gm)).toHaveLength(20);
    const csl = join(dir, 'a.csl.json');
    expect((await cli('convert', a, '--to', 'csl', '-o', csl)).code).toBe(0);
    const items = JSON.parse(readFileSync(csl, 'utf8')) as unknown[];
    expect(items).toHaveLength(20);
    const back = join(dir, 'back.json');
    expect((await cli('convert', csl, '--to', 'json', '-o', back)).code).toBe(0);
    expect(SyncFile.parse(JSON.parse(readFileSync(back, 'utf8'))).papers.map((p) => p.title)).toEqual(
      papers.slice(0, 20).map((p) => p.title),
    );
  }, 60_000);

  it('convert keeps an organisation author whole: CSL literal -> BibTeX braced', async () => {
    const csl = join(dir, 'opt.csl.json');
    writeFileSync(
      csl,
      JSON.stringify([
        {
          id: 'opt',
          type: 'article',
          title: 'OPT: Open Pre-trained Transformer Language Models',
          author: [{ literal: 'The OPT Team' }, { family: 'Zhang', given: 'Susan' }],
        },
      ]),
    );
    const r = await cli('convert', csl, '--to', 'bibtex');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('author = {{The OPT Team} and Zhang, Susan}');
  }, 60_000);

  it('a bad path or a bad file: one line on stderr, exit 2, no output file', async () => {
    const missing = await cli('convert', join(dir, 'nope.bib'), '--to', 'json');
    expect(missing.code).toBe(2);
    expect(missing.stderr.trim().split('\n')).toHaveLength(1);
    expect(missing.stderr).toContain('no such file');
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, '{"format":"papershelf-sync","schemaVersion":1,"exportedAt":1,"deviceId":"d","papers":[{"id":1}],"tombstones":[]}');
    const out = join(dir, 'never.json');
    const r = await cli('merge', a, bad, '-o', out);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain('$.papers[0]');
    expect(existsSync(out)).toBe(false);
  }, 60_000);

  it('a Latin-1 BibTeX file converts with a warning on stderr (issue 15 item 8); extract cleans page text (item 6)', async () => {
    const latin1 = join(dir, 'latin1.bib');
    writeFileSync(
      latin1,
      Buffer.concat([Buffer.from('@misc{a,\n  title = {Caf'), Buffer.from([0xe9]), Buffer.from('},\n  keywords = {to\\_read}\n}\n')]),
    );
    const r = await cli('convert', latin1, '--to', 'json');
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('warning: the file is not UTF-8: read as Windows-1252');
    const file = SyncFile.parse(JSON.parse(r.stdout));
    expect(file.papers[0]).toMatchObject({ title: 'Café' });
    expect(Object.keys(file.papers[0]!.tags)).toEqual(['to_read']);
    const page = join(dir, 'page.html');
    writeFileSync(
      page,
      '<html><head><meta name="citation_title" content="Robust\u0007 Learning\u202E"><meta name="citation_author" content="Ada&#x200B; Lovelace"></head><body></body></html>',
    );
    const extracted = await cli('extract', page, '--url', 'https://lab.example/paper');
    expect(extracted.code).toBe(0);
    const scan = JSON.parse(extracted.stdout) as { entries: { title: string; authors: string[] }[] };
    expect(scan.entries).toEqual([expect.objectContaining({ title: 'Robust Learning', authors: ['Ada Lovelace'] })]);
  }, 60_000);
});
