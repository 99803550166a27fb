/** A deterministic, generated benchmark corpus: outreach templates of every kind, from a seeded generator. */
import { TEMPLATE_KINDS, type TemplateKind } from '../server/src/service/types';

/** mulberry32: small, fast and good enough to pick sentences reproducibly. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Sentences written for the benchmark: a mix that passes and trips rules, so every rule does real work.
const SENTENCES = [
  'I lead a small analytics team at a regional clinic network and we rebuilt our triage dashboard last spring.',
  'Your talk on {{recipient.recentWork}} changed how we run our weekly planning meeting.',
  'Would you have 15 minutes for a call sometime in the next two weeks?',
  'I would be glad to share the notes we kept while trying your approach, in case they help with your next article.',
  'Could we grab coffee sometime?',
  'I am happy to talk by phone, on video or in person, whatever is easiest for you.',
  'Would Tuesday at 10:00 or Thursday at 14:30 {{sender.timezone}} suit you?',
  'Let me know when you are free.',
  'I would love to pick your brain about pricing our consulting packages.',
  'Are you hiring junior analysts at the moment?',
  'I am moving from teaching chemistry into data science and I have been reading everything I can find.',
  'What I would most like to ask about is how you decided which dashboards to retire.',
  'No pressure at all if the next few weeks are busy for you.',
  'Thank you for walking me through your hiring rubric last Thursday.',
  'When you mentioned pairing new hires with a buddy for their first month, it stuck with me.',
  'We tried it with two new analysts and both said it made the first weeks far less lonely.',
  'I am not able to take on new mentees until the spring, since my team is in the middle of a migration.',
  'In the meantime, the reading list I keep for new analysts might help; I am happy to send it over.',
  'Just following up on my last email.',
  'I came across an article on survey design that reminded me of our conversation, so I am passing it along.',
  'Alice, meet Ben: he runs the data team at a food bank and is rebuilding their volunteer scheduling.',
  'You both care about making small teams effective, and Ben would value twenty minutes on a call about your rota.',
  'Could you tell me about what you do at {{recipient.company}}?',
  'It would mean a lot to have an hour of your time over lunch.',
  'I admire your work and I think I could learn a great deal from you.',
  'Please fill in [Your Name] and TODO before sending this.',
];

const QUESTIONS = [
  'What did your first month in the role look like?',
  'How did you decide which projects to say no to?',
  'Do you enjoy the management side of the work?',
  'What does your company do?',
  'What would you do differently if you started again today?',
  'Which skills turned out to matter more than you expected?',
  'Is there anything you wish you had known earlier?',
  'How do you keep learning while working full time?',
];

const KIND_NAMES: Record<TemplateKind, string> = {
  request: 'Your talk on {{recipient.recentWork}}',
  'intro-request': 'Would you be open to meeting Ben?',
  introduction: 'Alice <> Ben: volunteer scheduling',
  decline: 'Re: coffee next week',
  'thank-you': 'Thank you for the hiring rubric',
  'follow-up': 'The survey article I mentioned',
  questions: '',
};

export interface GeneratedTemplate {
  name: string;
  kind: TemplateKind;
  text: string;
  words: number;
}

function frontMatter(kind: TemplateKind): string {
  const subject = KIND_NAMES[kind] ? `subject: "${KIND_NAMES[kind]}"\n` : '';
  return `---\nkind: ${kind}\n${subject}relationship: cold\nvariables:\n  recipient.firstName: Sally\n  recipient.recentWork: remote onboarding\n  recipient.company: Acme Analytics\n  sender.timezone: CET\n---\n`;
}

function countWords(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

/** `count` templates of about `targetWords` words each, cycling through the template kinds. */
export function generateTemplates(count: number, targetWords = 150, seed = 20261125): GeneratedTemplate[] {
  const random = seededRandom(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const templates: GeneratedTemplate[] = [];
  for (let index = 0; index < count; index++) {
    const kind = TEMPLATE_KINDS[index % TEMPLATE_KINDS.length]!;
    const lines: string[] = ['Hi {{recipient.firstName}},', ''];
    let words = 0;
    while (words < targetWords - 6) {
      const sentence = kind === 'questions' ? `- ${pick(QUESTIONS)}` : pick(SENTENCES);
      lines.push(sentence);
      words += countWords(sentence);
    }
    lines.push('', 'Best,', 'Sam', '');
    const body = lines.join('\n');
    templates.push({ name: `t${String(index).padStart(4, '0')}.${kind}.outreach.hbs`, kind, text: frontMatter(kind) + body, words: countWords(body) });
  }
  return templates;
}

/** One request template of about `words` words, made of generated paragraphs. */
export function generateLargeDocument(words: number, seed = 7): string {
  const random = seededRandom(seed);
  const paragraphs: string[] = [];
  let total = 0;
  while (total < words) {
    const sentences: string[] = [];
    for (let index = 0; index < 5; index++) sentences.push(SENTENCES[Math.floor(random() * SENTENCES.length)]!);
    const paragraph = sentences.join(' ');
    paragraphs.push(paragraph);
    total += countWords(paragraph);
  }
  return `${frontMatter('request')}Hi {{recipient.firstName}},\n\n${paragraphs.join('\n\n')}\n\nBest,\nSam\n`;
}
