// Numbers that are not casualty figures: counts of things, compounds, durations, years, ages,
// percentages and money.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { brief } from './extract.ts';

const none = [
  'Moscow said it had carried out more than 50 strikes against IS near the Syrian city of Palmyra over the past three days.',
  'On Thursday alone, six Tupolev bombers flew out of an airbase in Russia and conducted strikes east of Palmyra.',
  'Fresh air strikes hit two rebel-held neighbourhoods of Aleppo.',
  'Moscow and Washington, and the 22-nation contact group they co-chair, have called for a nationwide ceasefire.',
  'Washington and Moscow lead talks through the 17-nation International Syrian Support Group.',
  'Saudi Arabia has in mind the creation of a new 34-nation counterterrorism alliance.',
  '4 min read',
  'Kerry held a first three hours of talks with the Russian leader after a three-hour meeting.',
  'US officials would not call the talks a last chance to resolve the bloody five-year-old conflict.',
  'Looming over the effort is the four-and-a-half year civil war.',
  "Syria's conflict began in 2011 with the repression of anti-government demonstrations.",
  'Troops recaptured the airport more than three years after they were overrun by rebel groups.',
  'A 12-year-old boy was killed by a sniper.',
  'Turnout reached 61 percent and 20% of ballots were spoiled.',
  'The UN appealed for $3.2 billion to help those displaced.',
  'Kerry observed a minute of silence in honour of the victims.',
  'The two ministers held 3 rounds of talks.',
  'About 20 trucks carrying food for eastern Aleppo, enough for 80,000 people for a month, were waiting at the border.',
  'Rebel groups had violated the truce 23 times, the ministry said.',
  'The two sides agreed to extend the truce by another 48 hours.',
  'Russian jets have flown more than 9,000 sorties since September.',
  'More than half of the population has been displaced since the war began.',
  "A quarter of the country's hospitals have been destroyed.",
  "Half the country's pre-war population lives abroad.",
  'Some 40 trucks were cleared to cross from Turkey.',
  'Around 80,000 people live in the town, which was retaken by the army.',
  'Two dozen aircraft and a dozen helicopters were deployed to the base.',
  'The 17 nations backed a timetable for elections within 18 months.',
  'Kerry, 72, said the deal was the last chance for Syria; the talks had lasted 13 hours.',
  'Some 3,000 soldiers, backed by Russian jets, killed a rebel commander near Palmyra.',
  'The aid package is worth half a million dollars.',
  // "besieged" on places: only people are besieged or affected
  'The UN said aid had reached only seven besieged areas this year.',
  'The ISSG demanded access to all 18 besieged towns by Friday.',
  'Convoys reached 15 besieged communities on Wednesday, the UN said.',
  'Aid entered the besieged town of Madaya for the first time since October.',
  'Government forces hold 12 besieged neighbourhoods in the east of the city.',
  // aid measured in people is no count of people (a delivery's capacity, not a population)
  'Trucks carrying aid for 78,000 people entered the besieged towns on Wednesday.',
  // counts of things and staff, spans, percentages, money, resolutions, ages
  'A convoy of 31 trucks left Damascus at dawn.',
  'The UN has 18 aid workers in the city.',
  'The parties agreed on a 48-hour truce to let aid in.',
  'Food prices rose by 1.5 percent in the besieged areas.',
  'Britain pledged $10 million to help those trapped in the city.',
  'The council unanimously adopted resolution 2254 on Friday.',
  'A boy aged 12 was killed by a sniper, his family said.',
  'Three women were among the speakers at the Geneva conference.',
  'About 20 people need visas to attend the talks.',
  // traps of general news: magnitudes, charges, ages, vote shares, seats, counts of things, crews at work
  'A 6.8-magnitude quake struck the High Atlas late on Friday.',
  'The suspect was charged with 7 counts of murder.',
  'The 29-year-old said his village had been cut off.',
  'Sheinbaum won 59.8% of the vote, and Morena took 236 seats.',
  'The ANC won 159 of the 400 seats in parliament.',
  'The two delegations held 3 rounds of talks in Geneva.',
  'Twenty officials held talks with the rescue teams.',
  'Some 300 families were left homeless by the fire.',
  'Spain sent 56 rescuers and four sniffer dogs to help.',
  'Six helicopters were missing from the inventory.',
  'The truce has saved thousands of lives, the envoy said.',
];
for (const sentence of none) test(`no figure: ${sentence.slice(0, 60)}`, () => assert.equal(brief(sentence), []));

test.run();
