import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseOutreachDocument } from '../../server/src/service/document/parse';
import type { OutreachDocument } from '../../server/src/service/document/document';
import type { OffsetRange } from '../../server/src/service/types';
import { Random } from '../helpers/documentGenerator';

const slice = (document: OutreachDocument, range: OffsetRange): string => document.text.slice(range.start, range.end);

describe('parseOutreachDocument', () => {
  describe('front matter', () => {
    it('reads the block and starts the body after it', () => {
      const document = parseOutreachDocument('---\nkind: thank-you\nrelationship: warm\n---\nThanks again, Ana.');
      assert.equal(document.frontMatter.present, true);
      assert.equal(document.frontMatter.kind, 'thank-you');
      assert.equal(document.frontMatter.relationship, 'warm');
      assert.equal(document.text.slice(document.bodyStart), 'Thanks again, Ana.');
      assert.deepEqual(document.frontMatter.problems, []);
    });

    it('defaults when there is no front matter', () => {
      const document = parseOutreachDocument('Hi {{recipient.firstName}},\n\nThanks');
      assert.equal(document.frontMatter.present, false);
      assert.equal(document.frontMatter.kind, 'request');
      assert.equal(document.frontMatter.relationship, 'cold');
      assert.equal(document.frontMatter.variables, undefined);
      assert.equal(document.bodyStart, 0);
    });

    it('reports an unterminated block and treats everything as body', () => {
      const document = parseOutreachDocument('---\nkind: decline\n\nHi Ana,');
      assert.equal(document.frontMatter.present, false);
      assert.equal(document.frontMatter.kind, 'request');
      assert.deepEqual(document.frontMatter.problems.map((problem) => slice(document, problem.range)), ['---']);
      assert.match(document.frontMatter.problems[0]!.message, /never ends/);
    });

    it('reports broken YAML without throwing, keeping the defaults', () => {
      const document = parseOutreachDocument('---\nkind: [request\nsubject: "x\n---\nHi Ana,');
      assert.equal(document.frontMatter.kind, 'request');
      assert.ok(document.frontMatter.problems.length > 0);
      assert.ok(document.frontMatter.problems.every((problem) => problem.severity === 'error' && problem.message.startsWith('YAML')));
      assert.equal(document.text.slice(document.bodyStart), 'Hi Ana,');
    });

    it('handles CRLF and a byte-order mark', () => {
      const text = '\uFEFF---\r\nkind: decline\r\nvariables:\r\n  recipient.firstName: Ana\r\n---\r\nHi {{recipient.firstName}},\r\n';
      const document = parseOutreachDocument(text);
      assert.equal(document.frontMatter.kind, 'decline');
      assert.equal(text.slice(document.bodyStart), 'Hi {{recipient.firstName}},\r\n');
      assert.equal(slice(document, document.frontMatter.variables!.get('recipient.firstName')!.keyRange), 'recipient.firstName');
      assert.deepEqual(document.placeholders.map((placeholder) => slice(document, placeholder.range)), ['{{recipient.firstName}}']);
      assert.equal(document.lines[0]?.text, 'Hi xxxxxxxxxxxxxxxxxxxxxxx,');
    });

    it('does not count a BOM as part of the first body line', () => {
      const document = parseOutreachDocument('\uFEFFHi Ana,\n\nThanks');
      assert.equal(slice(document, document.lines[0]!.range), 'Hi Ana,');
      assert.equal(document.greetingLine, 0);
    });

    it('reads nested and dotted variables with their sample values', () => {
      const document = parseOutreachDocument('---\nvariables:\n  recipient:\n    firstName: Ana\n  sender.firstName: Jo\n  meeting.topic:\n---\n');
      const variables = document.frontMatter.variables!;
      assert.deepEqual([...variables.keys()], ['recipient.firstName', 'sender.firstName', 'meeting.topic']);
      assert.equal(variables.get('recipient.firstName')!.sample, 'Ana');
      assert.equal(variables.get('meeting.topic')!.sample, null);
    });
  });

  describe('positions', () => {
    it('keeps UTF-16 offsets after emoji, skin tones and accents', () => {
      const text = '---\nkind: request\n---\nCafé ☕️ with 👩🏽‍💻 {{recipient.firstName}}? Ça va, señor {{sender.firstName}}.';
      const document = parseOutreachDocument(text);
      assert.deepEqual(document.placeholders.map((placeholder) => slice(document, placeholder.range)), ['{{recipient.firstName}}', '{{sender.firstName}}']);
      const words = document.words.map((word) => slice(document, word.range));
      assert.ok(words.includes('Café') && words.includes('señor') && words.includes('Ça'));
      for (const sentence of document.sentences) assert.equal(sentence.text.length, sentence.range.end - sentence.range.start);
    });

    it('maps lines with CRLF to their own text', () => {
      const document = parseOutreachDocument('Hi Ana,\r\n\r\nCould we talk?\r\n\r\nThanks,\r\nJo');
      assert.deepEqual(document.lines.map((line) => slice(document, line.range)), ['Hi Ana,', 'Could we talk?', 'Thanks,', 'Jo']);
    });

    it('keeps the prose exactly as long as the text', () => {
      const text = '---\nkind: request\n---\n{{!-- note --}}Hi 👋 {{recipient.firstName}}, {{#if x}}yes{{/if}}';
      assert.equal(parseOutreachDocument(text).prose.length, text.length);
    });
  });

  describe('placeholders and comments', () => {
    it('treats a placeholder as one word carrying its path', () => {
      const document = parseOutreachDocument('I loved {{recipient.talkTopic}} last week.');
      const word = document.words.find((candidate) => candidate.placeholder);
      assert.equal(word?.placeholder, 'recipient.talkTopic');
      assert.equal(slice(document, word!.range), '{{recipient.talkTopic}}');
      assert.deepEqual(document.words.map((candidate) => candidate.placeholder ?? candidate.text), ['I', 'loved', 'recipient.talkTopic', 'last', 'week']);
    });

    it('marks helper arguments as not rendering and block-relative paths as not root scope', () => {
      const document = parseOutreachDocument('{{#if recipient.company}}{{recipient.company}}{{/if}}{{#each talks}}{{title}}{{/each}}');
      assert.deepEqual(
        document.placeholders.map((placeholder) => [placeholder.path, placeholder.renders, placeholder.rootScope]),
        [
          ['recipient.company', false, true],
          ['recipient.company', true, true],
          ['talks', false, true],
          ['title', true, false],
        ],
      );
    });

    it('never treats comments as prose', () => {
      const document = parseOutreachDocument('{{!-- let us do coffee sometime --}}Hi Ana.{{! pick your brain }} Thanks.');
      assert.deepEqual(document.comments.map((comment) => comment.value.trim()), ['let us do coffee sometime', 'pick your brain']);
      assert.doesNotMatch(document.prose, /coffee|brain/);
      assert.deepEqual(document.sentences.map((sentence) => sentence.text), ['Hi Ana.', 'Thanks.']);
    });

    it('still finds placeholders and comments when the template does not parse', () => {
      const document = parseOutreachDocument('{{!-- draft --}}Hi {{recipient.firstName}}, {{#if x}} open');
      assert.ok(document.syntaxError);
      assert.deepEqual(document.placeholders.map((placeholder) => placeholder.path), ['recipient.firstName']);
      assert.equal(document.comments.length, 1);
    });
  });

  describe('greeting and sign-off', () => {
    it('finds both', () => {
      const document = parseOutreachDocument('Hi {{recipient.firstName}},\n\nCould we talk for 15 minutes?\n\nBest regards,\n{{sender.firstName}}\nPM at Acme');
      assert.equal(document.greetingLine, 0);
      assert.equal(document.signOffLine, 2);
    });

    it('does not take a first sentence for a greeting', () => {
      const document = parseOutreachDocument('Hello from the Portland design meetup. I loved your talk.\n\nThanks,\nJo');
      assert.equal(document.greetingLine, undefined);
      assert.equal(document.signOffLine, 1);
    });

    it('finds a greeting and a sign-off in other languages by their shape', () => {
      const document = parseOutreachDocument('Dobrý den {{recipient.firstName}},\n\nCould we talk for 15 minutes about kilns?\n\nDziękuję,\n{{sender.firstName}}');
      assert.equal(document.greetingLine, 0);
      assert.equal(document.signOffLine, 2);
    });

    it('does not take a short opening clause with a comma for a greeting when it is the whole message', () => {
      assert.equal(parseOutreachDocument('Quick one, Ana,').greetingLine, undefined);
    });

    it('does not take a thank-you sentence in the body for a sign-off', () => {
      const document = parseOutreachDocument('Dear Ms. Ortiz,\n\nThank you for the advice about portfolio reviews, it helped.');
      assert.equal(document.greetingLine, 0);
      assert.equal(document.signOffLine, undefined);
    });
  });

  describe('sentences and words, as Intl.Segmenter finds them', () => {
    // Plain text full of what sentence and word rules turn on: abbreviations, decimals, times, quotes and brackets
    // after an end mark, runs of end marks, ellipses, dashes, lower-case starts, tabs and every kind of line break.
    const PIECES = [
      'Hi', 'Dana', 'we', 'met', 'at', 'the', 'talk', 'I', 'e.g.', 'U.S.', 'Dr.', 'etc.', '3.5', '10:30', '1,000', "don't", 'it’s',
      "rock'n'roll", 'a.m.', 'No.', '2', 'x', 'ok', 'THANKS', '. ', '? ', '! ', '?!', '...', '…', '." ', '.” ', '?) ', '.] ',
      '’', '“', '(', ')', ' - ', ' — ', '–', ', ', '; ', ': ', ' ', ' ', ' ', '  ', '\t', '\n', '\r\n', '\n\n', '\r', '. \n',
    ];
    const randomText = (random: Random): string => {
      let text = '';
      for (let count = random.int(120); count > 0; count--) text += random.pick(PIECES) + (random.chance(0.5) ? ' ' : '');
      return text;
    };
    const texts = Array.from({ length: 600 }, (_, run) => randomText(new Random(run + 1)));

    it('splits sentences the same', () => {
      const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });
      for (const text of texts) {
        const expected = [...segmenter.segment(text)].flatMap((segment) => {
          const trimmed = segment.segment.trim();
          const start = segment.index + segment.segment.length - segment.segment.trimStart().length;
          return trimmed ? [`${start}:${trimmed}`] : [];
        });
        const found = parseOutreachDocument(text).sentences.map((sentence) => `${sentence.range.start}:${sentence.text}`);
        assert.deepEqual(found, expected, JSON.stringify(text));
      }
    });

    it('splits words the same', () => {
      const segmenter = new Intl.Segmenter('en', { granularity: 'word' });
      for (const text of texts) {
        const expected = [...segmenter.segment(text)].filter((segment) => segment.isWordLike).map((segment) => `${segment.index}:${segment.segment}`);
        const found = parseOutreachDocument(text).words.map((word) => `${word.range.start}:${word.text}`);
        assert.deepEqual(found, expected, JSON.stringify(text));
      }
    });
  });
});
