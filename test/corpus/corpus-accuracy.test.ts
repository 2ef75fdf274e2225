import { describeCorpusAccuracy } from './corpus-accuracy';

describeCorpusAccuracy();
