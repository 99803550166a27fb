import { ruleTester, template } from '../../helpers/ruleTester';

const decline = (body: string, frontMatter = 'relationship: cold'): string => template(`kind: decline\n${frontMatter}`, body);
const ASK = 'Before I answer, could you tell me a little about what you would like to discuss?';

ruleTester('decline-ask-details', {
  valid: [
    {
      name: 'asks what they would like to discuss',
      text: decline('Thanks for the coffee invitation. My calendar is tight for the next few weeks; is there something specific you wanted to discuss?'),
    },
    {
      name: 'asks what they have in mind',
      text: decline('I am not taking new calls this month, but could you tell me what you had in mind? If it is quick, I may be able to answer by email.'),
    },
    {
      name: 'the purpose is already known',
      text: decline('Thank you for the invitation to meet about your financial planning services. I already work with a planner I am happy with, so a meeting would not serve either of us.'),
    },
    {
      name: 'a warm contact',
      text: decline('Great to hear from you! I cannot make coffee this week because of the move, but I would love to catch up in May.', 'relationship: warm'),
    },
    {
      name: 'not a meeting invitation (a job offer)',
      text: decline('Thank you for reaching out about the role. I am currently not looking for new opportunities, but I will pass your note to a friend who is.'),
    },
    {
      name: 'an invitation to speak names its purpose',
      text: decline('Thank you for the invite to speak at the meetup. I am afraid I cannot make it on the 12th, as I am moving house that week.'),
    },
    {
      name: 'the topic is a placeholder',
      text: decline('Thanks for the invitation to chat. {{meeting.topic}} is outside my work these days, so I will pass.', 'relationship: cold\nvariables:\n  meeting.topic: Growth marketing'),
    },
  ],
  invalid: [
    {
      name: 'declines a stranger’s coffee without asking why',
      text: decline('Hi Jordan,\n\nThanks for the coffee invitation. I am afraid I will have to pass.\n\nBest,\nMira'),
      flagged: ['I am afraid I will have to pass.'],
      message: /what they would like to discuss/,
      output: decline(`Hi Jordan,\n\nThanks for the coffee invitation. ${ASK} I am afraid I will have to pass.\n\nBest,\nMira`),
    },
    {
      name: 'relationship omitted counts as cold',
      text: template('kind: decline', 'Thank you for asking me to meet. Unfortunately I cannot take on more calls this month.'),
      flagged: ['Unfortunately I cannot take on more calls this month.'],
    },
    {
      name: 'a call declined with a reason but no question',
      text: decline('I saw your request for a call. I am on parental leave until June, so I cannot say yes right now.'),
      flagged: ['I am on parental leave until June, so I cannot say yes right now.'],
    },
  ],
});
