/**
 * Deterministic synthetic papers for side panel tests and measurements (until lib/library/generate.ts exists).
 * Same seed -> same papers, byte for byte.
 */
import type { Paper, ReadState } from '../../lib/model';

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const GIVEN = ['Ashish', 'Noam', 'Niki', 'Jakob', 'Llion', 'Aidan', 'Lukasz', 'Illia', 'Yoshua', 'Geoffrey', 'Fei-Fei', 'Kaiming', 'Xiangyu', 'Shaoqing', 'Jian', 'Diederik', 'Jimmy', 'Ilya', 'Oriol', 'Quoc', 'Alec', 'Tim', 'Dario', 'Chelsea', 'Sergey', 'Pieter', 'Percy', 'Christopher', 'Emma', 'Hugo', 'Jean-Baptiste', 'Marie', 'Zhang', 'Wei', 'Yann', 'Léon', 'Mira', 'Sofía', 'Ola', 'Anya'];
const FAMILY = ['Vaswani', 'Shazeer', 'Parmar', 'Uszkoreit', 'Jones', 'Gomez', 'Kaiser', 'Polosukhin', 'Bengio', 'Hinton', 'Li', 'He', 'Zhang', 'Ren', 'Sun', 'Kingma', 'Ba', 'Sutskever', 'Vinyals', 'Le', 'Radford', 'Salimans', 'Amodei', 'Finn', 'Levine', 'Abbeel', 'Liang', 'Manning', 'Strubell', 'Touvron', 'Lample', 'Curie', 'Wang', 'Chen', 'LeCun', 'Bottou', 'Murati', 'Vergara', 'Nordmann', 'van der Berg'];
const WORDS = ['attention', 'transformer', 'diffusion', 'language', 'model', 'models', 'vision', 'reinforcement', 'learning', 'graph', 'neural', 'networks', 'retrieval', 'augmented', 'generation', 'scaling', 'laws', 'efficient', 'sparse', 'mixture', 'experts', 'contrastive', 'self-supervised', 'representation', 'robust', 'adversarial', 'federated', 'privacy', 'causal', 'inference', 'benchmark', 'evaluation', 'alignment', 'preference', 'optimization', 'policy', 'gradient', 'tokenization', 'multilingual', 'speech', 'audio', 'video', 'segmentation', 'detection', 'protein', 'folding', 'molecular', 'reasoning', 'chain', 'thought', 'agents', 'planning', 'memory', 'compression', 'quantization', 'distillation', 'pruning', 'kernels', 'hardware', 'compiler'];
const FILLER = ['we', 'propose', 'a', 'novel', 'method', 'for', 'the', 'and', 'show', 'that', 'it', 'outperforms', 'prior', 'work', 'on', 'several', 'tasks', 'our', 'approach', 'uses', 'with', 'results', 'experiments', 'demonstrate', 'state-of-the-art', 'performance', 'while', 'reducing', 'cost'];
const VENUES = ['NeurIPS', 'ICML', 'ICLR', 'ACL', 'EMNLP', 'CVPR', 'ICCV', 'AAAI', 'Nature', 'Science', 'JMLR', 'TMLR', 'arXiv'];
const SITES = ['huggingface', 'arxiv', 'semanticscholar', 'dblp', 'alfolio', 'openreview', 'text'];
const TAGS = ['to-read', 'survey', 'nlp', 'vision', 'rl', 'theory', 'reading-group', 'thesis', 'cite-me', 'baseline'];
const STATES: ReadState[] = ['unread', 'unread', 'unread', 'reading', 'read'];

export function generateTestPapers(n: number, seed = 1): Paper[] {
  const rand = mulberry32(seed);
  const pick = <T,>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
  const words = (k: number, from: readonly string[]) => Array.from({ length: k }, () => pick(from));
  const base = Date.UTC(2024, 0, 1);
  const papers: Paper[] = [];
  for (let i = 0; i < n; i++) {
    const titleWords = words(4 + Math.floor(rand() * 8), WORDS);
    const title = `${titleWords[0]![0]!.toUpperCase()}${titleWords.join(' ').slice(1)} ${i}`;
    const authorCount = 1 + Math.floor(rand() * 12);
    const authors = Array.from({ length: Math.min(authorCount, 10) }, () => `${pick(GIVEN)} ${pick(FAMILY)}`);
    const year = 1995 + Math.floor(rand() * 31);
    const addedAt = base + i * 60_000;
    const arxiv = `${String(year % 100).padStart(2, '0')}${String(1 + (i % 12)).padStart(2, '0')}.${String(10000 + i).padStart(5, '0')}`;
    const site = pick(SITES);
    const tags: Paper['tags'] = {};
    const tagCount = Math.floor(rand() * 3);
    for (let k = 0; k < tagCount; k++) tags[pick(TAGS)] = { on: true, t: addedAt };
    if (rand() < 0.05) tags['dropped'] = { on: false, t: addedAt + 1 };
    const abstract = Array.from({ length: 60 + Math.floor(rand() * 80) }, () => (rand() < 0.35 ? pick(WORDS) : pick(FILLER))).join(' ') + '.';
    const upvotes = site === 'huggingface' ? Math.floor(rand() * 300) : undefined;
    const citations = rand() < 0.6 ? Math.floor(rand() * 5000) : undefined;
    papers.push({
      id: `arxiv:${arxiv}`,
      title,
      authors,
      authorsTruncated: authorCount > authors.length,
      ...(authorCount > authors.length ? { authorCount } : {}),
      year,
      venue: pick(VENUES),
      abstract,
      ids: { arxiv },
      url: `https://arxiv.org/abs/${arxiv}`,
      pdf: `https://arxiv.org/pdf/${arxiv}`,
      ...(rand() < 0.3 ? { code: `https://github.com/example/repo-${i}` } : {}),
      signals: { ...(upvotes !== undefined ? { upvotes } : {}), ...(citations !== undefined ? { citations } : {}) },
      sources: [
        {
          site,
          url: `https://${site === 'text' ? 'lab.example' : `${site}.example`}/list/${i % 50}`,
          kind: 'feed',
          firstSeenAt: addedAt,
          seenAt: addedAt,
          ...(upvotes !== undefined ? { signals: { upvotes } } : {}),
        },
      ],
      tags,
      note: rand() < 0.05 ? `Note about ${pick(WORDS)} for the ${pick(TAGS)} list` : '',
      readState: pick(STATES),
      starred: rand() < 0.08,
      addedAt,
      updatedAt: addedAt,
      clock: { title: addedAt, authors: addedAt },
    });
  }
  return papers;
}
