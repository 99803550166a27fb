import { request, ruleTester, template } from '../../helpers/ruleTester';

ruleTester('leftover-placeholder', {
  valid: [
    { name: 'Markdown links', text: request('You can see my work on [my portfolio](https://example.dev) and [GitHub][gh].\n\n[gh]: https://github.com/example') },
    { name: 'footnotes, [sic] and ellipsis', text: request('Your post said "we hire for potential [sic]" [1] and […] it stuck with me.') },
    { name: 'email and URL text', text: request('Reach me at <jo.park@example.com> or <https://jo.example.dev>, or jo_park__dev@example.com.') },
    { name: 'HTML tags in a Markdown body', text: request('My address ends in <tt>@example.com</tt>.<br>\nThanks') },
    { name: 'intro subject with <>', text: template('kind: introduction\nsubject: "Priya <> Tomás"', 'Priya, meet Tomás.') },
    { name: 'acronyms and a lone X', text: request('I lead QA for the XR team at a SaaS company; we ship version X every spring.') },
    { name: 'lower-case todo and xxx in words', text: request('My todo list for the move includes your book. Sizes run from S to XXL.') },
    { name: 'real Handlebars placeholders', text: request('Hi {{recipient.firstName}}, {{#if recipient.company}}how is {{recipient.company}}?{{/if}}') },
    { name: 'a comment may hold scaffolding', text: request('{{!-- TODO: add [specific talk] once I watch it --}}\nHi there,') },
    { name: 'a blank inside a question asks the recipient', text: template('kind: questions', '- The typical range for this role is ____ to ____, is that right?') },
    { name: 'an underscore identifier', text: request('My handle is __jo_park__ everywhere.') },
    { name: 'comparisons in prose', text: request('Teams of < 10 people and budgets > 5k are my focus.') },
    { name: 'checkboxes', text: request('- [x] read your post\n- [ ] watch your talk') },
  ],
  invalid: [
    {
      name: '[Name] in the greeting becomes a placeholder',
      text: request('Hi [Name],\n\nThanks'),
      flagged: ['[Name]'],
      message: /template slot/,
      output: request('Hi {{recipient.firstName}},\n\nThanks'),
    },
    {
      name: 'single-brace merge field',
      text: request('Hi {FirstName}, I loved {company name}.'),
      flagged: ['{FirstName}', '{company name}'],
      output: request('Hi {{recipient.firstName}}, I loved {company name}.'),
    },
    {
      name: 'shouting angle slot',
      text: request('I have followed <COMPANY> for years.'),
      flagged: ['<COMPANY>'],
      output: request('I have followed {{recipient.company}} for years.'),
    },
    {
      name: 'your name is the sender',
      text: request('Thanks,\n[Your Name]'),
      flagged: ['[Your Name]'],
      output: request('Thanks,\n{{sender.fullName}}'),
    },
    {
      name: 'writer instructions have no conversion',
      text: request('I enjoyed your post on [specific thing] and [Your Name & contact info].'),
      flagged: ['[specific thing]', '[Your Name & contact info]'],
      output: null,
    },
    {
      name: 'XXX, TODO and FIXME notes',
      text: request('We met at XXX last spring. TODO add the talk title. FIXME'),
      flagged: ['XXX', 'TODO', 'FIXME'],
      message: /note left in the template/,
    },
    {
      name: 'blanks in a statement',
      text: request("I'm a ____ at ____ and I read your post."),
      flagged: ['____', '____'],
      message: /blank/,
    },
    {
      name: 'angle slot with spaces',
      text: request('I work at <your company> on <Project Name>.'),
      flagged: ['<your company>', '<Project Name>'],
      output: request('I work at {{sender.company}} on <Project Name>.'),
    },
    {
      name: 'in the subject line',
      text: request('Hi there,', 'subject: "Coffee with [Name]?"'),
      flagged: ['[Name]'],
    },
    {
      name: 'UTF-16 ranges after emoji and accents',
      text: request('Café ☕️ 👩🏽‍💻 with [specific topic]!'),
      flagged: ['[specific topic]'],
    },
    {
      name: 'a long instruction is shortened in the message',
      text: request('Before this I [did something that relates to the work you do, or a passion you share].'),
      flagged: ['[did something that relates to the work you do, or a passion you share]'],
      message: /`\[did something that relates to the w…\]`/,
    },
  ],
});
