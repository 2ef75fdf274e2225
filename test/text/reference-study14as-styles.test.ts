/**
 * The reference-string parser on styles of the former heldout62 / heldout63 pages (study14as), each on an entry as the
 * page writes it. Expected fields read off the strings by eye.
 */
import { describe, expect, it } from 'vitest';
import { parseReference } from '../../lib/text/reference';

const pick = (s: string, hints = {}) => {
  const r = parseReference(s, hints);
  return r && { title: r.title, authors: r.authors, year: r.year, venue: r.venue };
};

describe('"Title, Venue, 2024." over "Names." (a JabRef-export-like page: the author line under the citation)', () => {
  it('reads the names under the citation, and the IEEE conference name that opens with its year and edition', () => {
    expect(
      pick(
        'A segmentation network based on residual blocks and multi-channel images, 2024 3rd International Conference on Image Processing and Media Computing, 2024.\nJingli Gao, Mengya Zhang,Li Ma,Miao Huang, Zhen Li.',
      ),
    ).toEqual({
      title: 'A segmentation network based on residual blocks and multi-channel images',
      authors: ['Jingli Gao', 'Mengya Zhang', 'Li Ma', 'Miao Huang', 'Zhen Li'],
      year: 2024,
      venue: '2024 3rd International Conference on Image Processing and Media Computing',
    });
  });

  it('a journal with its issue and pages', () => {
    expect(
      pick(
        'A comprehensive social matrix factorization for recommendations with prediction and feedback mechanisms by fusing trust relationships and social tags, Soft Computing, 2022, (8): 1-18.\nRui Chen, Jianwei Zhang, Zhifeng Zhang, Yanshuo Chang, Jingli Gao, Pu Li, Hui Liang.',
      ),
    ).toMatchObject({
      title:
        'A comprehensive social matrix factorization for recommendations with prediction and feedback mechanisms by fusing trust relationships and social tags',
      authors: ['Rui Chen', 'Jianwei Zhang', 'Zhifeng Zhang', 'Yanshuo Chang', 'Jingli Gao', 'Pu Li', 'Hui Liang'],
      year: 2022,
      venue: 'Soft Computing',
    });
  });
});

describe('"[date] Our paper (Names) “Title” has been accepted by Venue" (a list of the owner’s papers written as news)', () => {
  it('reads the names in parentheses, the quoted title, the venue after "accepted by" and the year of the date', () => {
    expect(
      pick(
        '[24 June 2023] Our paper (Qiming Bao, Gaël Gendron, Alex Peng, Wanjun Zhong, Neset Tan, Yang Chen, Michael Witbrock and Jiamou Liu)\n"A Systematic Evaluation of Large Language Models on Out-of-Distribution Logical Reasoning Tasks" has been accepted by LLM@IJCAI\'23 [Paper link] [Source code].',
      ),
    ).toEqual({
      title: 'A Systematic Evaluation of Large Language Models on Out-of-Distribution Logical Reasoning Tasks',
      authors: ['Qiming Bao', 'Gaël Gendron', 'Alex Peng', 'Wanjun Zhong', 'Neset Tan', 'Yang Chen', 'Michael Witbrock', 'Jiamou Liu'],
      year: 2023,
      venue: "LLM@IJCAI'23",
    });
  });

  it('a mark after the owner’s name is no part of it', () => {
    expect(
      pick(
        '[15 March 2024] Our paper (Qianqian Qi, Qiming Bao*, Alex Yuxuan Peng, Jiamou Liu and Michael Witbrock)\n"Enhancing Data Augmentation with Knowledge-Enriched Data Generation via Dynamic Prompt-Tuning Method" has been accepted by IJCNN 2024.',
      )?.authors,
    ).toEqual(['Qianqian Qi', 'Qiming Bao', 'Alex Yuxuan Peng', 'Jiamou Liu', 'Michael Witbrock']);
  });

  it('not a quotation after a parenthesis that names no one', () => {
    expect(pick('Our workshop (Room 204) "Reasoning with Large Language Models Today" starts at noon.')).toBeNull();
  });
});

describe('"Title, Full Name, Full Name, 22nd ACM Conference …, City, Country, 2017" (title first, no quotes)', () => {
  it('a three-word name before the ordinal that opens the venue is the last author', () => {
    expect(
      pick(
        "Graspan: A Single-machine Disk-based Graph System for Interprocedural Static Analyses of Large-scale Systems Code, Kai Wang, Aftab Hussain, Zhiqiang Zuo, Guoqing Xu, Ardalan Amiri Sani, 22nd ACM International Conference on Architectural Support for Programming Languages and Operating Systems (ASPLOS '17'), Xi'an, China, 2017",
      )?.authors,
    ).toEqual(['Kai Wang', 'Aftab Hussain', 'Zhiqiang Zuo', 'Guoqing Xu', 'Ardalan Amiri Sani']);
  });

  it('"Md." (Muhammad) opens a name, it ends no sentence', () => {
    expect(
      pick(
        'A New Hierarchical Clustering Technique for Restructuring Software at the Function level, Md. Aftab Hussain, Md. Saidur Rahman, 6th India Software Engineering Conference, New Delhi, India, 2013',
      ),
    ).toMatchObject({
      title: 'A New Hierarchical Clustering Technique for Restructuring Software at the Function level',
      authors: ['Md. Aftab Hussain', 'Md. Saidur Rahman'],
      year: 2013,
    });
  });
});

describe('a meeting that lists its topics with commas ("Conference on Control, Robotics and Cybernetics")', () => {
  it('is one venue, not the end of the title', () => {
    expect(
      pick(
        'A unified binary classification network for weld image detection, 2023 8th International Conference on Control, Robotics and Cybernetics, 2023.\nJingli Gao, Mengya Zhang,Li Ma,Miao Huang, Zhen Li.',
      ),
    ).toMatchObject({
      title: 'A unified binary classification network for weld image detection',
      venue: '2023 8th International Conference on Control, Robotics and Cybernetics',
      year: 2023,
    });
  });
});

describe('an edition opening the venue ends given-first names only', () => {
  it('a book’s title before "11th International Workshop" is no list of names (ronse)', () => {
    expect(
      pick(
        'C. Ronse: Flat morphological operators on arbitrary power lattices. Geometry, Morphology, and Computational Imaging, 11th International Workshop on Theoretical Foundations of Computer Vision, Dagstuhl Castle, Germany, April 7-12, 2002, Revised Papers (T. Asano, R. Klette & C. Ronse, eds.), LNCS, Vol. 2616, Springer (2003), pp. 1-21.',
      ),
    ).toMatchObject({ title: 'Flat morphological operators on arbitrary power lattices', authors: ['C. Ronse'] });
  });
});
