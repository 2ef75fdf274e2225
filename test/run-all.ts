/**
 * `npm test`: two lines side by side on a 2-core machine. One runs the unit tests, the longest step (the corpus read,
 * CPU-bound, in worker threads); the other runs the Firefox tests, then the Chromium tests, then the type check and the
 * linters. The browser tests spend much of their time waiting on the browser (service workers stopping, pages loading),
 * which the unit tests' work fills; the checks, CPU-bound and with no time limits, come last, beside the corpus's end.
 * One vitest process cannot do this: it runs a project without file parallelism after every other project. Firefox's
 * set-up builds the extension, which the Chromium tests then use as built.
 *
 * Every line a step prints is prefixed with its step's name. Every step runs; the exit code is 1 if any failed, and the
 * failed steps are listed last.
 */
import { spawn } from 'node:child_process';

interface Step {
  name: string;
  program: string;
  args: string[];
  env?: Record<string, string>;
}

const CHECKS: Step[] = [
  { name: 'typecheck', program: 'npx', args: ['tsc', '--noEmit'] },
  { name: 'lint', program: 'npm', args: ['run', '--silent', 'lint'] },
];
// One worker (vitest's default on a 2-core machine): two gained nothing in CI (.ci/run 13m24s with two, 13m06s and 13m33s
// with one) and slowed Chromium's tests beside it (550 and 582 s -> 638 s).
const UNIT: Step[] = [{ name: 'unit', program: 'npx', args: ['vitest', 'run', '--project', 'unit', '--project', 'readers'] }];
const FIREFOX_TESTS = 'test/e2e/firefox*.test.ts';
const FIREFOX: Step[] = [{ name: 'firefox', program: 'npx', args: ['vitest', 'run', '--project', 'e2e', 'test/e2e/firefox'] }];
const CHROMIUM: Step[] = [
  {
    name: 'chromium',
    program: 'npx',
    args: ['vitest', 'run', '--project', 'e2e', '--exclude', FIREFOX_TESTS],
    env: { PAPERSHELF_SKIP_BUILD: '1' },
  },
];

function prefixLines(prefix: string, write: (text: string) => void): { push(chunk: Buffer): void; end(): void } {
  let pending = '';
  return {
    push(chunk) {
      pending += chunk.toString('utf8');
      const lines = pending.split('\n');
      pending = lines.pop() ?? '';
      for (const line of lines) write(`${prefix}${line}\n`);
    },
    end() {
      if (pending) write(`${prefix}${pending}\n`);
      pending = '';
    },
  };
}

function runStep(step: Step): Promise<boolean> {
  const started = Date.now();
  const prefix = `[${step.name}] `.padEnd(12);
  return new Promise((resolve) => {
    const child = spawn(step.program, step.args, { env: { ...process.env, ...step.env } });
    child.stdin.end();
    const out = prefixLines(prefix, (text) => process.stdout.write(text));
    const err = prefixLines(prefix, (text) => process.stderr.write(text));
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
    child.on('error', (error) => {
      err.push(Buffer.from(`${error.message}\n`));
      err.end();
      resolve(false);
    });
    child.on('close', (code) => {
      out.end();
      err.end();
      const seconds = ((Date.now() - started) / 1000).toFixed(0);
      process.stdout.write(`${prefix}${code === 0 ? 'passed' : `FAILED (exit ${code})`} in ${seconds} s\n`);
      resolve(code === 0);
    });
  });
}

/** Runs the steps in order and returns the names of those that failed (a failed step does not stop the line). */
async function runLine(steps: Step[]): Promise<string[]> {
  const failed: string[] = [];
  for (const step of steps) if (!(await runStep(step))) failed.push(step.name);
  return failed;
}

const failed = (await Promise.all([runLine(UNIT), runLine([...FIREFOX, ...CHROMIUM, ...CHECKS])])).flat();
if (failed.length > 0) {
  process.stderr.write(`\nnpm test: FAILED: ${failed.join(', ')}\n`);
  process.exit(1);
}
process.stdout.write('\nnpm test: every step passed\n');
