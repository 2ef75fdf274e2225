// Entries whose fields are separated by commas only (computer-science, physics and geoscience homepages): the names end
// at the comma before a sentence-like part, that part is the title, the venue follows (bueler-research, paolo-pubs).
import { describe, expect, it } from 'vitest';
import { isOffTopicHeading } from '../../lib/text/common';
import { parseReference } from '../../lib/text/reference';

describe('comma-separated fields: names, a sentence-like title, the venue', () => {
  it('reads whole given names before a title and a preprint (bueler-research)', () => {
    const r = parseReference(
      'Ed Bueler and Jed Brown, The shallow shelf approximation as a "sliding law" in a thermomechanically coupled ice sheet model, preprint arXiv:0810.3449, 2008.',
    );
    expect(r?.authors).toEqual(['Ed Bueler', 'Jed Brown']);
    expect(r?.title).toBe('The shallow shelf approximation as a "sliding law" in a thermomechanically coupled ice sheet model');
    expect(r?.year).toBe(2008);
  });

  it('reads one name, and a title with its own list of words ("cold, shallow, and …")', () => {
    const one = parseReference(
      'Ed Bueler, An exact solution to the temperature equation in a column of ice and bedrock, preprint arXiv:0710.1314, 2007.',
    );
    expect(one?.authors).toEqual(['Ed Bueler']);
    expect(one?.title).toBe('An exact solution to the temperature equation in a column of ice and bedrock');
    const listed = parseReference(
      'Ed Bueler and Jed Brown, On exact solutions for cold, shallow, and thermocoupled ice sheets, preprint , 2006.',
    );
    expect(listed?.title).toBe('On exact solutions for cold, shallow, and thermocoupled ice sheets');
    expect(listed?.year).toBe(2006);
  });

  it('reads an inverted first name before given-first ones, the journal after the title (paolo-pubs)', () => {
    const r = parseReference('Paolo F.S., H.A. Fricker, L. Padman, Volume loss from Antarctic ice shelves is accelerating, Science (2015)');
    expect(r?.authors).toEqual(['F.S. Paolo', 'H.A. Fricker', 'L. Padman']);
    expect(r?.title).toBe('Volume loss from Antarctic ice shelves is accelerating');
    expect(r?.venue).toBe('Science');
    expect(r?.year).toBe(2015);
  });

  it('does not end the names before a part that opens with another name', () => {
    // "…, MR Spalinger Protein tyrosine …" and "…, Marc Axel Wollmer Is there …": a name runs into the title there.
    expect(
      parseReference(
        'E Katkeviciute, L Hering, M Scharl, MR Spalinger Protein tyrosine phosphatase nonreceptor type 2 controls colorectal cancer development, 2021',
      )?.title ?? '',
    ).not.toBe('MR Spalinger Protein tyrosine phosphatase nonreceptor type 2 controls colorectal cancer development');
  });

  it('reads a title with its own list of words after names that end with "and X," (mmelab)', () => {
    const r = parseReference(
      'Zhiting Tian, Jivtesh Garg, Keivan Esfarjani, Takuma Shiga, Junichiro Shiomi, and Gang Chen,\nPhonon conduction in PbSe, PbTe, and PbTe1−xSex from first-principles calculations,\nPhysical Review B 85(18), 184303(1-7) (2012). https://doi.org/10.1103/PhysRevB.85.184303',
    );
    expect(r?.title).toBe('Phonon conduction in PbSe, PbTe, and PbTe1−xSex from first-principles calculations');
    expect(r?.venue).toBe('Physical Review B');
    expect(r?.year).toBe(2012);
  });

  it('reads a Japanese title between names and the journal (mmelab)', () => {
    const r = parseReference(
      '寺田 行彦，志賀 拓麿,\nねじれグラフェンナノリボン熱伝導の弾道輸送解析,\n日本機械学会論文集 86(892), 20-00292(1-11) (2020). https://doi.org/10.1299/transjsme.20-00292',
    );
    expect(r?.authors).toEqual(['寺田 行彦', '志賀 拓麿']);
    expect(r?.title).toBe('ねじれグラフェンナノリボン熱伝導の弾道輸送解析');
    expect(r?.venue).toBe('日本機械学会論文集');
    expect(r?.year).toBe(2020);
  });

  it('keeps a subtitle after a comma in the title (atmoswestlake)', () => {
    const r = parseReference(
      'Lu, X., D.J. Jacob, Y. Zhang, J.D. Maasakkers, M.P. Sulprizio, L. Shen, Z. Qu, T.R. Scarpelli, H. Nesser, R.M. Yantosca, J. Sheng, A. Andrews, R.J. Parker, H. Boesch, A.A. Bloom, S. Ma, Global methane budget and trend, 2010-2017: complementarity of inverse analyses using in situ (GLOBALVIEWplus CH4 ObsPack) and satellite (GOSAT) observations, Atmos. Chem. Phys. Discuss, in review, 2020.',
    );
    expect(r?.title).toBe(
      'Global methane budget and trend, 2010-2017: complementarity of inverse analyses using in situ (GLOBALVIEWplus CH4 ObsPack) and satellite (GOSAT) observations',
    );
    expect(r?.authors).toHaveLength(16);
  });
});

describe('comma-separated fields: the names a run of whole names ends, the venue after the title', () => {
  it('reads the title after three whole names and before a preprint (bueler-research)', () => {
    const r = parseReference(
      'Ed Bueler, Craig S. Lingle, Jed A. Kallen-Brown, Computation of combined spherical-elastic and viscous-half-space earth model for ice sheet simulation, preprint arXiv:physics/0606074, 2006.',
    );
    expect(r?.authors).toEqual(['Ed Bueler', 'Craig S. Lingle', 'Jed A. Kallen-Brown']);
    expect(r?.title).toBe('Computation of combined spherical-elastic and viscous-half-space earth model for ice sheet simulation');
    expect(r?.year).toBe(2006);
  });

  it('does not take a venue’s own list of words for the title’s (acrl)', () => {
    const r = parseReference(
      'Y. Du, W. Cao, J. She, M. Wu, M. Fang, and S. Kawata, Disturbance rejection and predictive control for systems with input and output delays, IEEE Transactions on Systems, Man, and Cybernetics: Systems, 52(7), 4589-4599, Jul. 2022.',
    );
    expect(r?.title).toBe('Disturbance rejection and predictive control for systems with input and output delays');
  });

  it('ends the title at the comma before an abbreviated journal (bueler-research)', () => {
    const commun = parseReference(
      "E. A. Butcher, M. Sari, E. Bueler, and T. Carlson (2009). Magnus' expansion for time-periodic systems: parameter-dependent approximations, Commun. Nonlinear Sci. Numer. Simulat. 14, 4226--4245.",
    );
    expect(commun?.title).toBe("Magnus' expansion for time-periodic systems: parameter-dependent approximations");
    expect(commun?.venue).toMatch(/^Commun\. Nonlinear Sci\. Numer\. Simulat/);
    const siam = parseReference(
      'E. Bueler (2007). Error bounds for approximate eigenvalues of periodic-coefficient linear delay differential equations, SIAM J. Num. Analysis 45 (6), 2510--2536.',
    );
    expect(siam?.title).toBe('Error bounds for approximate eigenvalues of periodic-coefficient linear delay differential equations');
    expect(siam?.venue).toBe('SIAM J. Num. Analysis');
    const soochow = parseReference(
      'E. Bueler and I. Prokhorenkov (2002). Hodge theory and cohomology with compact supports, Soochow J. Math. 28 (1), 33--55.',
    );
    expect(soochow?.title).toBe('Hodge theory and cohomology with compact supports');
  });
});

describe('comma-separated fields: parts that do not end the names', () => {
  it('reads past a contribution note when more names follow it (aitslab, Vancouver names)', () => {
    const r = parseReference(
      'Groth-Pedersen L*, Aits S* (* shared first authorship), Corcelle-Termeau E, Petersen NH, Nylandsted J, Jaattela M. Identification of cytoskeleton-associated proteins essential for lysosomal stability and survival of human cancer cells. PLoS One 2012; 7: e45381.',
    );
    expect(r?.authors).toEqual(['L Groth-Pedersen', 'S Aits', 'E Corcelle-Termeau', 'NH Petersen', 'J Nylandsted', 'M Jaattela']);
    expect(r?.title).toBe(
      'Identification of cytoskeleton-associated proteins essential for lysosomal stability and survival of human cancer cells',
    );
  });

  it('does not take a name glued to the title by a period for the title (bcts)', () => {
    const r = parseReference(
      'Song Wu, Song Wu, Die Hu, Shadi Ibrahim, Hai Jin, Jiang Xiao, Fei Chen.When FPGA-accelerator meets Stream Data Processing in the Edge. In Proceedings of the 39th IEEE International Conference on Distributed Computing Systems (IEEE ICDCS), Dallas, USA, July 2019.',
    );
    expect(r?.title ?? '').not.toMatch(/^Fei Chen/);
  });

  it('does not take a year that opens a part for the title (kirkbright)', () => {
    const r = parseReference(
      'Campbell, D., Strasser, R. and Kirkbright, S., 1996 Survey of Victorian Rural General Practitioners in Towns Without a Hospital , Monash University Centre for Rural Health, Moe Victoria',
    );
    expect(r?.title ?? '').not.toMatch(/^1996/);
  });
});

describe('supervised theses are not the page owner’s papers (bueler-research)', () => {
  it('reads a long "Supervised theses …" heading as off-topic, not a heading that only mentions supervision', () => {
    expect(isOffTopicHeading('Supervised theses and projects by graduate students')).toBe(true);
    expect(isOffTopicHeading('Theses supervised')).toBe(true);
    expect(isOffTopicHeading('Papers with supervised students')).toBe(false);
    expect(isOffTopicHeading('Supervised learning for projects')).toBe(false);
    expect(isOffTopicHeading('Semi-Supervised Domain Generalizable Person Re-Identification')).toBe(false);
  });
});
