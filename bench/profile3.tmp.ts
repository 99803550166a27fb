import { parseOutreachDocument } from '../server/src/service/document';
import { generateLargeDocument } from './corpus';
const text = generateLargeDocument(100000);
for (let i=0;i<5;i++) { const d = parseOutreachDocument(text); d.words; }
