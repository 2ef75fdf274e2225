import { describe, expect, it } from 'vitest';
import { authorsLineParts, shortAuthors } from '../../lib/ui/format-display';

const names = ['Abhinav Jangda', 'Arjun Guha', 'Emery D. Berger', 'Bobby Powers', 'Dan Grossman'];

describe('author line parts (the popup cuts the names, never the count)', () => {
  it('counts the names not shown, from the page total when the list was cut', () => {
    expect(authorsLineParts(names, { max: 3 })).toEqual({ names: 'Abhinav Jangda, Arjun Guha, Emery D. Berger', hidden: 2, etAl: false });
    expect(authorsLineParts(names.slice(0, 3), { max: 3, truncated: true, total: 533 })).toMatchObject({ hidden: 530 });
  });

  it('says "et al." only when the source cut the list and gave no total', () => {
    expect(authorsLineParts(names.slice(0, 2), { truncated: true })).toEqual({
      names: 'Abhinav Jangda, Arjun Guha',
      hidden: 0,
      etAl: true,
    });
    expect(authorsLineParts(names.slice(0, 2), {})).toMatchObject({ etAl: false, hidden: 0 });
  });

  it('keeps the tooltip form', () => {
    expect(shortAuthors(names.slice(0, 3), { truncated: true, total: 533 })).toBe('Abhinav Jangda, Arjun Guha, Emery D. Berger, … +530');
    expect(shortAuthors([], { total: 9 })).toBe('9 authors');
  });
});
