/**
 * Reference styles of the former heldout81 pages (study14br), from real entries of those pages: what the text reader
 * (a reader's selection) must read and what it must leave alone.
 */
import { describe, expect, it } from 'vitest';
import { opensWithNamesAndDate, parseReference, readAuthorBlock } from '../../lib/text/reference';
import { parsePublicationListText } from '../../lib/text/publist';

const scan = (text: string) => parsePublicationListText(text, new URL('https://lab.example.org/'), new Date('2026-12-07'));

describe('a section of talks opened by a talk of one speaker (lllab-publications)', () => {
  const papers = [
    'Refereed Conference Papers',
    'Montag, J. L. (2020). New insights from daylong audio transcripts of children’s language environments. In Proceedings of the 41st Annual Conference of the Cognitive Science Society (pp. 1030-1035).',
    '',
    'Rubin, T., Kievit-Kylar, B., Willits, J. A., & Jones, M. N. (2014). Organizing the space and behavior of semantic models. In Proceedings of the 32nd Annual Conference of the Cognitive Science Society.',
    '',
    'Willits, J. A., & Jones, M. N. (2013). Learning the structure of the lexicon from child-directed speech. In Proceedings of the 35th Annual Conference of the Cognitive Science Society.',
    '',
  ];
  const talks = [
    'Talks & Presentations',
    'Montag, J. L. (2018) Assessing reading experience in heritage Spanish-speaking undergraduates. Talk presented at the 3rd International Conference on Heritage/Community Languages, Los Angeles, CA.',
    '',
    'Mech, E. N., Montag, J.L., Kroll, J. F. (2018). The consequences of bilingualism for category learning. Poster presented at the 2018 International Conference on Learning and Memory, Huntington Beach, California.',
    '',
    'Sarkis, J. T., Montag, J. L., & Kroll, J. F. (2018). The effect of lexical accessibility on Spanish-English codeswitching. Poster presented at the 30th Annual CUNY Conference on Human Sentence Processing, Davis, CA.',
    '',
  ];
  const preprints = [
    'Unpublished arXiv Papers and Pre-prints',
    'Huebner, P. A., & Willits, J. A. (2018). Order matters: Developmentally plausible acquisition of lexical categories. arXiv preprint arXiv:1806.06046.',
  ];

  it('leaves the talks out, up to the next heading', () => {
    expect(scan(['', ...papers, ...talks, ...preprints].join('\n')).entries.map((e) => e.year)).toEqual([2020, 2014, 2013, 2018]);
    expect(scan(['', ...papers, ...talks, ...preprints].join('\n')).entries.map((e) => e.title)).not.toContain(
      'Assessing reading experience in heritage Spanish-speaking undergraduates',
    );
  });

  it('reads an APA opening of one name and its date, not a heading or a venue line', () => {
    expect(opensWithNamesAndDate('Montag, J. L. (2018) Assessing reading experience in heritage Spanish-speaking undergraduates.')).toBe(
      true,
    );
    expect(opensWithNamesAndDate('Refereed Conference Papers')).toBe(false);
    expect(opensWithNamesAndDate('Montag, J. L., Matsuki, K. 2017. The effects of word order.')).toBe(false);
  });
});

describe('a nickname in quotes within a name, Chicago author-date (fsolt-research)', () => {
  it('keeps the nickname in the name, after the given name, inverted or not', () => {
    const r = parseReference(
      'Solt, Frederick, Yue Hu, Kevan Hudson, Jungmin Song, and Dong ‘Erico’ Yu. 2017. “Economic Inequality and Class Consciousness.” Journal of Politics 79(3):1079-1083.',
    );
    expect([r?.title, r?.authors, r?.year]).toEqual([
      'Economic Inequality and Class Consciousness',
      ['Frederick Solt', 'Yue Hu', 'Kevan Hudson', 'Jungmin Song', 'Dong ‘Erico’ Yu'],
      2017,
    ]);
    const inverted = parseReference(
      'Tai, Yuehong ‘Cassandra’, Yue Hu, and Frederick Solt. 2024. “Democracy, Public Support, and Measurement Uncertainty.” American Political Science Review 118(1):512-518.',
    );
    expect([inverted?.title, inverted?.authors]).toEqual([
      'Democracy, Public Support, and Measurement Uncertainty',
      ['Yuehong ‘Cassandra’ Tai', 'Yue Hu', 'Frederick Solt'],
    ]);
  });

  it('reads no name from a quoted word opening a name or inside a title', () => {
    expect(readAuthorBlock('‘Erico’ Yu, Yue Hu', 'given')).toBeNull();
    expect(readAuthorBlock('The ‘Big’ Problem', 'given')).toBeNull();
  });
});

describe('a quoted title with commas, then "(with …)" coauthors (quantoid-research)', () => {
  it('reads the whole quoted title, not its comma parts as names', () => {
    const r = parseReference(
      '“Social Capital, Institutional Rules and Constitutional Amendment Rates” American Political Science Review [2024] 118(2): 1075-1083. (with William Blake, Joseph Cozza and Amanda Friesen)',
    );
    expect([r?.title, r?.authors, r?.year]).toEqual([
      'Social Capital, Institutional Rules and Constitutional Amendment Rates',
      ['William Blake', 'Joseph Cozza', 'Amanda Friesen'],
      2024,
    ]);
  });

  it('still reads names right after a quoted title as the authors', () => {
    const r = parseReference(
      '“Partisan Sorting and Canadian Politics,” D. Armstrong, J. Lucas, and Z. Taylor, Canadian Journal of Political Science 55(1): 1-20, 2022.',
    );
    expect(r?.authors).toEqual(['D. Armstrong', 'J. Lucas', 'Z. Taylor']);
  });
});
