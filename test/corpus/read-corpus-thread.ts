/** A worker thread of `evaluateCorpusOnBothPaths`: reads each corpus page it is sent and answers with its scores. */
import { parentPort } from 'node:worker_threads';
import { CORPUS_PAGES } from '../fixtures/corpus/corpus';
import { evaluatePage, type ReadPath } from './evaluate';

const pageBySlug = new Map(CORPUS_PAGES.map((page) => [page.slug, page]));

parentPort!.on('message', ({ slug, paths }: { slug: string; paths: ReadPath[] }) => {
  parentPort!.postMessage(evaluatePage(pageBySlug.get(slug)!, paths));
});
