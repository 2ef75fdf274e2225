import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

/** A merge whose conflict was committed unresolved leaves its markers in the file (it happened once, in a README). */
describe('tracked files', () => {
  it('hold no unresolved merge-conflict markers', () => {
    let hits = '';
    try {
      hits = execFileSync('git', ['grep', '-nE', '^(<<<<<<<|>>>>>>>) |^=======$', '--', '.'], { encoding: 'utf8' });
    } catch (e) {
      // git grep exits 1 when nothing matches.
      if ((e as { status?: number }).status !== 1) throw e;
    }
    expect(hits).toBe('');
  });
});
