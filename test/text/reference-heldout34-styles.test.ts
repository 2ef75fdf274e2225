/**
 * The reference-string parser on styles of the former heldout34 pages: Vancouver names with the family name in capitals
 * (YÖK Akademik exports, ince-yayinlar) and dotted initials written apart. Expected fields read off the strings by eye.
 */
import { describe, expect, it } from 'vitest';
import { opensWithNames, readAuthorBlock } from '../../lib/text/reference';

describe('Vancouver names, family names in capitals before dotted initials ("ÇABUK S., İNCE İ.")', () => {
  it('reads a block of them (cases from the page)', () => {
    expect(readAuthorBlock('ÇABUK S., İNCE İ.', 'vancouver')?.names).toEqual(['S. ÇABUK', 'İ. İNCE']);
    expect(readAuthorBlock('RENGÜL B. F., TORTU E., İNCE İ.', 'vancouver')?.names).toEqual(['B. F. RENGÜL', 'E. TORTU', 'İ. İNCE']);
    expect(opensWithNames('ULUPINAR S., ÖZBAY S., ULUPINAR F., ASAN S., İNCE İ., BEDİR D., et al.')).toBe(true);
  });

  it('reads one name alone, its initial keeping its period', () => {
    expect(readAuthorBlock('İNCE İ.', 'vancouver')?.names).toEqual(['İ. İNCE']);
    expect(readAuthorBlock('SMITH J. A.', 'vancouver')?.names).toEqual(['J. A. SMITH']);
    expect(readAuthorBlock('Mora C.', 'vancouver')?.names).toEqual(['C Mora']);
  });

  it('reads dotted initials written apart after a family name in lower case ("Çiftçi M. C.")', () => {
    expect(readAuthorBlock('Çiftçi M. C., Çelik S., Çabuk S.', 'vancouver')?.names).toEqual(['M. C. Çiftçi', 'S. Çelik', 'S. Çabuk']);
  });

  it('takes no capitals without dotted initials, nor capitals that are no name word', () => {
    expect(readAuthorBlock('HIV AIDS, TB R', 'vancouver')).toBeNull();
    expect(readAuthorBlock('IEEE T., ACM J.', 'vancouver')).toBeNull();
  });
});

describe('names marked "(*)" (students, a Quarto page whose Markdown ate the asterisk: "()")', () => {
  it('reads the names, the empty parentheses dropped (cases from the page, alexander-papers)', () => {
    expect(readAuthorBlock('Moon, M.() and Alexander, M.', 'surname-initials')?.names).toEqual(['M. Moon', 'M. Alexander']);
    expect(
      readAuthorBlock('Schluter, BS.(*), Alburez-Gutierrez, D., Alexander, M.(#), and Kiang, M.V.(#)', 'surname-initials')?.names,
    ).toEqual(['BS. Schluter', 'D. Alburez-Gutierrez', 'M. Alexander', 'M.V. Kiang']);
  });
});
