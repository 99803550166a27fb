import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseOutreachDocument } from '../../server/src/service/document/parse';
import type { OutreachDocument } from '../../server/src/service/document/document';
import { lintText, request } from '../helpers/ruleTester';

const parse = (subjectLine: string): OutreachDocument => parseOutreachDocument(`---\nkind: request\n${subjectLine}\n---\nHi {{recipient.firstName}},\n`);

describe('subject placeholders', () => {
  it('parses the subject with Handlebars: paths, whether they render, and where they stand in the value and the document', () => {
    const document = parse('subject: "Intro: {{a.firstName}} ↔ {{~ b.firstName ~}}"');
    assert.deepEqual(
      document.subjectPlaceholders.map((placeholder) => [placeholder.path, placeholder.renders, document.text.slice(placeholder.range.start, placeholder.range.end)]),
      [
        ['a.firstName', true, '{{a.firstName}}'],
        ['b.firstName', true, '{{~ b.firstName ~}}'],
      ],
    );
    const value = document.frontMatter.subject!.value;
    assert.deepEqual(document.subjectPlaceholders.map(({ valueRange }) => value.slice(valueRange.start, valueRange.end)), ['{{a.firstName}}', '{{~ b.firstName ~}}']);
  });

  it('finds block conditions and helper arguments as the body does, and leaves data paths out', () => {
    const document = parse("subject: '{{#if topic}}On {{topic}}{{/if}} {{upper recipient.company}} {{@root.x}}'");
    assert.deepEqual(
      document.subjectPlaceholders.map((placeholder) => [placeholder.path, placeholder.renders, document.text.slice(placeholder.range.start, placeholder.range.end)]),
      [
        ['topic', false, 'topic'],
        ['topic', true, '{{topic}}'],
        ['recipient.company', false, 'recipient.company'],
      ],
    );
  });

  it('gives a placeholder the whole subject as its range when YAML escapes changed the text', () => {
    const document = parse('subject: "Caf\\u00e9 with {{recipient.firstName}}"');
    assert.equal(document.frontMatter.subject?.value, 'Café with {{recipient.firstName}}');
    assert.deepEqual(document.subjectPlaceholders.map((placeholder) => [placeholder.path, placeholder.range]), [['recipient.firstName', document.frontMatter.subject!.range]]);
  });

  it('scans a subject Handlebars cannot parse', () => {
    const document = parse('subject: Your talk on {{recipient.talkTopic}} {{#if}}');
    assert.deepEqual(document.subjectPlaceholders.map((placeholder) => placeholder.path), ['recipient.talkTopic']);
  });

  it('is empty without a subject, and kept with the front matter while only the body changes', () => {
    assert.deepEqual(parse('relationship: warm').subjectPlaceholders, []);
    const first = parse('subject: Your talk on {{recipient.talkTopic}}');
    const next = parseOutreachDocument(`${first.text}Thanks!\n`, first.uri, first);
    assert.equal(next.subjectPlaceholders, first.subjectPlaceholders);
  });
});

describe('rules reading the subject placeholders', () => {
  const GENERIC_BODY = 'Hi {{recipient.firstName}},\n\nI came across your profile and really admire your work at {{recipient.company}}. I am a junior analyst hoping to move into product. Would you have 15 minutes next week to talk about that move?\n\nBest,\nSam';
  const rules = (subjectLine: string, variables: string): string[] =>
    lintText(request(GENERIC_BODY, `${subjectLine}\nvariables:\n  recipient.firstName: Ana\n  recipient.company: Acme\n${variables}`)).map((finding) => finding.rule);

  it('personalization: a recipient field in the subject counts however its tag is written', () => {
    assert.ok(rules('subject: "Career advice about remote teams"', '').includes('personalization'));
    assert.ok(!rules('subject: "Career advice about {{~recipient.talkTopic~}}"', '  recipient.talkTopic: remote teams').includes('personalization'));
  });

  it('unused-variable: a variable the subject passes to a helper or a block is used', () => {
    assert.ok(rules('subject: "Your talk"', '  recipient.talkTopic: remote teams').includes('unused-variable'));
    assert.ok(!rules('subject: "Your talk{{#if recipient.talkTopic}} on it{{/if}}"', '  recipient.talkTopic: remote teams').includes('unused-variable'));
  });

  it('subject: the length is measured with the samples filled in, and name placeholders say nothing of the topic', () => {
    const long = 'subject: "Your talk on {{recipient.talkTopic}}"';
    assert.ok(!rules(long, '  recipient.talkTopic: remote teams').includes('subject'));
    assert.ok(rules(long, `  recipient.talkTopic: ${'remote teams '.repeat(5)}`).includes('subject'));
    assert.ok(rules('subject: "Coffee, {{ recipient.firstName }}?"', '').includes('subject'));
  });
});
