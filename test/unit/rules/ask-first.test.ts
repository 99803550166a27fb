import { request, ruleTester } from '../../helpers/ruleTester';

ruleTester('ask-first', {
  valid: [
    {
      name: 'introduction, reason, then the ask',
      text: request('Hi Mia,\n\nI am a nurse moving into health-tech product work. Your post on clinical pilots stood out to me. Would you have 15 minutes for a call next week?\n\nThanks,\nRay'),
    },
    { name: 'a pleasantry before the introduction', text: request('I hope you are well! I am a second-year design student at Parsons. Could we talk for 15 minutes about your studio?') },
    { name: 'the ask alone, nothing to move', text: request('Would you have 15 minutes next week for a call about your move into design?') },
    { name: 'ask first, then only logistics', text: request('Would you have 15 minutes for a call next week? Tuesday at 10 am ET or Thursday at 3 pm ET both work for me.') },
    { name: 'a thank-you opener is not an ask', text: request('Thank you for your talk at the product meetup yesterday. I am a junior PM at a logistics startup. Could I ask you one question by email?') },
    { name: 'not a request kind', text: '---\nkind: follow-up\n---\nCould we find a time next week? I am the designer you met at the meetup.' },
    { name: 'a salutation in another language, then the introduction and the ask (a pastry chef)', text: request('Hola Marta,\n\nI am a pastry chef in Valencia and your post on laminated dough changed my croissants. Could we talk for 15 minutes on Tuesday at 10:00 CET?') },
    { name: 'a first line with a verb is no salutation (a tower-clock restorer)', text: request('Hope all is well, Herr Keller!\n\nI restore tower clocks in Bern and read your paper on escapements. Could we talk for 15 minutes by phone?') },
  ],
  invalid: [
    {
      name: 'a run of opening asks moves as one block',
      text: request('Could we talk for 15 minutes next week? Would Tuesday morning work? I run a bakery in Leeds and your column on sourdough pricing changed my menu.'),
      flagged: ['Could we talk for 15 minutes next week?'],
      output: request('I run a bakery in Leeds and your column on sourdough pricing changed my menu. Could we talk for 15 minutes next week? Would Tuesday morning work?'),
    },
    {
      name: 'ask before the introduction, same paragraph',
      text: request('Hi Mia,\n\nWould you have 15 minutes for a call next week? I am a nurse moving into health-tech product work. Your post on clinical pilots stood out to me.\n\nThanks,\nRay'),
      flagged: ['Would you have 15 minutes for a call next week?'],
      message: /open with a one-line introduction/,
      output: request('Hi Mia,\n\nI am a nurse moving into health-tech product work. Your post on clinical pilots stood out to me. Would you have 15 minutes for a call next week?\n\nThanks,\nRay'),
    },
    {
      name: 'ask as its own first paragraph',
      text: request('Hi Mia,\n\nCould we grab a 15-minute coffee next week?\n\nI am a junior engineer at a fintech startup, and I read your article on on-call rotations.\n\nThanks,\nRay'),
      flagged: ['Could we grab a 15-minute coffee next week?'],
      output: request('Hi Mia,\n\nI am a junior engineer at a fintech startup, and I read your article on on-call rotations. Could we grab a 15-minute coffee next week?\n\nThanks,\nRay'),
    },
    {
      name: 'ask before the reason',
      text: request('Can I ask you two questions about your move from law into product? We both studied at Leeds, and your path is the one I hope to follow.'),
      flagged: ['Can I ask you two questions about your move from law into product?'],
    },
    {
      name: 'a salutation the greeting line does not know, then the ask before the introduction (a river ranger)',
      text: request('Kia ora Mere,\n\nCould we have a 15-minute call on Friday about your eel weir? I am a river ranger in Whanganui and your talk on tuna migration stuck with me.'),
      flagged: ['Could we have a 15-minute call on Friday about your eel weir?'],
    },
    {
      name: 'a placeholder salutation in another language (a beekeeper)',
      text: request('Dobrý večer {{recipient.firstName}},\n\nWould you have 20 minutes for a call about your queen-rearing trials? I keep forty hives in Moravia, and your article on drone congregation areas changed how I site them.', 'variables:\n  recipient.firstName: Jana'),
      flagged: ['Would you have 20 minutes for a call about your queen-rearing trials?'],
    },
  ],
});
