/** The language service as a library: the entry of dist/bench-service.js, which `npm run bench` times in process. */
export { loadPhraseLibrary } from '../server/src/service/bundledPhrases';
export { emptyConfig } from '../server/src/service/config';
export { parseOutreachDocument } from '../server/src/service/document';
export { lintDocument } from '../server/src/service/lint';
