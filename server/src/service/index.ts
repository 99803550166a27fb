/**
 * What the language server loads after the initialize response: the language service with its rules, the YAML and
 * Handlebars parsers, and the phrase library. The handshake does not wait for them.
 */
export { loadPhraseLibrary } from './bundledPhrases';
export { configProblemDiagnostics } from './diagnostics';
export { createLanguageService } from './languageService';
export { createPhraseLibrary, phraseProblemsOnConfig } from './phrases';
export { RULES } from './rules';
