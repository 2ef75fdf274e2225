import { describe, expect, it } from 'vitest';
import { authorsRight } from './evaluate';
import { corpusExpected, corpusHtml } from '../fixtures/corpus/corpus';

// holdenlab-publications' first entry shows "Christian Vanhille Campos, Kevin D Whitley, Philipp Radler, and 3 more
// authors"; the three others sit in the toggle's onclick ('Martin Loose, Seamus Holden, Andela Saric').
const holdenlab = corpusExpected('holdenlab-publications').entries[0]!;
const holdenlabHtml = corpusHtml('holdenlab-publications');
const shown = ['Christian Vanhille Campos', 'Kevin D Whitley', 'Philipp Radler'];

describe('authors exact (the corpus ruler)', () => {
  it('takes the shown names of a cut list as exact', () => {
    expect(holdenlab.authors).toEqual(shown);
    expect(holdenlab.authorsTruncated).toBe(true);
    expect(authorsRight(shown, holdenlab, holdenlabHtml)).toBe(true);
  });

  it('takes the names the page holds behind the cut as exact too', () => {
    expect(authorsRight([...shown, 'Martin Loose', 'Seamus Holden', 'Andela Saric'], holdenlab, holdenlabHtml)).toBe(true);
  });

  it('rejects further names the page does not hold, a changed shown name, or fewer names', () => {
    expect(authorsRight([...shown, 'Martin Loose', 'Jane Doe'], holdenlab, holdenlabHtml)).toBe(false);
    expect(authorsRight(['Christian Campos', 'Kevin D Whitley', 'Philipp Radler', 'Martin Loose'], holdenlab, holdenlabHtml)).toBe(false);
    expect(authorsRight(shown.slice(0, 2), holdenlab, holdenlabHtml)).toBe(false);
  });

  it('gives a list the page did not cut no room for more names', () => {
    const whole = { ...holdenlab, authorsTruncated: undefined };
    expect(authorsRight([...shown, 'Martin Loose'], whole, holdenlabHtml)).toBe(false);
  });
});
