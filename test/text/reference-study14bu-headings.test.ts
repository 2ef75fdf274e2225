import { describe, expect, it } from 'vitest';
import { isOffTopicHeading } from '../../lib/text/common';

/** Headings of sections that list something other than papers (study14bu): briefs filed with a court. */
describe('isOffTopicHeading on amicus briefs', () => {
  it('reads a heading of amicus briefs as not papers, whatever else it names', () => {
    expect(isOffTopicHeading('Amicus curiae y notas técnicas')).toBe(true);
    expect(isOffTopicHeading('Amicus Briefs')).toBe(true);
  });

  it('keeps headings that name papers or a kind of them', () => {
    expect(isOffTopicHeading('Reseñas académicas')).toBe(false);
    expect(isOffTopicHeading('Artículos no dictaminados')).toBe(false);
    expect(isOffTopicHeading('Reportes de sociedad civil')).toBe(false);
  });
});
