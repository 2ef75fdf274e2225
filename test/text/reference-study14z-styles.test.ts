import { describe, expect, it } from 'vitest';
import { parseReference } from '../../lib/text/reference';

/** Classes of the former heldout51 pages (computer science and engineering researchers' pages), study14z. */

describe('"Title — Names — Venue": parts set apart with spaced dashes (schrottenloher)', () => {
  it('reads the title, the names between the dashes and the venue after them', () => {
    const r = parseReference(
      'Time and Query Complexity Tradeoffs for the Dihedral Coset Problem — Maxime Remaud, André Schrottenloher, Jean-Pierre Tillich — PQCrypto 2023',
    );
    expect(r?.title).toBe('Time and Query Complexity Tradeoffs for the Dihedral Coset Problem');
    expect(r?.authors).toEqual(['Maxime Remaud', 'André Schrottenloher', 'Jean-Pierre Tillich']);
    expect(r?.year).toBe(2023);
    expect(r?.venue).toBe('PQCrypto');
  });

  it('reads the same entry with its linked title marked', () => {
    const r = parseReference('Quantum Linear Attacks using the QFT — André Schrottenloher — CRYPTO 2023', {
      title: 'Quantum Linear Attacks using the QFT',
    });
    expect(r?.authors).toEqual(['André Schrottenloher']);
    expect(r?.venue).toBe('CRYPTO');
  });

  it('keeps a title that reads as names when more names stand between the dashes', () => {
    const r = parseReference(
      'Quantum Boomerang Attacks and Some Applications — Paul Frixons, María Naya-Plasencia, André Schrottenloher — SAC 2021',
    );
    expect(r?.title).toBe('Quantum Boomerang Attacks and Some Applications');
    expect(r?.authors).toEqual(['Paul Frixons', 'María Naya-Plasencia', 'André Schrottenloher']);
  });

  it('reads spaced hyphens and an undated preprint venue', () => {
    const r = parseReference(
      'Quantum algorithm for Discrete Gaussian Sampling - Clémence Chevignard, André Schrottenloher, Yixin Shen - ePrint 2026/984',
    );
    expect(r?.title).toBe('Quantum algorithm for Discrete Gaussian Sampling');
    expect(r?.authors).toEqual(['Clémence Chevignard', 'André Schrottenloher', 'Yixin Shen']);
  });

  it('reads names that a comma ends before the venue ("Title – A, B, C, ASIACRYPT 2018.", "Title - A, PhD thesis (2021)")', () => {
    const r = parseReference(
      'Quantum Algorithms for the k-xor Problem – Lorenzo Grassi, María Naya-Plasencia, André Schrottenloher, ASIACRYPT 2018.',
    );
    expect(r?.title).toBe('Quantum Algorithms for the k-xor Problem');
    expect(r?.authors).toEqual(['Lorenzo Grassi', 'María Naya-Plasencia', 'André Schrottenloher']);
    expect(r?.year).toBe(2018);
    const thesis = parseReference(
      'Quantum Algorithms for Cryptanalysis and Quantum-safe Symmetric Cryptography - André Schrottenloher, PhD thesis (2021)',
    );
    expect(thesis?.title).toBe('Quantum Algorithms for Cryptanalysis and Quantum-safe Symmetric Cryptography');
    expect(thesis?.authors).toEqual(['André Schrottenloher']);
    expect(thesis?.year).toBe(2021);
  });

  it("does not read a spaced dash inside names or a book title as the parts' dash (vink, mian, macis)", () => {
    const vink = parseReference(
      'Peeters, M., Zondervan – Zwijnenburg, M., Vink, G., & Van Schoot, R. (2015). How to handle missing data: A comparison of different approaches. European Journal of Developmental Psychology.',
    );
    expect(vink?.title ?? '').not.toBe('Peeters, M., Zondervan');
    const mian = parseReference(
      'A. Mian, G. Ginolhac, J. -P. Ovarlez, A. Breloy and F. Pascal, "An Overview of Covariance-based Change Detection Methodologies in Multivariate SAR Image Time Series", in Change Detection and Image Time Series Analysis 1 - Unsupervised Methods, Wiley, 2021',
    );
    expect(mian?.authors ?? []).not.toEqual(['Unsupervised Methods']);
    const macis = parseReference(
      'Labor and Social Protection Institutions: Recent Trends and Impact on Development - Employment Protection, Ch. 6, pp. 93-97, in International Labor Organization World of Work Report, 2014, 14(1).',
    );
    expect(macis?.authors ?? []).not.toEqual(['Employment Protection']);
  });
});

describe('an entry hard-wrapped with line breaks, as a PDF column was (mislab)', () => {
  it('joins the lines of a quoted title and a hyphenated word with spaces, not periods', () => {
    const r = parseReference(
      'M Saraswat and K. V. Arya, “Feature selection and classifi-\ncation of leukocytes using random forest”, Medical & Biological\nEngineering & Computing, Springer, 52(12), 1041-1052, 2014.',
    );
    expect(r?.title).toBe('Feature selection and classifi- cation of leukocytes using random forest');
    expect(r?.authors).toEqual(['M Saraswat', 'K. V. Arya']);
    const facial = parseReference(
      'M Saraswat and K. V. Arya, “Automatic Facial Expression\nRecognition in an Image Sequence of Non-manual Indian Sign\nLanguage Using Support Vector Machine”, Proc. of the Int.\nConf. on Soft Computing for Problem Solving (SocProS 2011),\n267-275, 2012.',
    );
    expect(facial?.title).toBe(
      'Automatic Facial Expression Recognition in an Image Sequence of Non-manual Indian Sign Language Using Support Vector Machine',
    );
  });
});

describe('the kind of work before a title ("Paper: Title", "PhD thesis: Title")', () => {
  it('leaves the label out of the title', () => {
    const r = parseReference('Paper: Munchausen iteration\nR. Meyer and S. Muskalla\nUnpublished; Preprint available as arXiv 1605.00422');
    expect(r?.title).toBe('Munchausen iteration');
  });
});

describe("an award line between an entry's parts (liyanage)", () => {
  it('leaves the award out and reads the title, venue and names around it', () => {
    const r = parseReference(
      'EEG Based Brain-Computer Interface for Inner Speech Classification\n🏆 Best Paper Award in Biomedical Engineering Track\nMoratuwa Engineering Research Conference 2024 (MERCon 2024)\nPraveen Dhananjaya, Isurika Adikari, Sumudu Lakmali, Isuri Devindi, Sashini Liyanage, Mahanama Wickramasinghe, Theekshana Dissanayake, Roshan Ragel, Isuru Nawinne\nContribution: Writing - Review & Editing, Visualization\ndoi: 10.1109/MERCon63886.2024.10688451',
    );
    expect(r?.title).toBe('EEG Based Brain-Computer Interface for Inner Speech Classification');
    expect(r?.authors).toHaveLength(9);
    expect(r?.year).toBe(2024);
  });
});
