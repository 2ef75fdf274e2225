import { describe, expect, it } from 'vitest';
import { BLOCK_MEMO_SIZE, blockMemoSize, parseReference, readAuthorBlock } from '../../lib/text/reference';

/** The author blocks the reader keeps while it reads a page (issue 14): bounded, forgotten after the read, never changed. */
describe('readAuthorBlock: the blocks kept while a page is read', () => {
  it('keeps no more than BLOCK_MEMO_SIZE blocks however many a read asks about, and none once the read is over', async () => {
    for (let i = 0; i < BLOCK_MEMO_SIZE + 500; i++) readAuthorBlock(`Wei Cai, Jean Dupont${i}`, 'given');
    expect(blockMemoSize()).toBe(BLOCK_MEMO_SIZE);
    await Promise.resolve();
    expect(blockMemoSize()).toBe(0);
  });

  it('a block read again is the same, whatever a caller did to the names it was given', () => {
    const first = readAuthorBlock('Cai, W., Dupont, J., and Smith, A. B.', 'surname-initials');
    expect(first?.names).toEqual(['W. Cai', 'J. Dupont', 'A. B. Smith']);
    first!.names.push('Someone Else');
    expect(readAuthorBlock('Cai, W., Dupont, J., and Smith, A. B.', 'surname-initials')?.names).toEqual([
      'W. Cai',
      'J. Dupont',
      'A. B. Smith',
    ]);
  });

  it('a reference with one odd name ("Xi") reads the same the second time, its blocks already kept', () => {
    const text =
      'Jiulun Cai, Hongmin Cai, Xi, Jiazhou Chen, Wei Li. Many-to-many relationships between gene-expression data and drug-response data. Bioinformatics 35(14), 2019.';
    const authors = ['Jiulun Cai', 'Hongmin Cai', 'Xi', 'Jiazhou Chen', 'Wei Li'];
    expect(parseReference(text)?.authors).toEqual(authors);
    expect(blockMemoSize()).toBeGreaterThan(0);
    expect(parseReference(text)?.authors).toEqual(authors);
  });
});
