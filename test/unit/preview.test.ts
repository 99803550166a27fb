import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseOutreachDocument } from '../../server/src/service/document/parse';
import { renderPreviewHtml } from '../../server/src/service/features/preview';
import { template } from '../helpers/ruleTester';

const CSP_SOURCE = 'vscode-webview://preview-test';
const FRONT_MATTER = [
  'kind: request',
  'subject: "Your talk on {{recipient.talkTopic}}"',
  'variables:',
  '  recipient.firstName: Sally',
  '  recipient.talkTopic: hiring for remote teams',
  '  sender.firstName: Jim',
].join('\n');
const BODY = 'Hi {{recipient.firstName}},\n\nI enjoyed your talk on {{recipient.talkTopic}}.\nCould we talk for 15 minutes next week?\n\nThanks,\n{{sender.firstName}}\n';
/** Tags the preview itself writes; anything else in the output came from the document. */
const PAGE_TAGS = new Set(['html', 'head', 'meta', 'title', 'style', 'body', 'h1', 'main', 'mark', 'footer', 'code', 'pre']);

function preview(text: string, nonce?: string): string {
  return renderPreviewHtml(parseOutreachDocument(text), { cspSource: CSP_SOURCE, nonce });
}

/** The `<main>` part: the rendered body. */
function body(html: string): string {
  const match = /<main class="body">([\s\S]*)<\/main>/.exec(html);
  assert.ok(match, 'the page has a rendered body');
  return match[1]!;
}

function decodeAttribute(value: string): string {
  return value.replace(/&#(\d+);/g, (_, code: string) => String.fromCharCode(Number(code)));
}

function contentSecurityPolicy(html: string): string {
  const match = /<meta http-equiv="Content-Security-Policy" content="([^"]*)">/.exec(html);
  assert.ok(match, 'a CSP meta tag');
  return decodeAttribute(match[1]!);
}

function assertOnlyPageTags(html: string): void {
  for (const match of html.matchAll(/<\/?([a-zA-Z][\w-]*)/g)) assert.ok(PAGE_TAGS.has(match[1]!.toLowerCase()), `unexpected <${match[1]}> in the page`);
}

describe('preview with sample variables', () => {
  it('is a full HTML document with a strict CSP and no way to run scripts', () => {
    const html = preview(template(FRONT_MATTER, BODY));
    assert.match(html, /^<!DOCTYPE html>\n<html lang="en">/);
    assert.match(html, /<\/html>\n$/);
    assert.equal(contentSecurityPolicy(html), `default-src 'none'; style-src ${CSP_SOURCE} 'unsafe-inline'; base-uri 'none'; form-action 'none'`);
    assert.doesNotMatch(contentSecurityPolicy(html), /script-src/);
    assertOnlyPageTags(html);
  });

  it('allows its style sheet by nonce when given one, instead of unsafe-inline', () => {
    const html = preview(template(FRONT_MATTER, BODY), 'r4nd0m');
    assert.equal(contentSecurityPolicy(html), `default-src 'none'; style-src ${CSP_SOURCE} 'nonce-r4nd0m'; base-uri 'none'; form-action 'none'`);
    assert.match(html, /<style nonce="r4nd0m">/);
  });

  it('renders the subject as the heading and the body with its samples and line breaks', () => {
    const html = preview(template(FRONT_MATTER, BODY));
    assert.match(html, /<h1>Your talk on hiring for remote teams<\/h1>/);
    assert.match(html, /<title>Your talk on hiring for remote teams<\/title>/);
    assert.equal(body(html), 'Hi Sally,\n\nI enjoyed your talk on hiring for remote teams.\nCould we talk for 15 minutes next week?\n\nThanks,\nJim');
    assert.match(html, /\.body \{ white-space: pre-wrap;/, 'line breaks show as written');
  });

  it('shows neither the front matter nor Handlebars comments', () => {
    const html = preview(template(FRONT_MATTER, `{{!-- draft: check the date with Sam --}}\n${BODY}{{! internal note }}\n`));
    assert.doesNotMatch(html, /kind: request|variables:|recipient\.firstName: Sally/);
    assert.doesNotMatch(html, /check the date|internal note/);
    assert.match(body(html), /^Hi Sally,/, 'a comment on its own line leaves no blank line');
  });

  describe('escaping', () => {
    const hostile = [
      'kind: request',
      'subject: "<script>alert(1)</script> {{recipient.firstName}}"',
      'variables:',
      '  recipient.firstName: "<img src=x onerror=alert(1)>"',
      '  raw: "<script>alert(2)</script>"',
    ].join('\n');

    it('escapes markup in the body text, in sample values and in the subject', () => {
      const html = preview(template(hostile, 'Hi {{recipient.firstName}},\n\n<script>alert(3)</script> & <b onclick="x()">bold</b>\n'));
      assertOnlyPageTags(html);
      assert.doesNotMatch(html, /<script|<img|<b[ >]/i);
      assert.ok(body(html).includes('&#60;script&#62;alert(3)&#60;/script&#62; &#38; &#60;b onclick=&#34;x()&#34;&#62;bold&#60;/b&#62;'));
      assert.ok(body(html).includes('Hi &lt;img src&#x3D;x onerror&#x3D;alert(1)&gt;,'));
      assert.match(html, /<h1>&#60;script&#62;alert\(1\)&#60;\/script&#62; &lt;img/);
    });

    it('escapes triple-stash and ampersand output too', () => {
      const html = preview(template(hostile, 'A {{{raw}}} B {{& raw}} C {{{ raw }}}\n'));
      assertOnlyPageTags(html);
      assert.equal(body(html), 'A &lt;script&gt;alert(2)&lt;/script&gt; B &lt;script&gt;alert(2)&lt;/script&gt; C &lt;script&gt;alert(2)&lt;/script&gt;');
    });

    it('never reaches prototypes, and a prototype path in variables pollutes nothing', () => {
      const html = preview(template('variables:\n  __proto__.polluted: yes\n  recipient.firstName: Ana', 'Hi {{recipient.firstName}} {{constructor.name}} {{__proto__}}\n'));
      assert.equal(({} as Record<string, unknown>).polluted, undefined);
      assert.equal(body(html), 'Hi Ana');
      assert.doesNotMatch(html, /Object|function/);
    });
  });

  describe('placeholders without a sample', () => {
    const front = 'kind: request\nsubject: "About {{recipient.talkTopic}}"\nvariables:\n  recipient.firstName: Sally\n  recipient.talkTopic: ""\n  sender.firstName:';

    it('are highlighted with their path, not rendered empty', () => {
      const html = preview(template(front, 'Hi {{recipient.firstName}},\n\nYour post on {{recipient.talkTopic}} at {{recipient.company}}.\n\n{{sender.firstName}}\n'));
      const mark = (path: string) => `<mark class="missing" title="No sample value under variables">{{${path}}}</mark>`;
      assert.equal(body(html), `Hi Sally,\n\nYour post on ${mark('recipient.talkTopic')} at ${mark('recipient.company')}.\n\n${mark('sender.firstName')}`);
      assert.match(html, new RegExp(`<h1>About ${mark('recipient.talkTopic').replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}</h1>`));
      assert.match(html, /no sample value: <code>recipient\.talkTopic<\/code>, <code>recipient\.company<\/code>, <code>sender\.firstName<\/code>\./);
    });

    it('keep a condition false instead of inventing a value for it', () => {
      const html = preview(template(front, 'Hi {{recipient.firstName}},\n{{#if recipient.mutualFriend}}\n{{recipient.mutualFriend}} suggested I write.\n{{else}}\nI found your post.\n{{/if}}\n'));
      assert.equal(body(html), 'Hi Sally,\nI found your post.');
    });

    it('stay literal when the document itself contains the internal marker word', () => {
      const html = preview(template(front, 'outreachmissingsample0outreachmissingsample {{recipient.company}}\n'));
      assert.match(body(html), /^outreachmissingsample0outreachmissingsample <mark class="missing"/);
    });

    it('a list sample renders one copy of the #each block per item, escaped', () => {
      const html = preview(
        template(
          'variables:\n  recipient.firstName: Oona\n  sender.stalls:\n    - Cheese & <b>bread</b>\n    - Honey\n  sender.markets:\n    - town: Ely\n      day: Friday\n    - town: Wells\n      day: Sunday',
          'Hi {{recipient.firstName}},\n{{#each sender.stalls}}* {{this}}\n{{/each}}{{#each sender.markets as |market|}}{{@index}}: {{market.town}} ({{day}}) for {{../recipient.firstName}}\n{{/each}}{{#each sender.stalls}}{{else}}none{{/each}}\n',
        ),
      );
      assertOnlyPageTags(html);
      assert.equal(body(html), 'Hi Oona,\n* Cheese &amp; &lt;b&gt;bread&lt;/b&gt;\n* Honey\n0: Ely (Friday) for Oona\n1: Wells (Sunday) for Oona');
      assert.doesNotMatch(html, /no sample value/);
    });

    it('a list of maps with a prototype key pollutes nothing', () => {
      const html = preview(template('variables:\n  sender.items:\n    - __proto__:\n        polluted: yes\n      name: Kiln', '{{#each sender.items}}{{name}} {{polluted}}{{/each}}\n'));
      assert.equal(({} as Record<string, unknown>).polluted, undefined);
      assert.equal(body(html), 'Kiln');
    });

    it('are left to each/with blocks, which read the nested samples', () => {
      const html = preview(
        template('variables:\n  recipient.firstName: Ana\n  recipient.city: Ghent', '{{#each recipient}}{{@key}}: {{this}}\n{{/each}}{{#with recipient}}Bye {{firstName}} {{nickname}}{{/with}}\n'),
      );
      assert.equal(body(html), 'firstName: Ana\ncity: Ghent\nBye Ana');
    });
  });

  describe('a template that cannot be rendered', () => {
    for (const [name, bodyText, message] of [
      ['an unclosed block', 'Hi,\n{{#if recipient.firstName}}\nHello\n', /^Line \d+: .*never closed/],
      ['a partial', 'Hi,\n\n{{> signature}}\n', /^Line 9: partials \(\{\{&#62; name\}\}\) cannot be previewed/],
      ['a custom helper', 'Hi {{uppercase recipient.firstName}},\n', /^Line 7: `uppercase` is called as a helper; the preview runs only if, unless, each, with\./],
      ['a built-in helper it does not run', 'Hi {{lookup recipient "firstName"}},\n', /`lookup` is called as a helper/],
      ['a decorator', '{{* activate}}\nHi,\n', /decorators/],
    ] as const) {
      it(`shows a readable error page for ${name}, without throwing`, () => {
        const html = preview(template('kind: request\nsubject: Hello\nvariables:\n  recipient.firstName: Ana', bodyText));
        assert.match(html, /<h1 class="none">This template cannot be previewed yet<\/h1>/);
        const error = /<pre class="error">([\s\S]*)<\/pre>/.exec(html)?.[1] ?? '';
        assert.match(error, message);
        assert.equal(contentSecurityPolicy(html).startsWith("default-src 'none';"), true);
        assertOnlyPageTags(html);
      });
    }

    it('renders a template without front matter or subject', () => {
      const html = preview('Hi there,\n\nThanks for the tip.\n');
      assert.match(html, /<h1 class="none">\(no subject\)<\/h1>/);
      assert.equal(body(html), 'Hi there,\n\nThanks for the tip.');
    });
  });
});

describe('preview of one contact', () => {
  const text = template(FRONT_MATTER.replace('variables:', 'data: ./contacts.csv\nvariables:'), BODY);
  const contact = {
    values: { recipient: { firstName: 'Bo', talkTopic: '<b>pricing</b>' }, sender: { firstName: 'Jim' } },
    label: 'Row 3 (bo@example.com)',
    list: './contacts.csv',
    index: 1,
    count: 4,
    broken: false,
    previous: 0,
    next: 2,
  };

  it('renders the contact values, escaped, under a picker whose buttons post through the one script the nonce allows', () => {
    const nonce = 'bm9uY2U=';
    const html = renderPreviewHtml(parseOutreachDocument(text), { cspSource: CSP_SOURCE, nonce, contact });
    assert.match(body(html), /^Hi Bo,\n\nI enjoyed your talk on &lt;b&gt;pricing&lt;\/b&gt;\./);
    assert.match(html, /<nav class="contacts"><span class="contact">Row 3 \(bo@example\.com\), 2 of 4 in <code>\.\/contacts\.csv<\/code><\/span>/);
    assert.match(html, /<button type="button" data-row="0">First<\/button><button type="button" data-row="0">Previous<\/button><button type="button" data-row="2">Next<\/button><button type="button" disabled>Next broken<\/button>/);
    assert.equal(contentSecurityPolicy(html), `default-src 'none'; style-src ${CSP_SOURCE} 'nonce-${nonce}'; script-src 'nonce-${nonce}'; base-uri 'none'; form-action 'none'`);
    assert.equal(html.match(/<script/g)?.length, 1);
    assert.match(html, /<footer>Rendered as this contact will read it\.<\/footer>/);
  });

  it('shows which contact without buttons or a script when there is no nonce to allow one', () => {
    const html = renderPreviewHtml(parseOutreachDocument(text), { cspSource: CSP_SOURCE, contact });
    assert.match(html, /<nav class="contacts"><span class="contact">Row 3/);
    assert.doesNotMatch(html, /<button|<script|script-src/);
  });
});
