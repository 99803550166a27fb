/**
 * wink-nlp and its English model, in one module of their own: the build ships them once, as dist/nlp-model.js, which
 * the language service and the CLI both require at run time on first tagging.
 */
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

export { model, winkNLP };
