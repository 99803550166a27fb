import { request, ruleTester, template } from '../../helpers/ruleTester';

ruleTester('template-syntax', {
  valid: [
    { name: 'plain placeholders', text: request('Hi {{recipient.firstName}},\n\nI enjoyed your talk on {{recipient.talkTopic}}.\n\nBest,\n{{sender.firstName}}') },
    { name: 'closed if/else block', text: request('{{#if recipient.company}}How is life at {{recipient.company}}?{{else}}How are things?{{/if}}') },
    { name: 'comments and whitespace control', text: request('{{!-- greet by first name --}}\nHi {{~ recipient.firstName ~}},\n{{! short comment }}') },
    { name: 'single braces are prose, not Handlebars', text: request('Hi {FirstName}, my set notation is {a, b}.') },
    { name: 'no front matter', text: 'Hello there,\n\nThanks for the note about {{meeting.topic}}.' },
    { name: 'emoji and accents', text: template('kind: thank-you', 'Merci, {{recipient.firstName}} 🎉 — café soon?') },
  ],
  invalid: [
    {
      name: 'empty placeholder',
      text: request('Hi {{}},\n\nThanks!'),
      flagged: ['}}'],
      message: /Empty or incomplete/,
      output: null,
    },
    {
      name: 'unclosed block reports at its end',
      text: request('{{#if recipient.company}}How is {{recipient.company}}?\n\nThanks'),
      flagged: ['{{#if recipient.company}}'],
      message: /never closed/,
    },
    {
      name: 'unterminated mustache',
      text: request('Hi {{recipient.firstName,\n\nThanks'),
      flagged: ['firstName,'],
      message: /Unexpected text|cannot parse/,
    },
    {
      name: 'position is right after emoji and CRLF',
      text: '---\r\nkind: request\r\n---\r\nHi 👋🏽 {{recipient.firstName}}\r\nSee you {{ }} soon',
      flagged: ['}}'],
    },
    {
      name: 'single closing brace',
      text: request('Hi {{recipient.firstName},\n\nThanks'),
      flagged: ['}'],
    },
    {
      name: 'mismatched block close',
      text: request('{{#if recipient.company}}At {{recipient.company}}?{{/unless}}'),
      flagged: ['if'],
      message: /doesn't match/,
    },
  ],
});
