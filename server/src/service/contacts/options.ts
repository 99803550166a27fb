/** What the contacts check takes from a template's config, apart from the check itself (which loads with the preview in the editor). */
import { resolveOptions, type OutreachConfig } from '../config/settings';
import type { OutreachDocument } from '../document/document';
import { subject as subjectRule } from '../rules/subject';
import type { ContactCheckOptions } from './check';

/** The `subject` rule's `maxLength` for the template's kind, as its config sets it. */
export function contactCheckOptions(document: OutreachDocument, config: OutreachConfig): ContactCheckOptions {
  return { subjectMaxLength: resolveOptions(subjectRule.meta, config, document.frontMatter.kind).maxLength ?? 60 };
}
