import { describe, expect, it } from 'vitest';
import { siteName } from '../../lib/ui/format-display';

describe('siteName: the UI shows the registry display names', () => {
  it('names sites, the two non-site sources, and falls back to the stored id', () => {
    expect(siteName('huggingface')).toBe('Hugging Face');
    expect(siteName('googlescholar')).toBe('Google Scholar');
    expect(siteName('dblp')).toBe('DBLP');
    expect(siteName('generic')).toBe('Web page');
    expect(siteName('text')).toBe('Pasted text');
    expect(siteName('somewhere-else')).toBe('somewhere-else');
  });
});
