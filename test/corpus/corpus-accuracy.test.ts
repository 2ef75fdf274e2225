import { describeCorpusAccuracy } from './corpus-accuracy';
import { evaluateCorpusOnBothPaths } from './evaluate';

describeCorpusAccuracy(await evaluateCorpusOnBothPaths());
