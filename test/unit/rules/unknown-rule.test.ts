import { request, ruleTester } from '../../helpers/ruleTester';

ruleTester('unknown-rule', {
  valid: [
    { name: 'known id on the next line', text: request('{{!-- outreach-disable-next-line time-limit --}}\nCould we grab coffee next week?') },
    { name: 'several known ids with commas', text: request('{{!-- outreach-disable time-limit, subject --}}\nCould we grab coffee?\n{{!-- outreach-enable time-limit, subject --}}') },
    { name: 'all-rules form has no ids', text: request('{{!-- outreach-disable-file --}}\nCould we grab coffee?') },
    { name: 'a reason after -- is not an id', text: request('{{!-- outreach-disable-next-line time-limit -- the call length is set by the programme --}}\nCould we talk?') },
    { name: 'ordinary comments mention anything', text: request('{{!-- remember: outreach disable nothing here; timelimit is fine --}}\nHi there,') },
    { name: 'short comment form', text: request('{{! outreach-disable-file subject }}\nHi there,') },
  ],
  invalid: [
    {
      name: 'misspelled id',
      text: request('{{!-- outreach-disable-next-line timelimit --}}\nCould we grab coffee next week?'),
      flagged: ['timelimit'],
      message: /did you mean `time-limit`/,
      output: request('{{!-- outreach-disable-next-line time-limit --}}\nCould we grab coffee next week?'),
    },
    {
      name: 'one bad id among good ones',
      text: request('{{!-- outreach-disable subject, lenght --}}\nHi there,'),
      flagged: ['lenght'],
      output: request('{{!-- outreach-disable subject, length --}}\nHi there,'),
    },
    {
      name: 'id from another linter',
      text: request('{{!-- outreach-disable-file no-console --}}\nHi there,'),
      flagged: ['no-console'],
      message: /no rule `no-console`/,
      output: null,
    },
    {
      name: 'in the enable comment too',
      text: request('{{!-- outreach-enable subjct --}}\nHi there,'),
      flagged: ['subjct'],
    },
  ],
});
