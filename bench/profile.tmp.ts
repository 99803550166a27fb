import { loadPhraseLibrary } from '../server/src/service/bundledPhrases';
import { emptyConfig } from '../server/src/service/config';
import { parseOutreachDocument } from '../server/src/service/document';
import { lintDocument } from '../server/src/service/lint';
import { RULES } from '../server/src/service/rules';
import { generateLargeDocument } from './corpus';
const settings = { config: emptyConfig(), phrases: loadPhraseLibrary().library };
const text = generateLargeDocument(100000);
let t = performance.now(); const doc = parseOutreachDocument(text); console.log('parse', (performance.now()-t).toFixed(0));
t = performance.now(); doc.words; console.log('words', (performance.now()-t).toFixed(0));
const per: [string, number][] = [];
for (const rule of RULES) { const t0 = performance.now(); lintDocument(doc, settings, [rule]); per.push([rule.meta.id, performance.now()-t0]); }
per.sort((a,b)=>b[1]-a[1]); console.log(per.slice(0,15).map(([i,m])=>i+' '+m.toFixed(0)).join('\n'));
t = performance.now(); lintDocument(doc, settings); console.log('all rules', (performance.now()-t).toFixed(0));
