import { request, ruleTester } from '../../helpers/ruleTester';

const NEXT_STEPS = 'What advice would you give someone in my position about next steps?';
const cold = (body: string): string => request(body, 'relationship: cold');

ruleTester('cold-referral', {
  valid: [
    {
      name: 'chess openings are not job openings',
      text: cold('Could I take ten minutes after the tournament to ask how you choose which openings to teach beginners?'),
    },
    {
      name: 'taking a guest on a tour is not a job',
      text: cold('Would you take me on a short walk through the seed vault if I visit in May? I run a school garden and would bring the class photos for your newsletter.'),
    },
    {
      name: 'a disclaimer is not the ask',
      text: cold("I'm not asking for a job or a referral, only fifteen minutes on how you moved from nursing into health software."),
    },
    {
      name: 'warm contact may be asked',
      text: request('Since we worked together at Fernway, would you be comfortable referring me for the analyst role?', 'relationship: warm'),
    },
    {
      name: 'explicitly not asking for a job',
      text: cold('I am not looking for a job or a referral, just your perspective on moving from QA into data engineering. Would you have 15 minutes?'),
    },
    {
      name: 'the sender was referred',
      text: cold('Dana Ruiz referred me to you and suggested I ask about your move into platform engineering. Would you have 15 minutes next week?'),
    },
    {
      name: 'recommendations for reading',
      text: cold('Would you have any recommendations for papers on reinforcement learning for game AI?'),
    },
    {
      name: 'a statement of interest, not an ask',
      text: cold('I would be excited to work at a startup like yours one day. For now I would love to hear how you chose your first role. Could we talk for 15 minutes?'),
    },
    {
      name: 'the sender is hiring',
      text: cold('My team is hiring two designers, and I would love to hear how you ran your portfolio reviews. Could we talk for 15 minutes?'),
    },
    {
      name: 'not a request kind',
      text: '---\nkind: thank-you\nrelationship: cold\n---\nThank you for the advice about next steps; I will not ask you to refer me.',
    },
  ],
  invalid: [
    {
      name: 'a candidacy moved on in other words',
      text: cold('Could you slide my name across to whoever runs the night shift at your depot?'),
      flagged: ['Could you slide my name across to whoever runs the night shift at your depot?'],
    },
    {
      name: 'a placement asked for someone the sender writes for',
      text: cold('My nephew builds furniture in his garage. Would your workshop take him on for a summer apprenticeship?'),
      flagged: ['Would your workshop take him on for a summer apprenticeship?'],
    },
    {
      name: 'a referral in other words',
      text: cold('Could you pass my portfolio along to whoever handles hiring for your animation team?'),
      flagged: ['Could you pass my portfolio along to whoever handles hiring for your animation team?'],
    },
    {
      name: 'are you hiring',
      text: cold('Hi Abbie! I am excited about the Front End Engineer opening and the chance to work with a small team. Are you still hiring for this role?'),
      flagged: ['Are you still hiring for this role?'],
      message: /advice on next steps/,
      output: cold(`Hi Abbie! I am excited about the Front End Engineer opening and the chance to work with a small team. ${NEXT_STEPS}`),
    },
    {
      name: 'a referral ask, removed',
      text: cold('I applied for the support lead role last week. Would you be willing to refer me to the hiring manager? Thank you for reading.'),
      flagged: ['Would you be willing to refer me to the hiring manager?'],
      fix: /Remove/,
      output: cold('I applied for the support lead role last week. Thank you for reading.'),
    },
    {
      name: 'put in a good word',
      text: cold('Could you put in a good word for me with the recruiting team at {{recipient.company}}?'),
      flagged: ['Could you put in a good word for me with the recruiting team at {{recipient.company}}?'],
    },
    {
      name: 'a company that will be hiring',
      text: cold('Any chance Brightline will be hiring junior developers this spring?'),
      flagged: ['Any chance Brightline will be hiring junior developers this spring?'],
    },
    {
      name: 'pitching oneself as their next hire',
      text: cold('I would love to chat about what you are looking for in your next backend hire.'),
      flagged: ['I would love to chat about what you are looking for in your next backend hire.'],
    },
  ],
});
