import { describe, expect, it } from 'vitest';
import { parseReference } from '../../lib/text/reference';

/** Reference strings of dev pages (study14cb), quoted from the pages. */
describe('a year written right after the names, opening the title (mamykina)', () => {
  it('"Names, 2011 Title, in the Proceedings …": the year is the date, not the title\'s first word', () => {
    const r = parseReference(
      'Mamykina, L., Hartman, B., Hripcsak, G., 2011 Design Lessons from the Fastest Q&A in the West, in the Proceedings of the ACM SIGCHI Conference on Human Factors in Computing Systems, CHI 2011.',
    );
    expect(r).toMatchObject({
      title: 'Design Lessons from the Fastest Q&A in the West',
      authors: ['L. Mamykina', 'B. Hartman', 'G. Hripcsak'],
      year: 2011,
    });
  });

  it('"Names L. 2013 Title. Journal. 2013;…" (Vancouver names)', () => {
    const r = parseReference(
      "Cusack CM, Hripcsak G, Mamykina L. 2013 The future state of clinical data capture and documentation: a report from AMIA's 2011 Policy Meeting. J Am Med Inform Assoc. 2013;20(1):134-7.",
    );
    expect(r).toMatchObject({
      title: "The future state of clinical data capture and documentation: a report from AMIA's 2011 Policy Meeting",
      year: 2013,
    });
  });

  it('a title that opens with another year than the date keeps it', () => {
    const r = parseReference('Smith, J., Brown, K., 2010 Census Results for Rural Counties, Journal of Rural Studies, 2012.');
    expect(r?.title).toBe('2010 Census Results for Rural Counties');
  });

  it('a title that opens with a year after a marked date keeps it', () => {
    const r = parseReference(
      'Smith, J., Brown, K. (2011). 2011 Tohoku Earthquake Records in Coastal Sediments. Journal of Geology, 12, 1-9.',
    );
    expect(r?.title).toBe('2011 Tohoku Earthquake Records in Coastal Sediments');
  });
});
