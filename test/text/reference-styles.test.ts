/**
 * The reference-string parser on citation styles lab pages use beyond APA/IEEE/Vancouver (German "Names (Year):
 * Title, In …", GB/T 7714, Copernicus, OpenScholar Chicago …), each on entries as a real page writes them. Expected
 * fields read off the strings by eye.
 */
import { describe, expect, it } from 'vitest';
import { parseReference, readAuthorBlock } from '../../lib/text/reference';

const pick = (s: string) => {
  const r = parseReference(s);
  return r && { title: r.title, authors: r.authors, year: r.year };
};

describe('German "I. Family, I.Family (Year): Title, In …" (gernotheisenberg.de)', () => {
  it('initials written without a space before the family name are a name, kept as shown', () => {
    expect(readAuthorBlock('G.Goebbels, V.Lalioti', 'given')?.names).toEqual(['G.Goebbels', 'V.Lalioti']);
    expect(readAuthorBlock('P.Th.Aquino Jr., G.Goebbels, T.G.Kirner, K.von Lübtow', 'given')?.names).toEqual([
      'P.Th.Aquino Jr.',
      'G.Goebbels',
      'T.G.Kirner',
      'K.von Lübtow',
    ]);
  });
  it('the title runs from "(Year): " to the comma before "In", "In:", "Submitted to" or a publisher, its own periods included', () => {
    expect(
      pick(
        'G.Goebbels, V.Lalioti (2001): Co-presence & Co-working in Distributed Collaborative Virtual Environments, In Proceedings of the 1st International Conference on Computer Graphics, Virtual Reality and Visualisation in Africa, Cape Town, 2001',
      ),
    ).toEqual({
      title: 'Co-presence & Co-working in Distributed Collaborative Virtual Environments',
      authors: ['G.Goebbels', 'V.Lalioti'],
      year: 2001,
    });
    expect(
      pick(
        'G. Heisenberg, L. Caspersen, S. Wöhrle, R. Ivo da Rocha Lima Filho (2019): Combining socio-economic and remote sensing data for food insecurity prediction using neural networks, In Proceedings of German-Brazilian Symposium on Sustainable Development, University of Hohenheim, Stuttgart, Germany',
      ),
    ).toEqual({
      title: 'Combining socio-economic and remote sensing data for food insecurity prediction using neural networks',
      authors: ['G. Heisenberg', 'L. Caspersen', 'S. Wöhrle', 'R. Ivo da Rocha Lima Filho'],
      year: 2019,
    });
    expect(
      pick(
        'C. Zabel, G. Heisenberg (2018): Die nächste Medien-Evolutionsstufe. Ergebnisse der ersten Grunderhebung zur Virtual- und Augmented-Reality-Branche in NRW, In: promedia, 23.JG, 6, S. 49-50',
      )?.title,
    ).toBe('Die nächste Medien-Evolutionsstufe. Ergebnisse der ersten Grunderhebung zur Virtual- und Augmented-Reality-Branche in NRW');
    expect(
      pick(
        'S. Wöhrle, G. Heisenberg, R. Ivo da Rocha Lima Filho (2022): Predicting household water supply using satellite imagery and deep learning, Submitted to Remote Sensing for Agriculture, Ecosystems, and Hydrology XXIV Conference, September 22, Berlin, Germany',
      )?.title,
    ).toBe('Predicting household water supply using satellite imagery and deep learning');
    expect(
      pick(
        'G. Heisenberg, S. Jauernig, M. Selbst, S. Wiegand (2017): Social Media im Versicherungswesen, Verlag Versicherungswirtschaft, 2017',
      )?.title,
    ).toBe('Social Media im Versicherungswesen');
  });
  it('a blog post on a website is not a paper', () => {
    expect(pick('G. Heisenberg (2019): Data Analytics in der Marktforschung: Terminologie und Konzepte → Auf DataAnalyst.eu')).toBeNull();
  });
});

describe('Copernicus "Family, I., I.I. Family: Title, Journal, vol, pages, Year." and OpenScholar Chicago (atmoswestlake)', () => {
  it('the colon after the names ends them; the title ends at the abbreviated journal', () => {
    expect(
      pick(
        'Zhang, Y., D.J. Jacob, X. Lu, J.D. Maasakkers, T.R. Scarpelli, J.-X. Sheng, L. Shen, Z. Qu, M.P. Sulprizio, J. Chang, A.A. Bloom, S. Ma, J. Worden, R.J. Parker, H. Boesch: Attribution of the accelerating increase in atmospheric methane during 2010–2018 by inverse analysis of GOSAT observations, Atmos. Chem. Phys. Discuss., in review, 2020.',
      ),
    ).toEqual({
      title: 'Attribution of the accelerating increase in atmospheric methane during 2010–2018 by inverse analysis of GOSAT observations',
      authors: [
        'Y. Zhang',
        'D.J. Jacob',
        'X. Lu',
        'J.D. Maasakkers',
        'T.R. Scarpelli',
        'J.-X. Sheng',
        'L. Shen',
        'Z. Qu',
        'M.P. Sulprizio',
        'J. Chang',
        'A.A. Bloom',
        'S. Ma',
        'J. Worden',
        'R.J. Parker',
        'H. Boesch',
      ],
      year: 2020,
    });
    expect(
      pick(
        'Song, S., Ma, T., Zhang, Y., Shen, L., Liu, P., Li, K., Zhai, S., Zheng, H., Gao, M., Duan, F., He, K., and McElroy, M. B.: Global modeling of heterogeneous hydroxymethanesulfonate chemistry, Atmos. Chem. Phys. Discuss. accepted, 2020. [link]',
      ),
    ).toEqual({
      title: 'Global modeling of heterogeneous hydroxymethanesulfonate chemistry',
      authors: [
        'S. Song',
        'T. Ma',
        'Y. Zhang',
        'L. Shen',
        'P. Liu',
        'K. Li',
        'S. Zhai',
        'H. Zheng',
        'M. Gao',
        'F. Duan',
        'K. He',
        'M. B. McElroy',
      ],
      year: 2020,
    });
  });
  it('with commas only after the title, the venue is the last part with words before the volume, pages and year', () => {
    const r = parseReference(
      'Meng Gao, Jinhui Gao, Bin Zhu, Rajesh Kumar, Xiao Lu, Shaojie Song, Yuzhong Zhang, Beixi Jia, Peng Wang, Gufran Beig, Jianlin Hu, Qi Ying, Hongliang Zhang, Peter Sherman, Michael B. McElroy: Ozone Pollution over China and India: Seasonality and Sources, Atmospheric Chemistry and Physics, 20, 7, 2020.',
    );
    expect(r && [r.title, r.authors.length, r.authors[14], r.venue, r.year]).toEqual([
      'Ozone Pollution over China and India: Seasonality and Sources',
      15,
      'Michael B. McElroy',
      'Atmospheric Chemistry and Physics',
      2020,
    ]);
  });
  it('"Names. 11/4/2017. “Title.” Journal" dates the entry; whole names given first are not one inverted name', () => {
    expect(
      pick(
        'Ye Cheng, Yuhang Wang, Yuzhong Zhang, Gao Chen, James H. Crawford, Mary M. Kleb, Glenn S. Diskin, and Andrew J. Weinheimer. 11/4/2017. “Large biogenic contribution to boundary layer O3-CO regression slope in summer.” Geophysical Research Letters, 44, Pp. 7061-7068.',
      ),
    ).toEqual({
      title: 'Large biogenic contribution to boundary layer O3-CO regression slope in summer',
      authors: [
        'Ye Cheng',
        'Yuhang Wang',
        'Yuzhong Zhang',
        'Gao Chen',
        'James H. Crawford',
        'Mary M. Kleb',
        'Glenn S. Diskin',
        'Andrew J. Weinheimer',
      ],
      year: 2017,
    });
    expect(readAuthorBlock('Baolei Lyu, Yuzhong Zhang, and Yongtao Hu', 'surname-given')).toBeNull();
  });
});

describe('Copernicus and OpenScholar details (atmoswestlake)', () => {
  it('an article number with letters ("e2020GL089035") is one of the numbers after the journal', () => {
    const r = parseReference(
      'Jianzhong Xu, Xinlei Ge, Xinghua Zhang, Wenhui Zhao, Ruixiong Zhang, Yuzhong Zhang: COVID‐19 Impact on the Concentration and Composition of Submicron Particulate Matter in a Typical City of Northwest China, Geophysical Research Letters, 47, e2020GL089035, 2020. [link]',
    );
    expect(r && [r.title, r.authors.length, r.venue, r.year]).toEqual([
      'COVID‐19 Impact on the Concentration and Composition of Submicron Particulate Matter in a Typical City of Northwest China',
      6,
      'Geophysical Research Letters',
      2020,
    ]);
  });
  it('the colon after "…, Rodney J. Weber, …, Yufei Zou:" ends the names, not the period after "J."', () => {
    expect(
      pick(
        'Aoxing Zhang, Yuhang Wang, Yuzhong Zhang, Rodney J. Weber, Yongjia Song, Ziming Ke, Yufei Zou: Modeling the global radiative effect of brown carbon: a potentially larger heating source in the tropical free troposphere than black carbon, Atmos. Chem. Phys., 20, 1901–1920, 2020',
      ),
    ).toEqual({
      title:
        'Modeling the global radiative effect of brown carbon: a potentially larger heating source in the tropical free troposphere than black carbon',
      authors: ['Aoxing Zhang', 'Yuhang Wang', 'Yuzhong Zhang', 'Rodney J. Weber', 'Yongjia Song', 'Ziming Ke', 'Yufei Zou'],
      year: 2020,
    });
  });
  it('a month-and-year date ". 8/2019." dates an OpenScholar entry', () => {
    expect(
      pick(
        'Shixian Zhai, Daniel J. Jacob, Xuan Wang, Lu Shen, Ke Li, Yuzhong Zhang, Ke Gui, Tianliang Zhao, and Hong Liao. 8/2019. “Fine particulate matter (PM2.5) trends in China, 2013-2018: separating contributions from anthropogenic emissions and meteorology.” Atmos. Chem. Phys. , 19, Pp. 11031–11041.',
      ),
    ).toEqual({
      title:
        'Fine particulate matter (PM2.5) trends in China, 2013-2018: separating contributions from anthropogenic emissions and meteorology',
      authors: [
        'Shixian Zhai',
        'Daniel J. Jacob',
        'Xuan Wang',
        'Lu Shen',
        'Ke Li',
        'Yuzhong Zhang',
        'Ke Gui',
        'Tianliang Zhao',
        'Hong Liao',
      ],
      year: 2019,
    });
  });
});

describe('GB/T 7714 "Names. Title[J]. Journal, Year, vol(no): pages." (cjzlab, MkDocs)', () => {
  it('the [J]/[C] mark ends the title, whether a period, a comma or "//" follows it', () => {
    const r = parseReference(
      'Fei Qi, Jin Guo, Junyu Li, Liao Yi, Liao Wenxiong, Hongmin Cai, Jiazhou Chen. Multi-Kernel Clustering with Tensor Fusion on Grassmann Manifold for High-dimensional Genomic Data[J]. Methods*, 2024, 231:215-225.',
    );
    expect(r && [r.title, r.authors, r.year, r.venue]).toEqual([
      'Multi-Kernel Clustering with Tensor Fusion on Grassmann Manifold for High-dimensional Genomic Data',
      ['Fei Qi', 'Jin Guo', 'Junyu Li', 'Liao Yi', 'Liao Wenxiong', 'Hongmin Cai', 'Jiazhou Chen'],
      2024,
      'Methods',
    ]);
    expect(
      pick(
        'Jiazhou Chen, Hong Peng, Guoqiang Han, Hongmin Cai, etc. HOGMMNC: a higher order graph matching with multiple network constraints model for gene-drug regulatory modules identification[J], Bioinformatics*, 2019, 35(4): 602-610.',
      ),
    ).toEqual({
      title:
        'HOGMMNC: a higher order graph matching with multiple network constraints model for gene-drug regulatory modules identification',
      authors: ['Jiazhou Chen', 'Hong Peng', 'Guoqiang Han', 'Hongmin Cai'],
      year: 2019,
    });
    expect(
      pick(
        'Haiyan Wang, Guoqiang Han, Yu Hu, Hong Peng, Jiazhou Chen. Multi-view tensor clustering through exploiting both within-view and across-view high-order correlations[C]//2021 IEEE International Conference on Multimedia and Expo (ICME). IEEE, 2021: 1-6.',
      )?.title,
    ).toBe('Multi-view tensor clustering through exploiting both within-view and across-view high-order correlations');
  });
  it('Chinese names and titles', () => {
    expect(pick('陈佳洲, 曾碧, 何元烈. 一种应用于静态图像人体分割的显著性检测方法[J]. 小型微型计算机系统, 2016, 37(3):608-611.')).toEqual({
      title: '一种应用于静态图像人体分割的显著性检测方法',
      authors: ['陈佳洲', '曾碧', '何元烈'],
      year: 2016,
    });
  });
});

describe('names as Chinese and Hong Kong lab pages write them (cognitionx)', () => {
  it('family names in capitals after given names ("Weisheng LU", "Meng YE"); Vancouver initials stay initials', () => {
    expect(readAuthorBlock('Weisheng LU, Frank Ato GHANSA*, Jinying XU', 'given')?.names).toEqual([
      'Weisheng LU',
      'Frank Ato GHANSA',
      'Jinying XU',
    ]);
    expect(readAuthorBlock('Jinying XU, Meng YE, Weisheng LU', 'given')?.names).toEqual(['Jinying XU', 'Meng YE', 'Weisheng LU']);
    expect(readAuthorBlock('Hardwick RM, Lesage ERD, Miall RC', 'given')).toBeNull();
  });
  it('"Mun On Wong" is a name; "Weisheng Lu. Blockchain" is a name and the next sentence', () => {
    expect(readAuthorBlock('Junxiang Zhu, Mun On Wong, Nicholas Nisbet', 'given')?.names).toEqual([
      'Junxiang Zhu',
      'Mun On Wong',
      'Nicholas Nisbet',
    ]);
    expect(readAuthorBlock('Liupengfei Wu, Jinying Xu, Weisheng Lu. Blockchain', 'given')).toBeNull();
  });
});
