import { execFileSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { type Candidate, PageScan } from '../../lib/model';
import { parseVisibleText } from '../../lib/text/parse';
import { fixtureText } from '../helpers';
import { cliCommand } from '../support/cli';

/** A fixed viewing day: dates shown without a year ("Feb 5", "Jan 21") are in 2026. */
const VIEWED = new Date('2026-03-01T12:00:00Z');

function scan(file: string, url: string): PageScan {
  const result = parseVisibleText(fixtureText(`seeds/${file}`), new URL(url), VIEWED);
  // What the background will accept: the scan passes the same schema as a content script's.
  return PageScan.parse(result);
}

function byTitle(entries: Candidate[], title: string): Candidate {
  const found = entries.find((e) => e.title === title);
  if (!found) throw new Error(`no entry titled ${title}`);
  return found;
}

describe('seed 000: al-folio lab page, title, authors and venue run together', () => {
  const { entries, kind } = scan('000_a52d82ecbaf123f5.txt', 'https://lab.example.edu/publications/');
  it('has all 6 entries and nothing from the page header', () => {
    expect(entries).toHaveLength(6);
    expect(kind).toBe('lab');
    expect(entries.map((e) => e.title)).not.toContain('publications');
  });
  it('first entry: title/author and author/venue boundaries', () => {
    // "- From System 1 to System 2: A Survey of Reasoning Large Language ModelsZhong-Zhi Li, Duzhen Zhang, ... Le Song, and Cheng-Lin LiuArXiv, 2025"
    const e = entries[0]!;
    expect(e.title).toBe('From System 1 to System 2: A Survey of Reasoning Large Language Models');
    expect(e.authors).toHaveLength(20);
    expect(e.authors[0]).toBe('Zhong-Zhi Li');
    expect(e.authors.slice(-2)).toEqual(['Le Song', 'Cheng-Lin Liu']);
    expect(e.authorsTruncated).toBe(false);
    expect(e.venue).toBe('ArXiv');
    expect(e.year).toBe(2025);
    expect(e.abstract?.startsWith('Achieving human-level intelligence requires refining the transition')).toBe(true);
  });
  it('markers stripped from names; two-word venue', () => {
    // "...Gradient ReweightingZhiwei Li*, Yuesen Liao*, Binrui Wu, ... and Weizhong ZhangNeurIPS, 2025"
    const e = entries[1]!;
    expect(e.title).toBe('Computation and Memory-Efficient Model Compression with Gradient Reweighting');
    expect(e.authors.slice(0, 2)).toEqual(['Zhiwei Li', 'Yuesen Liao']);
    expect(e.authors.at(-1)).toBe('Weizhong Zhang');
    expect(e.venue).toBe('NeurIPS');
    // "...Evaluations in LLMsYingjia Wan, ... and Zhijiang GuoEMNLP Findings, 2025"
    const fastfact = byTitle(entries, 'FaStFact: Faster, Stronger Long-Form Factuality Evaluations in LLMs');
    expect(fastfact.authors[0]).toBe('Yingjia Wan');
    expect(fastfact.authors).toHaveLength(12);
    expect(fastfact.venue).toBe('EMNLP Findings');
  });
  it('last entry, under the 2024 heading', () => {
    const e = entries[5]!;
    expect(e.title).toBe('Low Precision Local Training is Enough for Federated Learning');
    expect(e.authors).toEqual(['Zhiwei Li', 'Yiqiu Li', 'Binbin Lin', 'Zhongming Jin', 'Weizhong Zhang']);
    expect(e.year).toBe(2024);
    expect(e.abstract?.endsWith('Code is released at https://github.com/digbangbang/LPT-FL.')).toBe(true);
  });
});

describe('seed 001: Scholar Feed author profile', () => {
  const result = scan('001_f7551f6496b551bf.txt', 'https://www.scholarfeed.org/author/1');
  const { entries } = result;
  it('has all 29 entries ("29 Papers") and the profile header as context', () => {
    expect(entries).toHaveLength(29);
    expect(result.kind).toBe('profile');
    // "Yuhui Xu / LG / h-index35 / 29papers / 1,955citations / Novelty52% / AI Score63"
    expect(result.context).toEqual({
      name: 'Yuhui Xu',
      stats: { category: 'LG', hIndex: 35, papers: 29, citations: 1955, novelty: '52%', aiScore: 63 },
    });
  });
  it('first entry: category, date, Code badge, et al., organisations', () => {
    // "LGSep 26, 2023Code" / "QA-LoRA: ..." / "Yuhui Xu, Lingxi Xie, Xiaotao Gu et al. · salesforce, tsinghua"
    expect(entries[0]).toMatchObject({
      title: 'QA-LoRA: Quantization-Aware Low-Rank Adaptation of Large Language Models',
      authors: ['Yuhui Xu', 'Lingxi Xie', 'Xiaotao Gu'],
      authorsTruncated: true,
      date: '2023-09-26',
      year: 2023,
      signals: { category: 'LG', hasCode: true, orgs: ['salesforce', 'tsinghua'] },
    });
    expect(entries[0]!.abstract?.startsWith('Recently years have witnessed a rapid development')).toBe(true);
  });
  it('a date without a year is in the viewing year; no Code badge means no code', () => {
    // "CRFeb 5" / "Visual Exclusivity Attacks: ..." / "Yunbei Zhang, Yingqiang Ge, Weijie Xu et al. · amazon-science"
    expect(entries[2]).toMatchObject({
      title: 'Visual Exclusivity Attacks: Automatic Multimodal Red Teaming via Agentic Planning',
      date: '2026-02-05',
      signals: { category: 'CR', hasCode: false, orgs: ['amazon-science'] },
    });
  });
  it('title-case titles that read like names are still titles', () => {
    // "LGFeb 20, 2025" / "Reward Models Identify Consistency, Not Causality" / "Yuhui Xu, Hanze Dong, Lei Wang et al. · salesforce"
    expect(byTitle(entries, 'Reward Models Identify Consistency, Not Causality')).toMatchObject({
      authors: ['Yuhui Xu', 'Hanze Dong', 'Lei Wang'],
      date: '2025-02-20',
    });
    const long = byTitle(
      entries,
      'Not All Experts are Equal: Efficient Expert Pruning and Skipping for Mixture-of-Experts Large Language Models',
    );
    expect(long.authors).toEqual(['Xudong Lu', 'Qi Liu', 'Yuhui Xu']);
  });
  it('last entry has no organisations', () => {
    // "LGMar 6, 2018" / "Deep Neural Network Compression with Single and Multiple Level Quantization" / "Yuhui Xu, Yongzhuang Wang, Aojun Zhou et al."
    const e = entries[28]!;
    expect(e).toMatchObject({
      title: 'Deep Neural Network Compression with Single and Multiple Level Quantization',
      date: '2018-03-06',
      authorsTruncated: true,
    });
    expect(e.authors).toEqual(['Yuhui Xu', 'Yongzhuang Wang', 'Aojun Zhou']);
    expect(e.signals?.orgs).toBeUndefined();
  });
});

describe('seed 002: Hugging Face papers search', () => {
  const result = scan('002_2a67ddc0869b5f39.txt', 'https://huggingface.co/papers?q=reasoning');
  const { entries } = result;
  it('has all 62 entries and none from the page chrome', () => {
    expect(entries).toHaveLength(62);
    const titles = entries.map((e) => e.title);
    for (const chrome of [
      'new',
      'Subscribe',
      'Daily Papers',
      'Get trending papers in your email inbox!',
      'byAK and the research community',
    ])
      expect(titles).not.toContain(chrome);
    expect(result.context).toEqual({ date: '2026-01-30', query: 'reasoning' });
  });
  it('first entry: "• 9 authors" is a count without names; "Jan 21, 2025 2" is date and upvotes', () => {
    const e = entries[0]!;
    expect(e).toMatchObject({
      title: 'O1-Pruner: Length-Harmonizing Fine-Tuning for O1-Like Reasoning Pruning',
      authors: [],
      authorsTruncated: true,
      authorCount: 9,
      date: '2025-01-21',
    });
    expect(e.signals).toEqual({ upvotes: 2 });
    expect(e.abstract?.startsWith("Recently, long-thought reasoning LLMs, such as OpenAI's O1")).toBe(true);
  });
  it('organisations in place of authors ("LAMDA-NeSy NJU-IRP" / "·" / "Oct 17, 2025 7")', () => {
    expect(entries[1]).toMatchObject({
      title: 'A Theoretical Study on Bridging Internal Probability and Self-Consistency for LLM Reasoning',
      date: '2025-10-17',
      signals: { orgs: ['LAMDA-NeSy NJU-IRP'], upvotes: 7 },
    });
    expect(entries[1]!.authorCount).toBeUndefined();
  });
  it('an entry with no author or date lines', () => {
    const e = byTitle(entries, 'DeepPrune: Parallel Scaling without Inter-trace Redundancy');
    expect(e.date).toBeUndefined();
    expect(e.authorCount).toBeUndefined();
    expect(e.abstract?.startsWith('Parallel scaling has emerged as a powerful paradigm')).toBe(true);
  });
  it('a date without a year, with upvotes ("Jan 21 1")', () => {
    expect(byTitle(entries, 'FARE: Fast-Slow Agentic Robotic Exploration')).toMatchObject({
      authorCount: 9,
      date: '2026-01-21',
      signals: { upvotes: 1 },
    });
  });
  it('long titles are titles, and the last entry', () => {
    expect(
      byTitle(entries, 'A Survey of Frontiers in LLM Reasoning: Inference Scaling, Learning to Reason, and Agentic Systems').authorCount,
    ).toBe(12);
    expect(entries[61]).toMatchObject({
      title:
        'Proceedings of the First International Workshop on Next-Generation Language Models for Knowledge Representation and Reasoning (NeLaMKRR 2024)',
      authorCount: 5,
      date: '2024-10-06',
    });
  });
});

describe('seed 003: another Hugging Face search', () => {
  const { entries } = scan('003_59d0f46de37cf423.txt', 'https://huggingface.co/papers?q=pruning');
  it('has all 43 entries', () => expect(entries).toHaveLength(43));
  it('first entry has no author or date lines', () => {
    // "May 12" (the view's date) / "On the Limits of Layer Pruning for Generative Reasoning in LLMs" / abstract / next title
    const e = entries[0]!;
    expect(e.title).toBe('On the Limits of Layer Pruning for Generative Reasoning in LLMs');
    expect(e.date).toBeUndefined();
    expect(e.signals).toBeUndefined();
  });
  it('"• 1 authors" and a date without a year', () => {
    // "The Last Word Often Wins: ..." / "• 1 authors" / "·" / "May 10"
    expect(byTitle(entries, 'The Last Word Often Wins: A Format Confound in Chain-of-Thought Corruption Studies')).toMatchObject({
      authorCount: 1,
      authors: [],
      date: '2025-05-10',
    }); // "May 10" seen on 2026-03-01: last year's May
  });
  it('last entries', () => {
    expect(byTitle(entries, 'ARMOR: High-Performance Semi-Structured Pruning via Adaptive Matrix Factorization').date).toBeUndefined();
    expect(entries[42]).toMatchObject({
      title: 'Is Complexity Required for Neural Network Pruning? A Case Study on Global Magnitude Pruning',
      authorCount: 8,
      date: '2022-09-29',
    });
  });
});

describe('seed 004: Scholar Feed compact list, title and authors glued', () => {
  const { entries } = scan('004_20b9b9616c56fa36.txt', 'https://www.scholarfeed.org/author/2');
  it('has all 25 entries', () => expect(entries).toHaveLength(25));
  it('first entry: boundary found, organisation after "·", no meta line', () => {
    // "PB-LLM: Partially Binarized Large Language ModelsYuzhang Shang, Zhihang Yuan, Qiang Wu et al. · berkeley"
    expect(entries[0]).toMatchObject({
      title: 'PB-LLM: Partially Binarized Large Language Models',
      authors: ['Yuzhang Shang', 'Zhihang Yuan', 'Qiang Wu'],
      authorsTruncated: true,
      signals: { orgs: ['berkeley'] },
    });
    expect(entries[0]!.date).toBeUndefined();
  });
  it('leading score, category and date', () => {
    // "12.8CVSep 19, 2024" / "Interpolating Video-LLMs: Toward Longer-sequence LMMs in a Training-free MannerYuzhang Shang, Bingxin Xu, Weitai Kang et al."
    expect(byTitle(entries, 'Interpolating Video-LLMs: Toward Longer-sequence LMMs in a Training-free Manner')).toMatchObject({
      authors: ['Yuzhang Shang', 'Bingxin Xu', 'Weitai Kang'],
      date: '2024-09-19',
      signals: { score: 12.8, category: 'CV', hasCode: false },
    });
  });
  it('a complete author list (no "et al.") and a title with digits', () => {
    // "19.2LGDec 27, 2023" / "MIM4DD: Mutual Information Maximization for Dataset DistillationYuzhang Shang, Zhihang Yuan, Yan Yan"
    expect(byTitle(entries, 'MIM4DD: Mutual Information Maximization for Dataset Distillation')).toMatchObject({
      authors: ['Yuzhang Shang', 'Zhihang Yuan', 'Yan Yan'],
      authorsTruncated: false,
      signals: { score: 19.2 },
    });
    expect(
      byTitle(entries, 'PTQ1.61: Push the Real Limit of Extremely Low-Bit Post-Training Quantization Methods for Large Language Models')
        .authors[0],
    ).toBe('Jiaqi Zhao');
  });
  it('last entry', () => {
    // "15.5LGAug 29, 2021" / "Lipschitz Continuity Guided Knowledge DistillationYuzhang Shang, Bin Duan, Ziliang Zong et al."
    expect(entries[24]).toMatchObject({
      title: 'Lipschitz Continuity Guided Knowledge Distillation',
      date: '2021-08-29',
      signals: { score: 15.5, category: 'LG' },
    });
    expect(entries[24]!.abstract?.startsWith('Knowledge distillation has become one of the most important')).toBe(true);
  });
});

describe('the CLI on seed texts', () => {
  const root = fileURLToPath(new URL('../../', import.meta.url));
  // The CLI's output goes to a file: a pipe would be cut at 64 KiB when the CLI exits (see the report).
  function cli(file: string, url: string): PageScan {
    const out = join(mkdtempSync(join(tmpdir(), 'papershelf-cli-')), 'scan.json');
    const fd = openSync(out, 'w');
    try {
      execFileSync(...cliCommand('extract', `test/fixtures/seeds/${file}`, '--url', url, '--viewed', '2026-03-01'), {
        cwd: root,
        stdio: ['ignore', fd, 'pipe'],
      });
    } finally {
      closeSync(fd);
    }
    return PageScan.parse(JSON.parse(readFileSync(out, 'utf8')));
  }
  it('prints every entry of the al-folio and Hugging Face seeds', () => {
    expect(cli('000_a52d82ecbaf123f5.txt', 'https://lab.example.edu/publications/').entries).toHaveLength(6);
    const hf = cli('002_2a67ddc0869b5f39.txt', 'https://huggingface.co/papers?q=reasoning');
    expect(hf.entries).toHaveLength(62);
    expect(hf.entries[0]!.date).toBe('2025-01-21');
  });

  it('prints all 165 entries of the five seeds, the same scan the side panel paste box makes', () => {
    const seeds: [string, string, number][] = [
      ['000_a52d82ecbaf123f5.txt', 'https://lab.example.edu/publications/', 6],
      ['001_f7551f6496b551bf.txt', 'https://www.scholarfeed.org/author/1', 29],
      ['002_2a67ddc0869b5f39.txt', 'https://huggingface.co/papers?q=reasoning', 62],
      ['003_59d0f46de37cf423.txt', 'https://huggingface.co/papers?q=pruning', 43],
      ['004_20b9b9616c56fa36.txt', 'https://www.scholarfeed.org/author/2', 25],
    ];
    let total = 0;
    for (const [file, url, n] of seeds) {
      const out = cli(file, url);
      expect(out.entries, file).toHaveLength(n);
      expect(out, file).toEqual(scan(file, url));
      total += out.entries.length;
    }
    expect(total).toBe(165);
  }, 60_000);
});
