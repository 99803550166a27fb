import { request, ruleTester } from '../../helpers/ruleTester';

ruleTester('meeting-burden', {
  valid: [
    { name: 'offers to go to them', text: request('Would you have 20 minutes next week? I am glad to come to your office or to a café nearby.') },
    { name: 'halfway through a course', text: request('I am halfway through the data bootcamp. Would you have 15 minutes for a call about your first year as an analyst?') },
    { name: 'in the middle of a career change', text: request('I am in the middle of a move from nursing into product. Could we talk for 15 minutes by phone?') },
    { name: 'office hours are an event', text: request('I saw you host office hours for new founders. Could I come to your office hours next Friday with one question on pricing?') },
    { name: 'a place near the recipient', text: request('I noticed you work near Old Town. Would 15 minutes at the café next to your building work on Wednesday?') },
    { name: 'their office, not mine', text: request('Could I stop by your office for 15 minutes on Tuesday morning?') },
    { name: 'the sender travels to them', text: request('I am a vet. I could travel to your office in Leeds for a 20-minute chat on Friday.') },
    { name: 'only if they are already nearby', text: request('If you are ever in Taunton, you are welcome to visit our orchard. Would you have 15 minutes for a call on Monday?') },
    { name: 'a call offered in the same breath', text: request('Could you come to our studio on Friday, or would a video call be easier?') },
    { name: 'join us on a call is no trip', text: request('Could you join us for a 20-minute call on Friday about your grazing plan?') },
    { name: 'splitting a bill is no trip', text: request('I run a bakery in Leith. Could we split the cost of a stall at the winter market? A 15-minute call would do to plan it.') },
    { name: 'a split drive ruled out, the sender comes to them', text: request('There is no need to split the drive: I can come to your workshop in Bath for 20 minutes on Friday.') },
    { name: 'a time fair for both is no place', text: request('I coach chess in Perth. Could we find a 20-minute slot for a call at a time that is equally convenient for us both?') },
    { name: 'the sender offers to cover part of the way', text: request('I am happy to drive part of the way, or all the way to your yard, whichever you prefer. Could we talk for 20 minutes about your hay trials?') },
    { name: 'going some of the way toward an answer is no trip', text: request('Your packing notes go some of the way toward explaining the blight. Could we talk for 15 minutes by phone?') },
    { name: 'the sender offers to come to them in the same sentence', text: request('I can come to your farm, or we could each drive part of the way; would 20 minutes on Friday work?') },
  ],
  invalid: [
    {
      name: 'each driving part of the way',
      text: request('I teach fiddle in Asheville and you are over in Knoxville. Could we each drive part of the way and meet at the diner in Newport for 20 minutes on Saturday?'),
      flagged: ['drive part of the way'],
    },
    {
      name: 'both covering half the distance',
      text: request('I restore canal boats near Oxford. Since you are in Bath, could we both drive half the distance and talk over a 20-minute lunch in Chippenham?'),
      flagged: ['drive half the distance'],
    },
    {
      name: 'the recipient asked to come part of the way',
      text: request('I mend fishing nets in Whitby. I would love it if you could come part of the way, to the café in Pickering, for 20 minutes on Sunday.'),
      flagged: ['come part of the way'],
    },
    {
      name: 'meet halfway',
      text: request('Would you have 20 minutes for coffee next week? Could we meet halfway, maybe somewhere downtown?'),
      flagged: ['meet halfway'],
      message: /near their office, at an event they already attend, or on a call/,
      output: request('Would you have 20 minutes for coffee next week? Could we meet near your office, maybe somewhere downtown?'),
    },
    {
      name: 'somewhere in the middle',
      text: request('I live in Oakland and you are in Palo Alto, so let’s find a café somewhere in the middle for a 20-minute chat.'),
      flagged: ['somewhere in the middle'],
      output: request('I live in Oakland and you are in Palo Alto, so let’s find a café near your office for a 20-minute chat.'),
    },
    {
      name: 'come to my office',
      text: request('Would you be able to come to my office on Thursday for 15 minutes?'),
      flagged: ['come to my office'],
      fix: /short call/,
      output: request('Would you be able to talk on a short call on Thursday for 15 minutes?'),
    },
    {
      name: 'stop by our studio',
      text: request('Feel free to stop by our studio any afternoon next week so we can talk about your illustration work.'),
      flagged: ['stop by our studio'],
    },
    {
      name: 'visit my office',
      text: request('Would you like to visit my office next week for a 20-minute chat about your research?'),
      flagged: ['visit my office'],
      output: request('Would you like to meet near your office next week for a 20-minute chat about your research?'),
    },
    {
      name: 'make the trip to our orchard',
      text: request('I make cider in Somerset. Could you make the trip to our orchard in Taunton one Saturday? We would love to show you the press.'),
      flagged: ['make the trip to our orchard in Taunton'],
    },
    {
      name: 'the fare offered does not lift the burden',
      text: request('I keep bees in Kent. Would you be willing to come to our apiary in Ashford one morning in May? We will of course cover your train fare.'),
      flagged: ['come to our apiary in Ashford'],
      fix: /short call/,
      output: request('I keep bees in Kent. Would you be willing to talk on a short call one morning in May? We will of course cover your train fare.'),
    },
    { name: 'join us at our surgery', text: request('I am a vet. Could you join us at our surgery in Leeds for a 20-minute chat on Friday?'), flagged: ['join us at our surgery in Leeds'] },
    {
      name: 'split the drive and meet in between',
      text: request('I keep goats in Powys. Rather than one of us doing the whole journey, could we split the drive and meet at the farm shop in Ludlow for 20 minutes?'),
      flagged: ['split the drive and meet at the farm shop in Ludlow for 20 minutes'],
      output: request('I keep goats in Powys. Rather than one of us doing the whole journey, could we meet near your office?'),
    },
    {
      name: 'a place chosen as equally far for both',
      text: request('I am a retired surveyor in Crewe. Would you have 20 minutes to meet at the café by Stafford station, which is about the same distance for both of us?'),
      flagged: ['meet at the café by Stafford station, which is about the same distance for both of us'],
    },
  ],
});
