import assert from 'node:assert/strict';
import { ruleTester, template } from '../../helpers/ruleTester';

const introduction = (body: string): string => template('kind: introduction\nconsent: granted', body);
const introRequest = (body: string): string => template('kind: intro-request', body);

ruleTester('intro-expectation', {
  valid: [
    {
      name: 'questions to ask them',
      text: introRequest('Hi Dora,\n\nFemi is opening a pottery studio and would like to ask you about kiln insurance. Would that be all right?\n\nThanks,\nAde'),
    },
    {
      name: 'names the format',
      text: introduction('Mira, meet Tom. You are both rebuilding onboarding for support teams, and Tom suggested a 20-minute call to compare checklists.'),
    },
    {
      name: 'names what is hoped for, without a format',
      text: introduction('Priya, this is Jonah. He is preparing his first SOC 2 audit and would value your advice on choosing an auditor.'),
    },
    {
      name: 'questions the other can field',
      text: introduction('Hi Sam,\n\nAs promised, here is Leila, who is weighing a move to your team. You would be a great person to field her questions about on-call.\n\nBest,\nIan'),
    },
    {
      name: 'an email exchange is a format',
      text: introRequest('Hi Lena,\n\nRavi is moving from QA into product management, the move you made. An email exchange would be plenty for him. Would you be open to that?\n\nThanks,\nOla'),
    },
    {
      name: 'coffee near them',
      text: introRequest('Would you be open to meeting my former intern Juno for coffee near your office? She is choosing between two data science offers.'),
    },
    {
      name: 'not an introduction kind',
      text: template('kind: thank-you', 'Thanks again for meeting Alex last week; he told me it helped.'),
    },
    {
      name: 'learning from them is the hope',
      text: introRequest('Hi Dora, my neighbour Femi wants to learn how you grew your pottery studio from a garage. May I put you two in touch?'),
    },
    {
      name: 'the size of the ask, in words',
      text: introRequest('Hi Marta,\n\nMy neighbour Osei restores church organs and is stuck on a reed voicing problem. He hopes for twenty minutes with you. Would that be all right?\n\nThanks,\nPat'),
    },
    {
      name: 'a hope in plain words',
      text: introduction('Hi Gus and Ellen,\n\nEllen is opening a small dental practice in Tulsa. She would value a look at how you set up your patient reminders.\n\nBest,\nRon'),
    },
    {
      name: 'a short note with a few questions, and no call',
      text: introRequest('Dear Ilse,\n\nWould you be open to hearing from Tariq, a retired pilot who now builds flight simulators? He would like to write you a short note with two or three questions, nothing more.\n\nBest,\nHugo'),
    },
    {
      name: 'a meeting length after a story duration still counts',
      text: introRequest('Hi Rosalind,\n\nKwame can rewire a relay in under five minutes. He hopes for about half an hour with you on the fault you wrote up. May I introduce you?\n\nBest,\nTeo'),
    },
    {
      name: 'a conversation asked for is a form, even next to where they belong (a vineyard manager)',
      text: introRequest('Hi Ines,\n\nPaulo manages a vineyard on the Douro and has mapped frost pockets row by row; you two belong in the same circle. He would like a conversation with you before the spring pruning. May I connect you?\n\nBest,\nRui'),
    },
    {
      name: 'questions she would ask are help hoped for (a glassblower)',
      text: introRequest('Hi Mara,\n\nJuno blows lab glass in Leith and has a few questions about annealing schedules for your thick-walled flasks. May I introduce you?\n\nNo pressure at all.\n\nBest,\nFinn'),
    },
  ],
  invalid: [
    {
      name: '“that question” is the topic they share, not questions asked (a lute maker and a historian)',
      text: introduction('Hi Lise and Arne,\n\nLise builds lutes from old drawings and Arne has spent years asking why the Venetian ones sound brighter. You two could happily chew over that question all evening.\n\nAll yours!\n\nBest,\nOle'),
      flagged: ['Hi Lise and Arne,'],
    },
    {
      name: '“the same conversation” is where they belong, not how they would meet (a harbour pilot)',
      text: introRequest('Hi Sven,\n\nMy cousin Ada pilots ships into Bergen and has logged every fog delay for a decade, which is why you two belong in the same conversation. I will write to you both on Friday.\n\nBest,\nTor'),
      flagged: ['Hi Sven,'],
    },
    {
      name: 'a duration inside the story is no meeting length',
      text: introRequest('Hi Rosalind,\n\nMy neighbour Kwame is a retired signalman who can rewire a level-crossing relay in under five minutes, and he has spotted the same fault you wrote about. May I introduce you?\n\nNo pressure at all.\n\nBest,\nTeo'),
      flagged: ['May I introduce you?'],
    },
    {
      name: 'wanting to meet names no hope and no format',
      text: introduction('Hi Vera and Sol,\n\nVera, meet Sol. Sol spent eight years as a park ranger and would love to meet you.\n\nCheers,\nAbe'),
      flagged: ['Sol spent eight years as a park ranger and would love to meet you.'],
    },
    {
      name: 'an "introduction email" is not an email exchange',
      text: introduction('This is an introduction email.\n\nCarol, meet Alex. Alex has spent a decade in logistics, and you are both working on cold-chain tracking.\n\nCheers,\nSam'),
      flagged: ['This is an introduction email.'],
      message: /what the introduced person hopes for/,
      output: (fixed) => assert.match(fixed, /cold-chain tracking\.\n\n\S[^\n]+\n\nCheers,/),
    },
    {
      name: 'a reason alone does not say what is wanted',
      text: introduction('Hi both,\n\nI would like you to meet each other. Ana runs the climate fund at Lumen, and Ben is building sensors for peat bogs.\n\nBest,\nKim'),
      flagged: ['I would like you to meet each other.'],
    },
    {
      name: 'an intro request that asks only for permission',
      text: introRequest('Hi Lena,\n\nRavi has the same background in QA that you had. May I connect the two of you?\n\nThanks,\nOla'),
      flagged: ['May I connect the two of you?'],
    },
  ],
});
