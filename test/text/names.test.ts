import { describe, expect, it } from 'vitest';
import { type AuthorRun, findTitleAuthorBoundary, nameLikeness, readAuthorRun, splitFusedName } from '../../lib/text/names';

/** The Scholar Feed compact form: nothing, or "· organisations", may follow the names. */
const authorLineEnd = (run: AuthorRun): boolean => run.rest === '' || run.rest.startsWith('·');

function split(line: string): [string, string[], boolean] | null {
  const found = findTitleAuthorBoundary(line, authorLineEnd);
  return found ? [found.title, found.authors.names, found.authors.truncated] : null;
}

describe('nameLikeness', () => {
  it('accepts names with hyphens, initials, particles and family-name prefixes', () => {
    for (const name of [
      'Zhong-Zhi Li',
      'Y. LeCun',
      'Pierre-Luc Bacon',
      'Ann van der Berg',
      'John McDonald',
      'J.-P. Sartre',
      'Zhiwei Li*',
      'Martin Luther King Jr.',
    ]) {
      expect(nameLikeness(name), name).toBe(1);
    }
  });
  it('rejects title fragments, acronyms and prose', () => {
    for (const text of [
      'Large language models',
      'LLMs',
      'ModelsZhong-Zhi Li',
      'Not Causality',
      'we propose a method',
      'GPT-4',
      'Reward Models Identify Consistency',
    ]) {
      expect(nameLikeness(text), text).toBeLessThan(1);
    }
  });
});

describe('findTitleAuthorBoundary', () => {
  it('splits the al-folio seed line where the title runs into the first author', () => {
    // Seed 000: "- From System 1 to System 2: A Survey of Reasoning Large Language ModelsZhong-Zhi Li, Duzhen Zhang, ..."
    expect(
      split('From System 1 to System 2: A Survey of Reasoning Large Language ModelsZhong-Zhi Li, Duzhen Zhang, Ming-Liang Zhang'),
    ).toEqual([
      'From System 1 to System 2: A Survey of Reasoning Large Language Models',
      ['Zhong-Zhi Li', 'Duzhen Zhang', 'Ming-Liang Zhang'],
      false,
    ]);
  });
  it('keeps a title ending in an acronym with a lower-case plural ("LLMs")', () => {
    expect(split('FaStFact: Faster, Stronger Long-Form Factuality Evaluations in LLMsYingjia Wan, Haochen Tan, and Zhijiang Guo')).toEqual([
      'FaStFact: Faster, Stronger Long-Form Factuality Evaluations in LLMs',
      ['Yingjia Wan', 'Haochen Tan', 'Zhijiang Guo'],
      false,
    ]);
  });
  it('keeps a title ending in an all-caps acronym ("MoE") glued to the name', () => {
    expect(split('Efficient Expert Pruning for MoEXudong Lu, Qi Liu et al. · salesforce')?.slice(0, 2)).toEqual([
      'Efficient Expert Pruning for MoE',
      ['Xudong Lu', 'Qi Liu'],
    ]);
  });
  it('keeps a title ending in a digit or a question mark', () => {
    expect(split('Scaling Laws for GPT-4Yuhui Xu, Hanze Dong et al.')).toEqual([
      'Scaling Laws for GPT-4',
      ['Yuhui Xu', 'Hanze Dong'],
      true,
    ]);
    expect(split('Is Complexity Required for Neural Network Pruning?Manas Gupta, Efe Camci et al.')?.[0]).toBe(
      'Is Complexity Required for Neural Network Pruning?',
    );
  });
  it('does not split inside camel-case title words or inside a McName', () => {
    expect(split('DeepSeek-V3 Technical ReportAixin Liu, Bei Feng et al.')?.[0]).toBe('DeepSeek-V3 Technical Report');
    expect(split('Graph NetworksJohn McDonald, Ann van der Berg')).toEqual([
      'Graph Networks',
      ['John McDonald', 'Ann van der Berg'],
      false,
    ]);
  });
  it('reads initials and hyphenated given names', () => {
    expect(split('Deep LearningY. LeCun, Y. Bengio, and G. Hinton')).toEqual([
      'Deep Learning',
      ['Y. LeCun', 'Y. Bengio', 'G. Hinton'],
      false,
    ]);
    expect(split('The Option-Critic ArchitecturePierre-Luc Bacon, Jean Harb, and Doina Precup')?.[1]).toEqual([
      'Pierre-Luc Bacon',
      'Jean Harb',
      'Doina Precup',
    ]);
  });
  it('finds nothing in a title that has no author list after it', () => {
    expect(split('Reward Models Identify Consistency, Not Causality')).toBeNull();
    expect(split('GaLore$+$: Boosting Low-Rank Adaptation for LLMs with Cross-Head Projection')).toBeNull();
  });
});

describe('author lists', () => {
  it('splits a last name fused to the venue', () => {
    // Seed 000: "... Le Song, and Cheng-Lin LiuArXiv, 2025"
    expect(splitFusedName('Cheng-Lin LiuArXiv')).toEqual(['Cheng-Lin Liu', 'ArXiv']);
    expect(splitFusedName('Weizhong ZhangNeurIPS')).toEqual(['Weizhong Zhang', 'NeurIPS']);
    expect(splitFusedName('Jane McDonaldNeurIPS')).toEqual(['Jane McDonald', 'NeurIPS']);
    expect(splitFusedName('Cheng-Lin LiuarXiv preprint')).toEqual(['Cheng-Lin Liu', 'arXiv preprint']);
  });
  it('records "et al." and "N more authors" as truncation, with the total only when shown', () => {
    expect(readAuthorRun('Yuhui Xu, Lingxi Xie, Xiaotao Gu et al. · salesforce, tsinghua')).toMatchObject({
      names: ['Yuhui Xu', 'Lingxi Xie', 'Xiaotao Gu'],
      truncated: true,
      rest: '· salesforce, tsinghua',
    });
    const more = readAuthorRun('Ashish Vaswani, Noam Shazeer, and 6 more authors');
    expect(more).toMatchObject({ names: ['Ashish Vaswani', 'Noam Shazeer'], truncated: true, count: 8 });
    expect(readAuthorRun('Yuzhang Shang, Zhihang Yuan, Yan Yan')).toMatchObject({ truncated: false, rest: '' });
    expect(readAuthorRun('Yuzhang Shang, Zhihang Yuan, Yan Yan').count).toBeUndefined();
  });
});
