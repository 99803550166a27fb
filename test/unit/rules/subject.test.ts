import assert from 'node:assert/strict';
import { request, ruleTester, template } from '../../helpers/ruleTester';

ruleTester('subject', {
  valid: [
    { name: 'an introduction subject with both names', text: template('kind: introduction\nconsent: granted\nsubject: "Intro: {{a.firstName}} and {{b.firstName}}"\nvariables:\n  a.firstName: Ana\n  b.firstName: Ola', 'Hi {{a.firstName}},\n\n{{b.firstName}} restores church organs and needs a carpenter for the bellows.') },
    { name: 'the introduction subject "X, meet Y"', text: template('kind: introduction\nconsent: granted\nsubject: "{{recipient.firstName}}, meet Ola"\nvariables:\n  recipient.firstName: Ana', 'Hi {{recipient.firstName}},\n\nOla restores church organs and needs a carpenter for the bellows.') },
    { name: 'a format with its topic', text: template('kind: request\nsubject: "Coffee and kiln temperatures"', 'Hi Ana,\n\nCould we talk for 15 minutes about your kiln design?') },
    { name: 'specific subject', text: request('Hi Ana,', 'subject: "Your talk on onboarding remote designers"') },
    { name: 'specific with a placeholder', text: request('Hi Ana,', 'subject: "A question about {{recipient.talkTopic}}"\nvariables:\n  recipient.talkTopic: remote onboarding') },
    { name: 'exactly 60 characters', text: request('Hi Ana,', `subject: "${'A question about accessibility audits for small design teams'.padEnd(60, '!')}"`) },
    { name: 'long placeholder path, short sample', text: request('Hi,', 'subject: "On {{recipient.mostRecentConferenceTalkTitleForTheSpringSeason}} and hiring"\nvariables:\n  recipient.mostRecentConferenceTalkTitleForTheSpringSeason: scaling QA') },
    { name: 'broken YAML hides the subject: left to frontmatter', text: request('Hi Ana,', 'subject: A question: about your talk\nrelationship: [warm') },
    { name: 'a question list is not an email', text: template('kind: questions', '- How did you choose your first design role?') },
    { name: 'generic words inside a specific subject', text: request('Hi,', 'subject: "Quick question about your QA hiring post"') },
    { name: 'a decline answers in its thread', text: template('kind: decline', 'Hi Ana,\n\nThank you for thinking of me. I am not taking on new mentees until spring.') },
    { name: 'a follow-up answers in its thread', text: template('kind: follow-up', 'Hi Ana,\n\nI tried the pairing rota you suggested and wanted to share how it went.') },
    { name: 'a thank-you subject that names the advice', text: template('kind: thank-you\nsubject: "Thank you for the hiring rubric"', 'Hi Ana,\n\nThank you for walking me through your hiring rubric.') },
    { name: 'a question for them, with its topic (a stonemason)', text: template('kind: request\nsubject: "A question for you about lime mortar"', 'Hi Ana,\n\nCould we talk for 15 minutes about repointing the chapel wall?') },
    { name: 'a note to them naming what it carries', text: template('kind: request\nsubject: "Notes for you on the ferry timetable"', 'Hi Ana,\n\nCould we talk for 15 minutes about the winter sailings?') },
    { name: 'intro subject naming both people', text: template('kind: introduction\nconsent: granted\nsubject: "Priya <> Tomás: accessibility audits"', 'Priya, meet Tomás.') },
  ],
  invalid: [
    {
      name: 'a subject that only names the form of the message',
      text: template('kind: request\nsubject: "Just a quick note"', 'Hi Ana,\n\nCould we talk for 15 minutes about your kiln design?'),
      flagged: ['"Just a quick note"'],
    },
    {
      name: 'a question for you: who it is for, but no topic (a tile setter)',
      text: template('kind: request\nsubject: "A question for you"', 'Hi Ana,\n\nCould we talk for 15 minutes about grouting wet rooms?'),
      flagged: ['"A question for you"'],
    },
    {
      name: 'a quick call with you',
      text: template('kind: request\nsubject: "Quick call with you?"', 'Hi Ana,\n\nCould we talk for 15 minutes about your kiln design?'),
      flagged: ['"Quick call with you?"'],
    },
    {
      name: 'a subject that only names the format',
      text: template('kind: request\nsubject: "Quick Zoom call next week?"', 'Hi Ana,\n\nCould we talk for 15 minutes about your kiln design?'),
      flagged: ['"Quick Zoom call next week?"'],
    },
    {
      name: 'a bare "Thank you" says nothing about which conversation it follows',
      text: template('kind: thank-you\nsubject: "Thank you!"', 'Hi Ana,\n\nThank you for walking me through your hiring rubric.'),
      flagged: ['"Thank you!"'],
    },
    {
      name: 'no subject: added after kind',
      text: request('Hi Ana,\n\nThanks'),
      flagged: ['Hi Ana,'],
      message: /no subject line/,
      output: (fixed) => assert.match(fixed, /^---\nkind: request\nsubject: "[^"\n]+"\n---\nHi Ana,/),
    },
    {
      name: 'no front matter: created',
      text: 'Hi Ana,\n\nWould you have 15 minutes?',
      flagged: ['Hi Ana,'],
      output: (fixed) => assert.match(fixed, /^---\nsubject: "[^"\n]+"\n---\nHi Ana,\n/),
    },
    {
      name: 'empty subject key is filled, not duplicated',
      text: template('subject:\nkind: thank-you', 'Thank you for the advice.'),
      flagged: ['Thank you for the advice.'],
      output: (fixed) => assert.match(fixed, /^---\nsubject: "Thank you for the advice on \{\{meeting\.topic\}\}"\nkind: thank-you\n---\n/),
    },
    {
      name: 'generic: Coffee?',
      text: request('Hi Ana,', 'subject: "Coffee?"'),
      flagged: ['"Coffee?"'],
      message: /generic subject/,
      output: (fixed) => assert.match(fixed, /subject: "(?!Coffee)[^"\n]+"\n/),
    },
    {
      name: 'generic after removing a name placeholder',
      text: request('Hi,', 'subject: Hi {{recipient.firstName}}!'),
      flagged: ['Hi {{recipient.firstName}}!'],
    },
    {
      name: 'generic: Quick question / Re: Following up',
      text: template('kind: follow-up\nsubject: "Re: Following up..."', 'Hi Ana,'),
      flagged: ['"Re: Following up..."'],
    },
    {
      name: '"Thank you" says nothing on a request',
      text: request('Hi,', 'subject: Thank you'),
      flagged: ['Thank you'],
    },
    {
      name: 'a thank-you note still needs a subject',
      text: template('kind: thank-you', 'Hi Ana,\n\nThank you for walking me through your hiring rubric.'),
      flagged: ['Hi Ana,'],
    },
    {
      name: 'too long, counted after filling samples',
      text: request('Hi,', 'subject: "Thank you for your presentation at {{event.name}}; could I ask you a question?"\nvariables:\n  event.name: the spring meetup'),
      flagged: ['"Thank you for your presentation at {{event.name}}; could I ask you a question?"'],
      message: /\d+ characters long \(over 60\)/,
    },
    {
      name: 'CRLF and BOM: no front matter',
      text: '\uFEFFHi Ana,\r\n\r\nThanks',
      flagged: ['Hi Ana,'],
      output: (fixed) => assert.match(fixed, /^\uFEFF---\r\nsubject: "[^"]+"\r\n---\r\nHi Ana,/),
    },
  ],
});
