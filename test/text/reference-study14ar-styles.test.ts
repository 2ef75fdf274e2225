import { describe, expect, it } from 'vitest';
import { parseReference } from '../../lib/text/reference';

/** Reference styles of former heldout62 / heldout63 pages (study14ar), from real entries of those pages. */
describe('Chicago names with a generation set off by commas (abrahamholland)', () => {
  it('"John C. Maxwell, III," is one author', () => {
    const r = parseReference(
      'Holland, R. Abraham, Jennifer L. Bewley, Joseph F. Adams, Ayeisha A. Brinson, Olivia Gozdz, John C. Maxwell, III, and Ashley Nunes. “Adapting Department of Defense Training Based on a Changing Climate in the Arctic.” IDA Product 3003625, Alexandria, VA, December 2, 2024.',
    );
    expect(r?.title).toBe('Adapting Department of Defense Training Based on a Changing Climate in the Arctic');
    expect(r?.authors).toEqual([
      'R. Abraham Holland',
      'Jennifer L. Bewley',
      'Joseph F. Adams',
      'Ayeisha A. Brinson',
      'Olivia Gozdz',
      'John C. Maxwell III',
      'Ashley Nunes',
    ]);
    expect(r?.year).toBe(2024);
  });
});
