import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { lintText, request, ruleTester } from '../../helpers/ruleTester';

ruleTester('long-meeting', {
  valid: [
    { name: 'a pint is no meal', text: request('I brew cider in Somerset. Could I buy you a pint after the apple fair and ask 15 minutes of questions about your press?') },
    { name: 'a recipe, not a dish shared', text: request('I run a noodle bar in Leeds. Would you share your ramen recipe card with our kitchen by email?') },
    { name: 'a dish they served, in the past', text: request('Your bowl of bouillabaisse at the harbour fête was superb. Could I ask you two questions by email about your fish supplier?') },
    { name: '30 minutes is fine', text: request('Hi Ana,\n\nWould you have 30 minutes for a video call next week to talk about your move into design?\n\nThanks,\nJo') },
    { name: 'a range that tops out at 30', text: request('Could we talk for 20 to 30 minutes sometime this month about how you run design critiques?') },
    { name: 'half an hour', text: request('Would you have half an hour for coffee near your office next Thursday?') },
    { name: 'a duration in the sender’s story, not the ask', text: request('I spent an hour on your onboarding checklist last night. Would you have 15 minutes next week to talk about how you wrote it?') },
    { name: 'a deadline, not a meeting length', text: request('Could you let me know within 48 hours whether the intro makes sense? No meeting needed.') },
    { name: 'a distance in time', text: request('I live about an hour from your office, so a 20-minute call might be easiest. Would that work for you?') },
    { name: 'the long option ruled out', text: request('I won’t ask for an hour of your time; would 15 minutes on the phone work next week?') },
    { name: 'lunch hour as availability', text: request('Could we schedule a 15 minute call sometime that suits you? My lunch hour is open all next week.') },
    { name: 'lunch with a third party', text: request('Could you introduce me to Priya on your data team? I would love to take her to lunch and hear about the migration.') },
    { name: 'a short lunch-time call', text: request('Would a 20-minute call over lunch on Wednesday work for you?') },
    { name: 'an afternoon as a time of day', text: request('Would an afternoon call work for you next week? Fifteen minutes would be plenty.') },
    { name: 'the length of their workshop', text: request('Could we talk for 15 minutes about the 90-minute workshop you ran on service design?') },
    { name: 'not a request kind', text: '---\nkind: thank-you\n---\nThank you for the hour you gave me over lunch last week; your advice on portfolios was spot on.' },
    { name: 'half an hour at most', text: request('I restore violins. What I would like is half an hour at most on how you source spruce, by phone on Tuesday.') },
    { name: 'a change they made, not the ask', text: request('I run a clinic. Could we talk about how you cut ward rounds down to 45 minutes? 20 minutes on Friday would be plenty.') },
    { name: 'a flight, not a meeting', text: request('I took a 3-hour flight to hear your keynote. Would you have 15 minutes for a call next week about your seed bank?') },
    { name: 'a meal plan is not a meal', text: request('I coach junior rowers. Could we talk for 15 minutes about the meal plan you wrote for your lightweight crew?') },
    { name: 'a meal they cooked, in the past', text: request('The meal you cooked at the harvest fair was the best I had all year. Could I ask you three questions by email about sourcing?') },
    { name: 'a day the sender will spend on their own trip, with a short meeting asked (a marine biologist)', text: request('I study kelp in Tasmania. I will be spending a day in Hobart in May; could we meet for 20 minutes to talk about your urchin culls?') },
    { name: 'a day the sender plans alone, with no length asked (a surveyor)', text: request('I map peat bogs. I am spending a day at the Flow Country reserve in June. Could I ask you two questions about your drone surveys by email?') },
  ],
  invalid: [
    {
      name: 'a dish served to share: a bowl of something',
      text: request('I repair church bells in Norfolk. May I take you for a bowl of laksa near the cathedral to ask about your foundry days?'),
      flagged: ['a bowl of laksa'],
    },
    {
      name: 'a dish named after going for it',
      text: request('I am a retired signalman. Could I treat you to a curry on Thursday and hear how you restored the lever frame?'),
      flagged: ['a curry'],
    },
    {
      name: 'half a morning is a long stated length',
      text: request('I judge sheepdog trials. Could we find half a morning at the county show to go through how you train for the shed?'),
      flagged: ['half a morning'],
    },
    {
      name: 'an hour of your time',
      text: request('Hi Ana,\n\nWould you be willing to give me an hour of your time to talk about your path into UX research?\n\nThanks,\nJo'),
      flagged: ['an hour'],
      message: /15–20 minutes/,
      output: (fixed) => assert.match(fixed, /give me 15–20 minutes of your time to talk/),
    },
    {
      name: 'an hour and a half',
      text: request('Could we meet for an hour and a half next week to go over your hiring process?'),
      flagged: ['an hour and a half'],
      output: request('Could we meet for 15–20 minutes next week to go over your hiring process?'),
    },
    {
      name: 'a 45-minute call keeps its grammar',
      text: request('Would you be open to a 45-minute call about your work on search ranking?'),
      flagged: ['45-minute'],
      output: request('Would you be open to a 15–20-minute call about your work on search ranking?'),
    },
    {
      name: 'a range over 30 is one finding',
      text: request('Would you have 45 minutes to an hour next week to walk me through your research setup?'),
      flagged: ['45 minutes to an hour'],
      output: request('Would you have 15–20 minutes next week to walk me through your research setup?'),
    },
    {
      name: 'an hour-long chat',
      text: request('Could we set up an hour-long chat about your career in climate tech?'),
      flagged: ['an hour-long'],
      output: request('Could we set up a 15–20-minute chat about your career in climate tech?'),
    },
    {
      name: 'lunch with the recipient',
      text: request('I would love to take you out to lunch next week and hear how you moved from teaching into product management.'),
      flagged: ['lunch'],
      message: /15–20 minute coffee or call/,
      output: request('I would love to take you out to a 15–20 minute coffee next week and hear how you moved from teaching into product management.'),
    },
    {
      name: 'dinner',
      text: request('Could we grab dinner sometime next month so I can ask about your move into venture capital?'),
      flagged: ['dinner'],
      message: /dinner/,
    },
    {
      name: 'an afternoon',
      text: request('Would you be able to spend an afternoon with me going through my portfolio?'),
      flagged: ['an afternoon'],
      output: request('Would you be able to spend 15–20 minutes with me going through my portfolio?'),
    },
    {
      name: 'an hour and a half at the sender’s place',
      text: request('I keep bees in Kent. Would you be willing to come to our apiary in Ashford for an hour and a half one morning in May?'),
      flagged: ['an hour and a half'],
    },
    { name: 'three quarters of an hour', text: request('I keep bees. Could we talk for three quarters of an hour on Monday about your varroa trial?'), flagged: ['three quarters of an hour'] },
    { name: 'forty-five minutes in words', text: request('I keep bees. Could you spare forty-five minutes next week to talk about your varroa trial?'), flagged: ['forty-five minutes'] },
    { name: 'a 45-min call as a stated proposal', text: request('I keep bees. A 45-min call next week would be ideal to talk about your varroa trial.'), flagged: ['45-min'] },
    { name: 'the sender requests the time', text: request('I run a rowing club. I am requesting 50 minutes with you on 2 March to talk about your junior programme.'), flagged: ['50 minutes'] },
    {
      name: 'a proper sit-down meal',
      text: request('I am a game designer in Dundee. Might I buy you a proper sit-down meal after your studio visit next week, so we can talk through how you pitch to publishers?'),
      flagged: ['a proper sit-down meal'],
      message: /A meal takes an hour/,
      output: request('I am a game designer in Dundee. Might I buy you a 15–20 minute coffee after your studio visit next week, so we can talk through how you pitch to publishers?'),
    },
    {
      name: 'supper',
      text: request('I farm sheep above Keswick. Could I treat you to supper at the inn one evening and hear how you set up the wool co-op?'),
      flagged: ['supper'],
    },
    {
      name: 'a morning set aside for looking through records together (a retired pilot)',
      text: request('I flew Dash 8s for thirty years. Would you be willing to set aside a morning to look through my logbooks with me?'),
      flagged: ['a morning'],
    },
    {
      name: 'an afternoon spent together after meeting at the harbour (a ferry engineer)',
      text: request('I keep the engines of a ferry running out of Stavanger. Shall we meet at the harbour and spend an afternoon going over your gearbox notes?'),
      flagged: ['an afternoon'],
    },
  ],
});

describe('long-meeting fix', () => {
  it('is safe for durations, so fix-all may apply it', () => {
    const finding = lintText(request('Could we talk for an hour next week about your path?')).find((f) => f.rule === 'long-meeting');
    assert.equal(finding?.fixes[0]?.safe, true);
  });
});
