import type { PageScan } from '../model';

/** Parse the visible text of a listing page into a scan. (Being written: see test/text/.) */
export function parseVisibleText(_text: string, url: URL, _viewedAt: Date): PageScan {
  return { site: 'text', kind: 'feed', url: url.href, entries: [] };
}
