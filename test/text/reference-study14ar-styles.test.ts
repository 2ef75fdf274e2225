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

describe('a hand-written CS page\'s "Names. Title, Venue’22 (accepted)." (beiyulin)', () => {
  it('a meeting\'s abbreviated year ("Computing’22") dates the part the title ends before', () => {
    const r = parseReference(
      'Louis Barbier, Beiyu Lin. Unsupervised Learning for Extreme Space Weather Detection, Posters and Demos ACM/IEEE Symposium on Edge Computing’22 (accepted).',
      { groupYear: 2022 },
    );
    expect(r?.title).toBe('Unsupervised Learning for Extreme Space Weather Detection');
    expect(r?.authors).toEqual(['Louis Barbier', 'Beiyu Lin']);
    expect(r?.venue).toBe('Posters and Demos ACM/IEEE Symposium on Edge Computing’22');
  });

  it('"has been accepted as … at" opens the part after the title', () => {
    const r = parseReference(
      "Yibo Huangfu, Nathan Lima, Patrick O'Keeffe, Beiyu Lin, Diane J. Cook, Von P. Walden, William M. Kirk, Shelley N. Pressley, Brian K. Lamb, Bertram T. Jobson. Indoor air toxic gases levels in a net-zero energy house under multiple ven-tilation system settings, has been accepted as a podium presentation at INDOOR AIR 2018, the 15th Conference of the International Society of Indoor Air Quality and Climate (ISIAQ).",
      { groupYear: 2018 },
    );
    expect(r?.title).toBe('Indoor air toxic gases levels in a net-zero energy house under multiple ven-tilation system settings');
    expect(r?.authors).toHaveLength(10);
    expect(r?.year).toBe(2018);
  });

  it('names inverted, then given first, in one list ("Meng, G., Jiang, Q., Fu, K. , B. Lin, C. Lu, and Z. Chen")', () => {
    const r = parseReference(
      'Meng, G., Jiang, Q., Fu, K. , B. Lin, C. Lu, and Z. Chen. Early forecast of traffic accident impact based on a single-snapshot observation. AAAI Student Poster Session, 2022.',
    );
    expect(r?.title).toBe('Early forecast of traffic accident impact based on a single-snapshot observation');
    expect(r?.authors).toEqual(['G. Meng', 'Q. Jiang', 'K. Fu', 'B. Lin', 'C. Lu', 'Z. Chen']);
    expect(r?.year).toBe(2022);
  });
});
