import { request, ruleTester } from '../../helpers/ruleTester';

ruleTester('googleable-ask', {
  valid: [
    {
      name: 'continues from their public work',
      text: request('I read your post on pricing developer tools, and I would love your take on how it applies to open-source projects. Could we talk for 15 minutes?'),
    },
    {
      name: 'learn about something specific that is not public',
      text: request('I would love to learn more about how you moved from hospital nursing into clinical informatics.'),
    },
    {
      name: '“your work on …” is a specific subject',
      text: request('I would love to hear more about your work on the migration to event sourcing, especially what you would do differently.'),
    },
    {
      name: 'a past statement, not an ask',
      text: request('I enjoyed learning about your company at the career fair last week. Could we talk for 15 minutes about your first year as a data analyst?'),
    },
    {
      name: 'negated',
      text: request('I am not asking you to tell me about your company; I have read the site. I would like your view on how the support team is organized.'),
    },
    {
      name: 'a topic word that is not a name',
      text: request('I would love to hear more about something you mentioned in the panel: hiring without whiteboard interviews.'),
    },
  ],
  invalid: [
    {
      name: 'learn more about your work',
      text: request('Hi Sam, I am exploring careers in open source. Would you be willing to do a 30 minute chat with me? I would love to learn more about your work!'),
      flagged: ['learn more about your work'],
      message: /public profile/,
      output: request(
        'Hi Sam, I am exploring careers in open source. Would you be willing to do a 30 minute chat with me? I would love to get your take on a question your work on {{recipient.recentWork}} left me with!',
      ),
    },
    {
      name: 'learning more about the company (gerund)',
      text: request('I am interested in learning more about {{recipient.company}} and its culture.', 'variables:\n  recipient.company: Acme'),
      flagged: ['learning more about {{recipient.company}}'],
      message: /^“learning more about \{\{recipient\.company\}\}”/,
      output: request('I am interested in getting your take on a question your work on {{recipient.recentWork}} left me with and its culture.', 'variables:\n  recipient.company: Acme'),
    },
    {
      name: 'a company name',
      text: request('Would you be up for 20 minutes over coffee so I can learn more about Northwind Labs?'),
      flagged: ['learn more about Northwind Labs'],
    },
    {
      name: 'what you do',
      text: request('Thanks for connecting! I would also love to hear about what you do and what your team is working on.'),
      flagged: ['hear about what you do'],
    },
    {
      name: 'what does your company do (no rewrite)',
      text: request('Quick question before we meet: what does your company do exactly?'),
      flagged: ['what does your company do'],
      output: null,
    },
  ],
});
