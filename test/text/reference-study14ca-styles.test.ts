import { describe, expect, it } from 'vitest';
import { parseReference } from '../../lib/text/reference';

/** Classes of the former heldout89 pages (lab publication pages), study14ca. */

describe('"Family, I., Family, I., Title, Venue": inverted initialled names each closed by a comma (mamykina)', () => {
  it('ends the names at the comma after the last initials', () => {
    const r = parseReference(
      'Mamykina, L., Vawdrey, D., Hripcsak, D., Residents work and Electronic Health Record: re-envisioning patient care in digital age, Academic Medicine, 2015',
    );
    expect(r?.title).toBe('Residents work and Electronic Health Record: re-envisioning patient care in digital age');
    expect(r?.authors).toEqual(['L. Mamykina', 'D. Vawdrey', 'D. Hripcsak']);
    expect(r?.year).toBe(2015);
    expect(r?.venue).toBe('Academic Medicine');
  });

  it('keeps initials written together ("Terry, M.A.,")', () => {
    const r = parseReference(
      'Cole-Lewis, H., Smaldone, A.M., Kukafka, R., Participatory approach to the development of a knowledge base, International Journal of Medical Informatics, 2016',
    );
    expect(r?.authors).toEqual(['H. Cole-Lewis', 'A.M. Smaldone', 'R. Kukafka']);
    expect(r?.title).toBe('Participatory approach to the development of a knowledge base');
  });

  it('does not end the names before a family name of several words', () => {
    const r = parseReference(
      'Bunneghem, M., Storms, E., Van Gestel, J., Verschraegen, G. (2024). Brieven aan een cultuurcriticus: Krijtsporen van Walter Weyns. Pelckmans.',
    );
    expect(r?.authors).toEqual(['M. Bunneghem', 'E. Storms', 'J. Van Gestel', 'G. Verschraegen']);
    expect(r?.title).toBe('Brieven aan een cultuurcriticus: Krijtsporen van Walter Weyns');
  });

  it('does not end the names before a last one after "and"', () => {
    const r = parseReference('Smith, J., Jones, K., and Brown, L., A study of things that matter, Journal of Things, 2015');
    expect(r?.authors).toEqual(['J. Smith', 'K. Jones', 'L. Brown']);
    expect(r?.title).toBe('A study of things that matter');
  });
});

describe('"Names, Title, to appear in the Proceedings of …": a venue opening in lower case (mamykina)', () => {
  it("ends the title at the comma before the paper's status", () => {
    const r = parseReference(
      'Nakikj, D., Mamykina, L., Lost in Migration: Information Management and Community Building in an Online Health Community, to appear in the Proceedings of the ACM Conference on Human-Factors in Computing Systems, CHI 2018',
    );
    expect(r?.title).toBe('Lost in Migration: Information Management and Community Building in an Online Health Community');
    expect(r?.authors).toEqual(['D. Nakikj', 'L. Mamykina']);
    expect(r?.year).toBe(2018);
  });

  it('ends it before "in the Proceedings of"', () => {
    const r = parseReference(
      'Hwang, M., Mamykina, L., Monster Appetite: Effects of Subversive Framing on Nutritional Choices in a Digital Game Environment, in the Proceedings of the ACM Conference on Human-Factors in Computing Systems, CHI 2017',
    );
    expect(r?.title).toBe('Monster Appetite: Effects of Subversive Framing on Nutritional Choices in a Digital Game Environment');
  });

  it('keeps a title whose comma is followed by lower-case words of its own', () => {
    const r = parseReference(
      'Hwang, M., Mamykina, L., Learning to eat, to play and to move: games for children. Proceedings of the ACM Conference on Human-Factors in Computing Systems, 2017',
    );
    expect(r?.title).toBe('Learning to eat, to play and to move: games for children');
  });
});

describe('"*Title*. Names. *Venue*" under a year heading: a venue with no year of its own (betternetworks)', () => {
  it('reads a venue that names its kind of meeting after a dash', () => {
    const title = 'Temporal fingerprints: Identity matching across fully encrypted domains';
    const r = parseReference(
      `${title}. Shahar Somin, Keeley Erhardt, Alex 'Sandy' Pentland. NeurIPS - Annual Conference on Neural Information Processing Systems`,
      { title, groupYear: 2024 },
    );
    expect(r?.authors).toEqual(['Shahar Somin', 'Keeley Erhardt', "Alex 'Sandy' Pentland"]);
    expect(r?.venue).toBe('NeurIPS - Annual Conference on Neural Information Processing Systems');
    expect(r?.year).toBe(2024);
  });

  it('reads a venue followed by its own address in parentheses', () => {
    const title = 'From Bits to Insights: Exploring Network Traffic, Traffic Matrices, and Heavy-Tailed Data';
    const r = parseReference(`${title}. Christopher Howard, Hayden Jananthan, Jeremy Kepner. IEEE MIT URTC (https://urtc.mit.edu/)`, {
      title,
      groupYear: 2023,
    });
    expect(r?.title).toBe(title);
    expect(r?.authors).toEqual(['Christopher Howard', 'Hayden Jananthan', 'Jeremy Kepner']);
  });

  it('does not take a sentence after the names for a venue', () => {
    const title = 'Temporal fingerprints: Identity matching across fully encrypted domains';
    const r = parseReference(
      `${title}. Shahar Somin, Keeley Erhardt. We study the matching of identities. The conference version is longer.`,
      { title, groupYear: 2024 },
    );
    expect(r?.venue).toBeUndefined();
  });
});
