import { request, ruleTester } from '../../helpers/ruleTester';

ruleTester('googleable-ask', {
  valid: [
    {
      name: 'what a trade does in one named case is no job description (a glazier)',
      text: request('I would love to hear what a glazier does when a listed window has no surviving drawings. Fifteen minutes by phone?'),
    },
    {
      name: 'what a role looks like in someone’s first year is an experience (a midwife)',
      text: request('Could you tell me what a newly qualified midwife’s first year looks like on your ward? Twenty minutes would be ample.'),
    },
    {
      name: 'what a named place is like: an experience, not a description',
      text: request('I would love to hear what the night shift at Greystone Ward is like for a new nurse. Would 15 minutes by phone work?'),
    },
    {
      name: 'what a named body decided: not on its website’s first page',
      text: request('Could you walk me through what the Grazing Board changed after the 2023 drought? Fifteen minutes by phone would be plenty.'),
    },
    {
      name: 'a named team, asked what it is like to work with',
      text: request('Would you tell me what the Kestrel Studios team is like to work with? Fifteen minutes on a call would be plenty.'),
    },
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
    {
      name: 'how they decided, not what the organisation does',
      text: request('I would love to learn how you decided to leave the hospital and open your own practice. Could we talk for 15 minutes?'),
    },
    {
      name: 'what they learned moving between roles',
      text: request('I would love to hear what you learned moving from the orchestra pit to teaching conducting. Would 20 minutes next week suit you?'),
    },
    {
      name: 'their take on something',
      text: request('I would value your take on whether small bakeries should sell wholesale at all. Could we talk for 15 minutes on the phone?'),
    },
    {
      name: 'a follow-up on a talk the sender heard',
      text: request('I heard your talk at the county growers meeting on seed saving. Could you tell me about your talk’s last point, the one on rotating beds? Fifteen minutes would be plenty.'),
    },
    {
      name: 'what the office does for a specific purpose is a real question',
      text: request('I would love to understand what your office does to keep volunteers coming back after their first season. Could we talk for 15 minutes?'),
    },
    {
      name: 'what the team does differently',
      text: request('I would love to hear what your team does differently from the larger studios. Would you have 20 minutes next week?'),
    },
    {
      name: 'the services they offer, already read, as the ground for a real question',
      text: request('I read the list of services your salon offers, and I would like to ask how you price grooming for anxious rescue dogs. Could we talk for 15 minutes?'),
    },
    {
      name: 'explain to me something only they know',
      text: request('Could you explain to me what you did after the county cut your grant? A 15-minute call would be plenty.'),
    },
    {
      name: 'what an organisation gets wrong is no catalogue entry',
      text: request('I read your audit of rural pharmacies. Could you walk me through the mistakes your team made in the first rollout? Twenty minutes by phone would be plenty.'),
    },
    // Asked for an account, but of something only they can give: a judgment, a decision, their own week.
    {
      name: 'a rundown of what went wrong, not of what the firm is',
      text: request('Could you give me a rundown of what your crew changed after the 2022 wildfire season? Twenty minutes by phone would be plenty.'),
    },
    {
      name: 'a sense of how they chose, not of what they sell (a beekeeper)',
      text: request('Would you give me a sense of how you decided which hives to split last spring? Fifteen minutes on a call would be lovely.'),
    },
    {
      name: 'fill me in on a decision',
      text: request('Could you fill me in on why the guild dropped its winter show? A 15-minute call would do.'),
    },
    {
      name: 'what the office does from one step to the next, asked about a single case (a stonemason)',
      text: request('I carve headstones in Cork. Could you tell me what your office does from enquiry to burial when a family has no will? Twenty minutes by phone would do.'),
    },
    {
      name: 'how their work went from one stage to another is their story',
      text: request('I bake sourdough in Lyon. Could you tell me how you went from market stalls to three shops? Fifteen minutes on the phone would be lovely.'),
    },
  ],
  invalid: [
    {
      name: 'what a trade does in general, the careers-page answer (a puppeteer)',
      text: request('I build puppets in Leeds. Could you tell me about what a puppetry director actually does on a production? Fifteen minutes by phone would do.'),
      flagged: ['tell me about what a puppetry director actually does on a production'],
    },
    {
      name: 'learning what an actuary does (a student)',
      text: request('I am in my second year of maths at Bath and would love to learn what an actuary does. Could we talk for 15 minutes next week?'),
      flagged: ['learn what an actuary does'],
    },
    {
      name: 'the rundown of what an organisation does from its first step to its last (a ferry pilot)',
      text: request('I pilot ferries on the Clyde. Could you give me a rundown of what your agency does from enquiry to contract, and how long it takes? Fifteen minutes by phone would do.'),
      flagged: ['give me a rundown of what your agency does from enquiry to contract'],
      output: null,
    },
    {
      name: 'what the co-op does start to finish (a weaver)',
      text: request('I weave tweed on Harris. I would love to learn more about what the co-op does start to finish. Would you have 15 minutes next week?'),
      flagged: ['learn more about what the co-op does start to finish'],
    },
    {
      name: 'the rundown of what a centre does (a glacier guide)',
      text: request('I guide on the Fox Glacier. Could you give me the rundown of what your centre does? Twenty minutes by phone would be plenty.'),
      flagged: ['give me the rundown of what your centre does'],
      output: null,
    },
    {
      name: 'a quick overview of the company (a retired printer)',
      text: request('I ran a print shop for thirty years. Would you give me a quick overview of your company? Fifteen minutes on a call would be lovely.'),
      flagged: ['give me a quick overview of your company'],
      output: null,
    },
    {
      name: 'fill me in on the services a studio offers',
      text: request('Could you fill me in on the services your studio offers? A 15-minute call would be plenty.'),
      flagged: ['fill me in on the services your studio offers'],
      output: null,
    },
    {
      name: 'the range a company sells, in a relative clause (a cider maker)',
      text: request('Could you walk me through the cider ranges your company currently sells? Twenty minutes by phone any day next week would be lovely.'),
      flagged: ['walk me through the cider ranges your company currently sells'],
    },
    {
      name: 'what a programme called by its name actually is',
      text: request('Would you spare fifteen minutes by phone to walk me through what the Prairie Seed Bank actually is?'),
      flagged: ['walk me through what the Prairie Seed Bank actually is'],
    },
    {
      name: 'what a named guild does',
      text: request('I would love to understand what the Open Loom Guild does, since I am new to weaving. Would 15 minutes by phone work?'),
      flagged: ['understand what the Open Loom Guild does'],
    },
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
      // The fix declares the placeholder it brings, with a sample to replace.
      output: request(
        'I am interested in getting your take on a question your work on {{recipient.recentWork}} left me with and its culture.',
        'variables:\n  recipient.company: Acme\n  recipient.recentWork: "recent work"',
      ),
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
      name: 'what the office does day to day',
      text: request('Could you tell me about what the office actually does day to day, and how its teams are organised? Twenty minutes would be plenty.'),
      flagged: ['tell me about what the office actually does day to day'],
      output: null,
    },
    {
      name: 'what the clinic does and which services it offers',
      text: request('I would love to learn more about what your clinic does and which services it offers. Would you have 15 minutes on the phone?'),
      flagged: ['learn more about what your clinic does'],
    },
    {
      name: 'which services a placeholder organisation offers',
      text: request('I am keen to understand which services {{recipient.company}} offers. Could we talk for 15 minutes?', 'variables:\n  recipient.company: Tidewell'),
      flagged: ['understand which services {{recipient.company}} offers'],
    },
    {
      name: 'how the department is organised',
      text: request('Could you explain how the department is structured? A 15-minute call would be ideal.'),
      flagged: ['explain how the department is structured'],
    },
    {
      name: 'what does your company do (no rewrite)',
      text: request('Quick question before we meet: what does your company do exactly?'),
      flagged: ['what does your company do'],
      output: null,
    },
    {
      name: 'explain to me what the co-op does',
      text: request('I farm barley near Dundee. Before anything, could you explain to me what your co-op actually does? Fifteen minutes by phone would be plenty.'),
      flagged: ['explain to me what your co-op actually does'],
      output: null,
    },
    {
      name: 'the services a clinic offers',
      text: request('I teach aqua aerobics to retirees. Could you tell me about the services your clinic offers? A 15-minute call would be plenty.'),
      flagged: ['tell me about the services your clinic offers'],
      output: null,
    },
    {
      name: 'the treatments they provide, asked of them as a business',
      text: request('Could you walk me through the treatments you provide? I run a riding school and twenty minutes would be plenty.'),
      flagged: ['walk me through the treatments you provide'],
      output: null,
    },
  ],
});
