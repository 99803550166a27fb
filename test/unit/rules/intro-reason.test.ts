import assert from 'node:assert/strict';
import { ruleTester, template } from '../../helpers/ruleTester';

const introduction = (body: string): string => template('kind: introduction\nconsent: granted', body);
const introRequest = (body: string): string => template('kind: intro-request', body);

ruleTester('intro-reason', {
  valid: [
    {
      name: 'what one offers the other is a reason',
      text: template('kind: intro-request\nsubject: "A student with pump data"', 'Hi Wanjiru,\n\nAsha is writing her thesis on hand pumps, and she has survey results from 40 wells that could be handy for your own repair rounds. Would a 20-minute call with her suit you? If not, just say so.'),
    },
    {
      name: 'a fit: exactly what the other is missing',
      text: template('kind: introduction\nconsent: granted\nsubject: "Tomas and Rui"', 'Tomas, your twenty years on the ferries are exactly the sea time his routing model is missing. Rui, Tomas has offered a half-hour call.'),
    },
    {
      name: 'the idea came to mind with what prompted it',
      text: introRequest('Hi Dora,\n\nAna told me her new kiln keeps crazing her glazes, and I thought of you right away. Would you be open to a short call with her?\n\nNo worries at all if not.\n\nBest,\nLes'),
    },
    {
      name: 'a situation, then “came to mind”',
      text: introRequest('Hi Dora,\n\nAna is converting her barn into a bakery and you came to mind. Would you be open to a short call with her?\n\nNo worries at all if not.\n\nBest,\nLes'),
    },
    {
      name: 'a plan on one side and a skill on the other',
      text: introduction('Hi Tom and Mira,\n\nTom runs the analytics guild at Juniper, and Mira is about to hire her first analyst. I think you two would get along.\n\nBest,\nIngrid'),
    },
    {
      name: 'names what they have in common',
      text: introduction('Hi Mira and Tom,\n\nMira, meet Tom. You are both rebuilding onboarding for support teams this quarter, so I suspect you will have plenty to compare.\n\nBest,\nIngrid'),
    },
    {
      name: 'a need one has and the other can meet',
      text: introduction('Tom, meet Mira. Mira is looking for a data engineer who has run Airflow at scale, and you came to mind right away.'),
    },
    {
      name: 'expertise that helps the other',
      text: introduction('Priya, this is Jonah. He has hands-on experience with SOC 2 audits for small startups, which is exactly where your team is stuck.'),
    },
    {
      name: 'a cause with because',
      text: introduction('I am connecting you two because you both asked me about grant writing in the same week.'),
    },
    {
      name: 'an intro request that explains the fit',
      text: introRequest('Hi Lena,\n\nMy former colleague Ravi is moving from QA into product management. Given how you made the same switch two years ago, would you be open to a short call with him?\n\nThanks,\nOla'),
    },
    {
      name: 'the reason sits in a single-line message that opens with a greeting',
      text: introRequest('Hey Nadia, my friend Kofi has been stuck on pricing for his bakery app, and since you solved a similar problem at Crumb, could he ask you a few questions?'),
    },
    {
      name: 'a request kind is not an introduction',
      text: template('kind: request', 'Hi Sam,\n\nCould you introduce me to someone on the data team?\n\nThanks,\nJo'),
    },
    {
      name: '"since" of time is not a cause, but the need is a reason',
      text: introduction('Dev, meet Carla. She has run the Leeds design meetup since 2019 and is hoping to find a venue sponsor for next season.'),
    },
    {
      name: 'one party works with something the recipient made',
      text: introRequest('Hi Rosa,\n\nWould you be open to an introduction to Tomas? He is breeding drought-tolerant barley from the seed lines your cooperative released last year, and he has seen yields you may want to know about.\n\nThanks,\nPieter'),
    },
    {
      name: 'a project on one side, so a talk is wanted',
      text: introduction('Hi Ama and Lou,\n\nAma wrote the physics engine in our card game. Lou\'s first task is cutting load times on old phones, so she would like an hour with Ama to see why the engine loads the way it does.\n\nBest,\nJin'),
    },
    {
      name: 'what one has fits exactly what the other needs',
      text: introduction('Hi both,\n\nNell runs the food bank on Mill Street and is moving her volunteer rota off paper. Idris built a scheduling app that three other food banks already use for exactly that.\n\nCheers,\nBea'),
    },
    {
      name: 'an interest the recipient mentioned earlier',
      text: introRequest('Hi Wen,\n\nLast spring you said you were looking for a retired engineer to mentor your robotics club, and my uncle Bruno spent forty years designing conveyor systems. Could I put you in touch?\n\nBest,\nKai'),
    },
    {
      name: 'a need stated with "always looking for"',
      text: introduction('Hi Odile and Piet,\n\nOdile, meet Piet, who just retired from forty years of fixing church organs. Piet, Odile runs the music school in Ghent and is always looking for someone to tune her three pianos.\n\nGroetjes,\nAn'),
    },
    {
      name: 'a difficulty the recipient has and a qualification the other holds',
      text: introduction('Hi both,\n\nKemal, meet Sunniva. She is licensed for veterinary acupuncture, which I know you struggle to offer at your equine clinic.\n\nBest,\nLars'),
    },
      {
      name: 'one side’s work set beside the other’s case',
      text: introRequest('Hi Odile,\n\nMy cousin Ferdie keeps bees on a rooftop in Leeds and has lost two hives to the same wax moth. Your survey of urban apiaries is the nearest parallel to his trouble that I know of. Could I put you in touch?\n\nThanks,\nBram'),
    },
    {
      name: 'a shared way of working',
      text: introduction('Hi Wen and Priscilla,\n\nWen designs board games for hospitals, and Priscilla builds tabletop campaigns for retirement homes. You tackle play for tired people in much the same way, with short rules and big pieces.\n\nBest,\nGil'),
    },
    {
      name: 'the sender’s apprentice, named after “my”, works from the recipient’s results (a farrier)',
      text: introRequest('Hi Oona,\n\nMy apprentice Brid is testing hoof glues on wet ground, and your stable’s moisture logs are the best record of it I have seen. She would like 15 minutes on a call.\n\nNo pressure at all.\n\nBest,\nCat'),
    },
  ],
  invalid: [
    {
      name: 'a possessive before the name, and nothing of the recipient’s (a chess coach)',
      text: introRequest('Hi Ruari,\n\nMy old pupil Ines is moving to Dundee next month. Would you be open to a coffee with her?\n\nNo pressure at all.\n\nBest,\nPol'),
      flagged: ['Would you be open to a coffee with her?'],
    },
    {
      name: 'a hunch that they will like each other is a feeling, not a reason',
      text: introduction('Hi both,\n\nAgnes, meet Thule. Thule, meet Agnes. I have known each of you for donkey’s years, and I just know you will hit it off.\n\nPerhaps a call next week?\n\nCheers,\nMorag'),
      flagged: ['Perhaps a call next week?'],
    },
    {
      name: 'getting along is a forecast, not a reason',
      text: introRequest('Hi Desmond,\n\nMy old crewmate Pilar has just retired from the ferry service. I think you two would get along famously. Shall I connect you?\n\nBest,\nIvo'),
      flagged: ['Shall I connect you?'],
    },
    {
      name: 'a request for any contact in a field, and “you came to mind”',
      text: introRequest('Hi Dora,\n\nMy neighbour Ana asked if I knew any potters, and you came to mind. Would you be open to a short call with her?\n\nNo worries at all if not.\n\nBest,\nLes'),
      flagged: ['Would you be open to a short call with her?'],
    },
    {
      name: '“when you both have a gap” is scheduling, not common ground',
      text: introduction('Hi Ravi, hi Bea,\n\nConnecting you two. Bea runs the goat dairy at Low Fell; Ravi is a cheese-cave manager in Kendal.\n\nBea would like a short phone call whenever you both have a gap.\n\nCheers,\nLes'),
      flagged: ['Bea would like a short phone call whenever you both have a gap.'],
    },
    {
      name: 'the connector\'s own struggle is no reason for the two to meet',
      text: introduction('Yusuf, meet Clara. Clara, meet Yusuf. I struggle to keep up with my inbox, so I will leave the rest to you!'),
      flagged: ['Yusuf, meet Clara. Clara, meet Yusuf. I struggle to keep up with my inbox, so I will leave the rest to you!'],
    },
    {
      name: 'a title without "in" or "for" says nothing about the other person',
      text: introduction('Hi Maeve,\n\nMaeve, meet Jonas, a certified accountant in Cork. Over to you!\n\nBest,\nRui'),
      flagged: ['Hi Maeve,'],
    },
    {
      name: '"should know each other" is the introduction itself',
      text: introduction('Greta, meet Hamid. Hamid, meet Greta. You two should really know each other!'),
      flagged: ['Greta, meet Hamid. Hamid, meet Greta. You two should really know each other!'],
    },
    {
      name: '"should know each other" with the adverb first is still only the introduction (a beekeeper and a luthier)',
      text: introduction('Ines, meet Tobias, a luthier I shared a bench with in Mittenwald, a gem of a man. Tobias, meet Ines. You two definitely should know each other!'),
      flagged: ['Ines, meet Tobias, a luthier I shared a bench with in Mittenwald, a gem of a man. Tobias, meet Ines. You two definitely should know each other!'],
    },
    {
      name: 'praise for the recipient is not a reason',
      text: introRequest('Hi Rosa,\n\nMy cousin Dario admires your orchard photographs. Would you be open to meeting him?\n\nThanks,\nPieter'),
      flagged: ['Would you be open to meeting him?'],
    },
    {
      name: '"you two should talk" names no reason',
      text: template('kind: introduction\nconsent: granted\nsubject: "Noor <> Felix"', 'Noor, meet Felix. Felix, meet Noor. You two should talk!\n\nCheers,\nSam'),
      flagged: ['Noor, meet Felix. Felix, meet Noor. You two should talk!'],
    },
    {
      name: '"thank you both" is courtesy, not common ground',
      text: introduction('Thank you both for agreeing to this. Carol, meet Alex, a product manager in Lisbon.'),
      flagged: ['Thank you both for agreeing to this. Carol, meet Alex, a product manager in Lisbon.'],
    },
    {
      name: 'a bare introduction',
      text: introduction('Hi both,\n\nCarol, meet Alex. Alex, meet Carol. I will let you two take it from here!\n\nCheers,\nSam'),
      flagged: ['Hi both,'],
      message: /why these two people should connect/,
      output: (fixed) => assert.match(fixed, /take it from here!\n\n\S.*\n\nCheers/),
    },
    {
      name: 'who they are is not why they should talk',
      text: introduction('Hi Ana and Ben,\n\nAna is a designer I know from college. Ben is a friend from my old team. Could you two find a time?\n\nBest,\nKim'),
      flagged: ['Could you two find a time?'],
      output: (fixed) => assert.match(fixed, /Ben is a friend from my old team\. \S[^\n]+ Could you two find a time\?/),
    },
    {
      name: 'an intro request with no reason',
      text: introRequest('Hi Lena,\n\nWould you be open to an introduction to my friend Ravi?\n\nThanks,\nOla'),
      flagged: ['Would you be open to an introduction to my friend Ravi?'],
    },
    {
      name: '"you both have context" defers the reason instead of giving it',
      text: introduction('Alex, meet Carol. You both have context, so I will step back. Enjoy!'),
      flagged: ['Alex, meet Carol. You both have context, so I will step back. Enjoy!'],
    },
  ],
});
