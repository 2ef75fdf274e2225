/**
 * The reference-string parser on CS researchers' pages (the former heldout43 pages, study14s): a bracketed venue tag
 * before the names (cshi), a title line that closes with its venue and year after a dash (gailweiss), a family name that
 * is also an English word and an initial whose dot is a combining mark (acun). Each string as the page writes it; fields
 * read off it by eye.
 */
import { describe, expect, it } from 'vitest';
import { parseReference, readAuthorBlock } from '../../lib/text/reference';

const pick = (s: string, title?: string) => {
  const r = parseReference(s, title ? { title } : {});
  return r && { title: r.title, authors: r.authors, year: r.year, venue: r.venue };
};

describe('a bracketed venue tag before the names (cshi)', () => {
  it('"[ICML 2026] Names, “Title”, Venue, July 2026": the names, the quoted title and the venue the entry writes out', () => {
    expect(
      pick(
        '[ICML 2026] D. Wu, C. Shi, J. Yang, and C. Shen, “f-Divergence Regularized RLHF: Two Tales of Sampling and Unified Analyses”, The Forty-Third International Conference on Machine Learning, July 2026',
      ),
    ).toEqual({
      title: 'f-Divergence Regularized RLHF: Two Tales of Sampling and Unified Analyses',
      authors: ['D. Wu', 'C. Shi', 'J. Yang', 'C. Shen'],
      year: 2026,
      venue: 'The Forty-Third International Conference on Machine Learning',
    });
  });

  it('"[TMLR]", "[IEEE TSP]": an acronym tag without a year', () => {
    expect(
      pick(
        '[TMLR] C. Shi, R. Zhou, K. Yang, and C. Shen, “Harnessing the Power of Federated Learning in Federated Contextual Bandits”, Transactions on Machine Learning Research, July 2024',
      ),
    ).toMatchObject({
      title: 'Harnessing the Power of Federated Learning in Federated Contextual Bandits',
      authors: ['C. Shi', 'R. Zhou', 'K. Yang', 'C. Shen'],
      year: 2024,
    });
    expect(
      pick(
        '[IEEE TSP] C. Shi and C. Shen, “Multi-player Multi-armed Bandits with Collision-Dependent Reward Distributions”, IEEE Transactions on Signal Processing, vol. 69, pp. 4385–4402, July 2021',
      ),
    ).toMatchObject({ authors: ['C. Shi', 'C. Shen'], year: 2021, venue: 'IEEE Transactions on Signal Processing' });
  });

  it('the tag dates an entry that writes no year of its own, and gives its venue', () => {
    expect(pick('[NeurIPS 2024] S. Wang, Z. Chen, C. Shi, “Mixture of Demonstrations for In-Context Learning”')).toMatchObject({
      title: 'Mixture of Demonstrations for In-Context Learning',
      authors: ['S. Wang', 'Z. Chen', 'C. Shi'],
      year: 2024,
      venue: 'NeurIPS',
    });
  });

  it('a link label in brackets is no venue tag', () => {
    expect(pick('[PDF] D. Wu, C. Shi, “Greedy Sampling Is Provably Efficient For RLHF”, NeurIPS, Dec. 2025')?.venue).not.toBe('PDF');
  });
});

describe('a title line that closes with its venue and year after a dash (gailweiss)', () => {
  it('"Title – NeurIPS 2023" over the names: the title stops at the dash, the venue and year are the tag', () => {
    const title = 'RECKONING: Reasoning through Dynamic Knowledge Encoding – NeurIPS 2023';
    expect(pick(`${title}\nZeming Chen, Gail Weiss, Eric Mitchell, Asli Celikyilmaz, Antoine Bosselut.\nPDF // Github`, title)).toEqual({
      title: 'RECKONING: Reasoning through Dynamic Knowledge Encoding',
      authors: ['Zeming Chen', 'Gail Weiss', 'Eric Mitchell', 'Asli Celikyilmaz', 'Antoine Bosselut'],
      year: 2023,
      venue: 'NeurIPS',
    });
  });

  it('"Title – Technion 2023 (PhD Thesis)": a note after the year goes with the tag; the talk years below date nothing', () => {
    const title = 'Synthesizing Context-free Grammars from Recurrent Neural Networks – TACAS 2021';
    expect(pick(`${title}\nDaniel Yellin, Gail Weiss.\nPDF // Github // 20 min talk (TACAS 2021): Slides and Talk`, title)).toMatchObject({
      title: 'Synthesizing Context-free Grammars from Recurrent Neural Networks',
      year: 2021,
    });
    const thesis = 'Neural Sequence Models: A Formal Lens – Technion 2023 (PhD Thesis)';
    expect(pick(`${thesis}\nGail Weiss.\nPDF // Seminar slides // Faculty link`, thesis)).toMatchObject({
      title: 'Neural Sequence Models: A Formal Lens',
      authors: ['Gail Weiss'],
      year: 2023,
    });
  });

  it('a span of dates after a dash is no venue ("… (Oct 2019 – Sept 2020)")', () => {
    const r = pick('A. Smith, B. Jones. Work on Bandit Feedback for Online Learning – Sept 2020. Journal of Things, 2021.');
    expect(r?.title).toBe('Work on Bandit Feedback for Online Learning – Sept 2020');
  });
});

describe('names the rules did not know (acun)', () => {
  it('"F. Can": a Turkish family name that is also an English word, after initials', () => {
    expect(readAuthorBlock('B. Acun, A. Başpınar, E. Oğuz, F. Can', 'given')?.names).toEqual([
      'B. Acun',
      'A. Başpınar',
      'E. Oğuz',
      'F. Can',
    ]);
    // Not a title's words: "Can" after a word that is no initial.
    expect(readAuthorBlock('How Can', 'given')).toBeNull();
  });

  it('"M.İ. Saraç" typed decomposed (İ as I and a combining dot): the initials read as initials', () => {
    const decomposed = 'B. Acun, A. Başpınar, E. Og\u0306uz, M.I\u0307. Sarac\u0327';
    expect(readAuthorBlock(decomposed, 'given')?.names).toEqual(['B. Acun', 'A. Başpınar', 'E. Og\u0306uz', 'M.I\u0307. Sarac\u0327']);
  });
});
