import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { lintText, phrases, request, ruleTester } from '../../helpers/ruleTester';

const GENERIC = request(
  'Hi {{recipient.firstName}},\n\nI came across your profile and really admire your work at {{recipient.company}}. I am a junior analyst hoping to move into product. Would you have 15 minutes next week to talk about that move?\n\nBest,\nSam',
  'variables:\n  recipient.firstName: Ana\n  recipient.company: Acme',
);

ruleTester('personalization', {
  valid: [
    {
      name: 'the subject names their project and the body talks about it',
      text: request(
        'Tidepool saved our field trip last spring: the offline tide tables worked with no signal at all. Would you have 15 minutes for a call about how you keep the data fresh?',
        'subject: "Tidepool and offline tide tables"',
      ),
    },
    {
      name: 'names their talk',
      text: request('Hi Ana,\n\nYour talk at DevOpsDays about on-call rotations made me rethink how my team shares pager duty. Would you have 15 minutes next week?\n\nThanks,\nSam'),
    },
    {
      name: 'a recipient-specific placeholder',
      text: request('Hi {{recipient.firstName}},\n\nI have been following {{recipient.recentWork}} closely. Would you have 15 minutes next week?', 'variables:\n  recipient.firstName: Ana\n  recipient.recentWork: the pricing teardown series'),
    },
    {
      name: 'quotes their own words',
      text: request('Hi Ana,\n\nOn your podcast you said that “most dashboards answer questions nobody asked”, and it stuck with me. Could we talk for 15 minutes about how you decide what to measure?'),
    },
    {
      name: 'names something they did',
      text: request('I saw that you moved from hospital pharmacy into clinical data science two years ago. I am weighing the same switch. Could we talk for 15 minutes?'),
    },
    {
      name: 'a specific shared background',
      text: request('We are both former paralegals who went into legal tech, so I suspect you faced the same questions I am facing now. Could we talk for 15 minutes?'),
    },
    {
      name: 'their work on a named topic',
      text: request('I have learned a lot from your work on accessible form design. Would you have 15 minutes to talk about how you test with screen-reader users?'),
    },
    {
      name: 'the subject names their article',
      text: request('Hi Ana,\n\nI am a backend developer learning about observability. Would you have 15 minutes next week?', 'subject: "Your article on tracing budgets"'),
    },
    {
      name: 'something of theirs the sender saw, with no noun from a fixed list',
      text: request('Hi Wren,\n\nJust saw your chalk lettering outside the fishmonger on Quay Lane, the mackerel look alive. I bake sourdough two doors down. Could we talk for 15 minutes about a sign for my window?'),
    },
    {
      name: 'something of theirs the sender tried, in the present tense',
      text: request('Hi Oskar,\n\nI keep bees outside Uppsala and I love your hive-scale firmware. Would you have 20 minutes to talk about logging winter weight loss?'),
    },
    {
      name: 'a thing of theirs with its subject',
      text: request('Hi Dr. Mensah,\n\nYour zine on caring for dentures is taped inside every cupboard at our care home. Would you have 15 minutes to talk about a version for residents with arthritis?'),
    },
    {
      name: 'a declared specific field, and a deed with its own object (a beekeeper)',
      text: request('Hi {{recipient.firstName}},\n\nYou built the observation hive at {{recipient.museum}} that my grandchildren still talk about. Would you have 15 minutes for a call?', 'variables:\n  recipient.firstName: Ana\n  recipient.museum: the river museum'),
    },
    {
      name: 'an undeclared specific placeholder with no declared field close to it',
      text: request('Hi {{recipient.firstName}},\n\nI keep rereading {{recipient.harvestEssay}}. Would you have 15 minutes for a call?', 'variables:\n  recipient.firstName: Ana'),
    },
  ],
  invalid: [
    {
      name: 'subject names a place and the sender’s own matter, which the body repeats (a ferry engineer)',
      text: request('Soy Tomás, engineer en Puerto Montt. We just finished our first IMO emissions survey and I can share the log. Would you have 20 minutes for a call about how your crews prepare?', 'subject: "IMO emissions surveys, from an engineer in Montt"'),
      flagged: ['Would you have 20 minutes for a call about how your crews prepare?'],
    },
    {
      name: 'praise of everything they built, at a misspelt employer field (a harbour pilot)',
      text: request('Hi {{recipient.firstName}},\n\nI really admire everything you have built at {{recipient.compnay}}. I pilot cargo ships into Hull and would value 15 minutes on a call about night approaches.', 'variables:\n  recipient.firstName: Ana\n  recipient.company: Humber Pilots'),
      flagged: ['Hi {{recipient.firstName}},'],
    },
    {
      name: 'all that you have done, praised in general (a piano tuner)',
      text: request('I am in awe of all that you have done for small concert halls. Would you have 15 minutes for a call about tuning schedules?'),
      flagged: ['Would you have 15 minutes for a call about tuning schedules?'],
    },
    {
      name: 'generic subject words shared with the body are not a reference',
      text: request('I am looking for Career advice from engineers. Would you have 15 minutes for a call next week?', 'subject: "Career advice"'),
      flagged: ['Would you have 15 minutes for a call next week?'],
    },
    {
      name: 'generic flattery and a company placeholder',
      text: GENERIC,
      flagged: ['Would you have 15 minutes next week to talk about that move?'],
      message: /specific to this recipient/,
      output: (fixed) => {
        // The clause goes just before the ask and brings a recipient placeholder.
        assert.match(fixed, /into product\. [^\n]*\{\{recipient\.\w+\}\}[^\n]*[.?!] Would you have 15 minutes next week/);
      },
    },
    {
      name: 'job title and employer only',
      text: request('Hi Ana,\n\nI saw on LinkedIn that you are a data engineer at Lumen Health. I am studying analytics and would love to ask you a few questions about the field. Are you free for a 15-minute call?'),
      flagged: ['Are you free for a 15-minute call?'],
    },
    {
      name: 'a role placeholder is still mail merge',
      text: request('Hi {{recipient.firstName}},\n\nI am interested in your experience as {{recipient.role}}. Would you be open to a 20-minute chat?', 'variables:\n  recipient.firstName: Ana\n  recipient.role: staff engineer'),
      flagged: ['Would you be open to a 20-minute chat?'],
    },
    {
      name: '“your help with my project” is not their project',
      text: request('I would be grateful for your time and your help with my project. Could we talk for 15 minutes?'),
      flagged: ['I would be grateful for your time and your help with my project.'],
    },
    {
      name: 'an organisation placeholder and praise are still mail merge',
      text: request(
        'Hi {{recipient.firstName}},\n\nI coach a walking football team for retirees and have great respect for everything {{recipient.clinic}} does. Could we speak for 15 minutes about sending players your way?',
        'variables:\n  recipient.firstName: Ade\n  recipient.clinic: Riverside Physio',
      ),
      flagged: ['Could we speak for 15 minutes about sending players your way?'],
    },
    {
      name: 'a subject word the body uses only as a place',
      text: request(
        'Hi Maeve,\n\nI run a tractor repair shop in Ballina and everyone in Ballina says you are the best agronomist around. Could we talk for 15 minutes about soil tests?',
        'subject: "Soil tests for a repair shop in Ballina"',
      ),
      flagged: ['Could we talk for 15 minutes about soil tests?'],
    },
    {
      name: 'what anyone has, or what is asked of them, is not a reference',
      text: request('I came across your profile and your passion for dentistry is clear. I would love your thoughts on opening a second practice. Could you find 15 minutes on your calendar?'),
      flagged: ['Could you find 15 minutes on your calendar?'],
    },
    {
      name: 'hearsay about their work is not a reference',
      text: request('Two growers at the co-op said you are the vet every goat farmer should know, and I have heard only good things about your clinic. Could we talk for 15 minutes?'),
      flagged: ['Could we talk for 15 minutes?'],
    },
  ],
});

describe('personalization phrase clauses', () => {
  for (const entry of phrases.inCategory('personalization', 'request')) {
    it(`“${entry.label}” satisfies the rule once inserted`, () => {
      const fixed = GENERIC.replace('Would you have', `${entry.text} Would you have`);
      assert.deepEqual(lintText(fixed).filter((finding) => finding.rule === 'personalization'), []);
    });
  }
});
