/**
 * What the language server loads after the initialize response: the language service with its rules, the YAML and
 * Handlebars parsers, and the phrase library. The handshake does not wait for them. Built as dist/service.js, which
 * `npm run bench` times too (hence the parse and lint exports).
 */
export { loadPhraseLibrary } from './config/bundledPhrases';
export { createConfigResolver } from './config/resolver';
export { emptyConfig, mergeEditorSettings } from './config/settings';
export { contactCheckOptions } from './contacts/options';
export { configProblemDiagnostics, toDiagnostics } from './features/diagnostics';
export { templateSummary } from './features/summary';
export { createLanguageService } from './languageService';
export { parseOutreachDocument } from './document/parse';
export { lintDocument } from './lint';
export { warmUpLanguageModel } from './language/nlp';
export { RULES } from './rules';
