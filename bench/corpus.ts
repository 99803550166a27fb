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

/**
 * Sentences written for the benchmark, a mix that passes and trips rules so every rule does real work. Each is a frame
 * whose `{a|b|c}` slots vary the topic words (never the wording a rule looks at), so that, like real templates, the
 * corpus rarely repeats a sentence: harper.js caches its lints per sentence and would otherwise answer most of a
 * repetitive corpus from its cache. Slot words are everyday dictionary words, so no linter spends time on unknown ones.
 */
const SENTENCES = [
  'I lead a {small|growing|new|busy|remote|friendly} {analytics|data|research|design|support|finance|operations} team at a {regional clinic network|city library|housing charity|freight company|school district|credit union|local museum} and we rebuilt our {triage dashboard|intake form|reporting pipeline|onboarding guide|volunteer rota|budget model} last {spring|summer|autumn|winter|year}.',
  'Your talk on {{recipient.recentWork}} {changed|reshaped|improved|simplified} how {we run|my team runs|our group runs|I plan} our {weekly|monthly|daily|quarterly} {planning|review|design|hiring|budget|support} {meeting|sessions|retrospective|check-ins}.',
  'Would you have {15|20|fifteen|twenty} minutes for a {call|video call} sometime in the next two weeks{| to talk about| so I can ask about| to hear about}{ your {hiring|pricing|survey|onboarding|mentoring|planning} {rubric|process|approach|checklist|playbook|notes}|}?',
  'I would be {glad|happy} to share the {notes|results|drafts|slides|lessons|numbers} {we kept|I kept|we took} while trying your approach{| with our {analysts|volunteers|students|nurses|engineers|editors}}, in case they help with your next {article|talk|book|workshop|newsletter|course}.',
  '{|Once things calm down, |If you are around, |When the {term|season|quarter|project} ends, }could we grab coffee {sometime|next week|this month|after the {conference|meetup|workshop|holidays|launch}}{| near your {office|studio|school|library|station}| in {town|the city centre|the old town}| with {Ben|Alice|my colleague|my manager}}?',
  '{|Either way, |If it helps, |As for the format, |For the {call|chat|meeting}, }I am {happy|glad|quite happy} to talk {by phone, on video or in person|in person, by phone or on video|on video, by phone or in person}, whatever is easiest for you{| this {week|month|spring|summer|autumn|winter}| before the {conference|holidays|launch|deadline|meetup}| and {Ben|Alice|your team|your colleague}}.',
  'Would {Tuesday|Monday|Wednesday} at {10:00|9:30|11:00|8:30} or {Thursday|Friday} at {14:30|15:00|16:00|13:30} {{sender.timezone}} suit you{| for a short {call|chat} about the {survey|rota|dashboard|budget|rubric}}?',
  '{|Anyway, |Either way, |When you can, |When things calm down, }let me know when you are free{| to {talk|chat|meet} about {the survey|your rota|the dashboard|your book|the course|your team}}{| this {week|month|term|season}| after the {conference|meetup|launch|holidays}}.',
  '{I would love to|I would really like to|I would like to} pick your brain about {pricing|marketing|packaging|selling|naming|scoping} our {consulting|coaching|training|design|research|editing} {packages|services|workshops|offers|sessions}{| next {week|month}}.',
  '{|Also, |By the way, |Out of interest, }are you hiring {junior|senior|new|more|part-time} {analysts|designers|engineers|editors|researchers|nurses} {at the moment|this year|for the spring|for your {data|design|support|research} team}?',
  '{I am moving|I am switching|I am changing careers} from {teaching chemistry|nursing|accounting|retail|journalism|law|teaching music} into {data science|product design|user research|software testing|data engineering} and I have been {reading everything I can find|taking evening classes|building small projects}{| about {hiring|interviews|portfolios|the field|career changes}}.',
  'What I would {most|really|especially} like to ask about is how you decided which {dashboards|reports|projects|meetings|tools|features|services} to {retire|keep|rebuild|merge|share|drop}{| last {year|spring|summer|autumn|winter}| after the {merger|launch|audit|move|survey}}.',
  '{|And |Of course, |Honestly, }no pressure at all if the next few {weeks|months|days} are {busy|full|hectic} for you{| and your {team|family|students|readers|clients}}{| with the {launch|move|audit|conference|holidays}}.',
  'Thank you for walking me through your {hiring|review|pricing|grading|planning|design} {rubric|process|checklist|template|playbook} last {Thursday|Monday|Tuesday|Wednesday|Friday|week|month}{| at the {conference|meetup|workshop|library|office}}.',
  'When you mentioned pairing new {hires|analysts|volunteers|students|nurses|teachers} with a {buddy|mentor|partner|guide} for their first {month|week|term|quarter|year}, it stuck with me{| and my {team|manager|colleagues|partner}}.',
  'We tried it with {two|three|four|five|six} new {analysts|volunteers|students|nurses|teachers|editors} and {both|all|most} said it made the first {weeks|days|months} far less {lonely|confusing|stressful|tiring|daunting}.',
  '{|Sadly, |I am sorry, but |Unfortunately, }I am not able to take on new {mentees|mentoring calls|advisory calls} until the {spring|summer|autumn|winter|new year}, since {my team|our team|my group} is in the middle of a {migration|merger|launch|move|rebuild|hiring round}.',
  'In the meantime, the {reading list|book list|set of notes|starter guide} I keep for new {analysts|designers|managers|editors|teachers|engineers} {might|may|could} help; I am happy to send it over{| this {week|month|weekend}| before {Friday|Monday|the holidays}}.',
  '{|Hi again, |Hello again, }just following up on my {last|previous|earlier} {email|note|message}{| about the {survey|rota|dashboard|course|book|workshop|budget}}{| from {Monday|Tuesday|Wednesday|Thursday|Friday|last week}}.',
  'I {came across|read|found|saw} {an article|an essay|a blog post|a report} on {survey design|team rotas|data quality|hiring rubrics|remote work|public speaking|budget planning} that reminded me of our conversation{| at the {conference|meetup|workshop|library|cafe}}, so I am passing it along.',
  'Alice, meet Ben: he {runs|leads|manages} the {data|design|research|support|finance|volunteer} team at a {food bank|city library|housing charity|local museum|youth club|community garden} and is rebuilding their {volunteer scheduling|donor database|intake process|training plan|reporting|website}.',
  'You both {care about|think a lot about|work on} making {small|remote|new|busy|growing} teams {effective|happy|calm|focused|welcoming}, and Ben would value twenty minutes on a call about your {rota|survey|dashboard|budget|rubric|checklist}{| next {week|month}}.',
  '{|If you have a moment, |When we talk, |First, }{could|would|can} you tell me about what you do at {{recipient.company}}{| day to day| in your {first|second|current} role| on the {data|design|research|support} team}{| and how you got there| and what a {normal|typical|busy} week looks like}?',
  '{|Honestly, |If you can spare it, }it would mean a lot to have an hour of your time over {lunch|a long lunch}{| next {week|month}| near your {office|studio|school|library}| after the {conference|meetup|workshop|launch}}{| to hear about {your career|the survey|your book|the launch|your team}}.',
  '{|Honestly, |For what it is worth, |Above all, }I admire your work{| on {{recipient.recentWork}}| on the {survey|rota|dashboard|course|book|podcast}} and {I think|I believe|I feel} I could learn a great deal from you{| about {hiring|pricing|writing|teaching|planning|leading}}.',
  '{|Note: |Reminder: }please fill in [Your Name] and TODO {before sending this|before this goes out|before you send it}{| to the {team|group|client|board|committee}}{| on {Monday|Tuesday|Wednesday|Thursday|Friday}| next {week|month}}.',
];

const QUESTIONS = [
  '{|Looking back, |If you remember, |Out of interest, }what did your first {month|week|year|quarter} in the {role|job|team|field} look like{| day to day| for you| in practice}?',
  '{|Looking back, |In your experience, |Early on, }how did you decide which {projects|clients|talks|roles|offers|meetings} to {say no to|turn down|pass on}{| last year| this spring| early on}?',
  '{|Honestly, |These days, |On balance, }do you {enjoy|like|prefer} the {management|teaching|writing|hiring|planning|research} side of the {work|job|role}{| more than {the rest|the early days|your old role}}?',
  '{What does|What exactly does} {your company|your firm|your business|your studio|your organisation|the company} {do|make|sell|offer|build|provide}{| exactly| these days| today| right now}?',
  '{|Looking back, |In hindsight, |Honestly, }what would you {do differently|change} if you started {again|over} {today|this year|in {design|research|data|teaching|nursing}}?',
  '{|Looking back, |In your career, |So far, }which {skills|habits|tools|books|courses|people} {turned out to matter|mattered} {more|less} than you expected{| in your {first|second|current} role}?',
  '{|Looking back, |Honestly, |In hindsight, }is there {anything|one thing|something} you wish you had known {earlier|sooner|before your first {job|role|promotion|interview|launch}}{| about {hiring|the field|management|money|interviews}}?',
  '{|These days, |Honestly, |Day to day, }how do you {keep learning|keep up with the field|find time to learn} while working {full time|long hours}{| on a {small|busy|remote|growing|new} team}{| with {kids|a long commute|a side project}}?',
];

/** A frame parsed: literal text, and slots whose options are parsed frames themselves (slots nest). */
type Piece = string | Piece[][];

function parseFrame(frame: string): Piece[] {
  // `{{placeholder}}` is template text, not a slot.
  const tokens = frame.split(/(\{\{[^}]*\}\}|[{}|])/).filter(Boolean);
  let at = 0;
  const sequence = (): Piece[] => {
    const pieces: Piece[] = [];
    while (at < tokens.length && tokens[at] !== '|' && tokens[at] !== '}') {
      const token = tokens[at++]!;
      if (token !== '{') {
        pieces.push(token);
        continue;
      }
      const options = [sequence()];
      while (tokens[at++] === '|') options.push(sequence());
      pieces.push(options);
    }
    return pieces;
  };
  return sequence();
}

/** The number of ways a frame's slots can be filled. */
function variants(pieces: Piece[]): number {
  return pieces.reduce((product: number, piece) => product * (typeof piece === 'string' ? 1 : piece.reduce((sum, option) => sum + variants(option), 0)), 1);
}

/** Variant number `n` of a frame (0 ≤ n < variants): distinct numbers give distinct sentences. */
function fill(pieces: Piece[], n: number): string {
  let rest = n;
  return pieces
    .map((piece) => {
      if (typeof piece === 'string') return piece;
      let pick = rest % variants([piece]);
      rest = Math.floor(rest / variants([piece]));
      for (const option of piece) {
        if (pick < variants(option)) return fill(option, pick);
        pick -= variants(option);
      }
      return '';
    })
    .join('');
}

/**
 * Picks frames at random and fills each with its next variant, in an order scrambled by a multiplier coprime with the
 * number of variants: no sentence repeats until a frame has been used that many times.
 */
function sentencePicker(frames: readonly string[], random: () => number): () => string {
  const states = frames.map((frame) => {
    const pieces = parseFrame(frame);
    const total = variants(pieces);
    return { pieces, total, step: coprimeStep(total), used: 0 };
  });
  return () => {
    const state = states[Math.floor(random() * states.length)]!;
    const sentence = fill(state.pieces, (state.used++ * state.step) % state.total);
    return sentence.charAt(0).toUpperCase() + sentence.slice(1);
  };
}

/** A step near 0.618 × `total` that shares no factor with it, so `i × step mod total` visits every number below `total`. */
function coprimeStep(total: number): number {
  const gcd = (a: number, b: number): number => (b === 0 ? a : gcd(b, a % b));
  let step = Math.max(1, Math.round(total * 0.618));
  while (gcd(step, total) !== 1) step++;
  return step;
}

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

/** The sample value of each placeholder the sentences use. */
const SAMPLES: Readonly<Record<string, string>> = {
  'recipient.firstName': 'Sally',
  'recipient.recentWork': 'remote onboarding',
  'recipient.company': 'Acme Analytics',
  'sender.timezone': 'CET',
};

function frontMatter(kind: TemplateKind): string {
  const subject = KIND_NAMES[kind] ? `subject: "${KIND_NAMES[kind]}"\n` : '';
  const variables = Object.entries(SAMPLES).map(([path, sample]) => `  ${path}: ${sample}\n`).join('');
  return `---\nkind: ${kind}\n${subject}relationship: cold\nvariables:\n${variables}---\n`;
}

function countWords(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

/** `count` templates of about `targetWords` words each, cycling through the template kinds. */
export function generateTemplates(count: number, targetWords = 150, seed = 20261125): GeneratedTemplate[] {
  const random = seededRandom(seed);
  const sentence = sentencePicker(SENTENCES, random);
  const question = sentencePicker(QUESTIONS, random);
  const templates: GeneratedTemplate[] = [];
  for (let index = 0; index < count; index++) {
    const kind = TEMPLATE_KINDS[index % TEMPLATE_KINDS.length]!;
    const lines: string[] = ['Hi {{recipient.firstName}},', ''];
    let words = 0;
    while (words < targetWords - 6) {
      const line = kind === 'questions' ? `- ${question()}` : sentence();
      lines.push(line);
      words += countWords(line);
    }
    lines.push('', 'Best,', 'Sam', '');
    const body = lines.join('\n');
    templates.push({ name: `t${String(index).padStart(4, '0')}.${kind}.outreach.hbs`, kind, text: frontMatter(kind) + body, words: countWords(body) });
  }
  return templates;
}

/**
 * One request template of about `words` words, made of generated paragraphs. Past the greeting, placeholders are
 * filled with their samples: a template has a few dozen tags, so one with thousands would get the hygiene rules only
 * (see the too-large rule), and this document measures the full check of prose.
 */
export function generateLargeDocument(words: number, seed = 7): string {
  const sentence = sentencePicker(SENTENCES, seededRandom(seed));
  const paragraphs: string[] = [];
  let total = 0;
  while (total < words) {
    const sentences: string[] = [];
    for (let index = 0; index < 5; index++) sentences.push(sentence());
    const paragraph = sentences.join(' ').replace(/\{\{([\w.]+)\}\}/g, (_, path: string) => SAMPLES[path] ?? path);
    paragraphs.push(paragraph);
    total += countWords(paragraph);
  }
  return `${frontMatter('request')}Hi {{recipient.firstName}},\n\n${paragraphs.join('\n\n')}\n\nBest,\nSam\n`;
}
