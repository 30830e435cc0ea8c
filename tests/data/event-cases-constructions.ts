/**
 * Event-claim test cases for five constructions that `event-cases.ts` does not cover, in the same
 * shape and under the same conventions (read that file's header first). People, stories and most
 * places are invented; real countries and organisations appear only as settings.
 *
 * Constructions (`feature`):
 * - 'control': the event's verb is an infinitive governed by another verb. Subject control ("tried
 *   to push back", "rushed forward to block", "managed to rescue", "försökte stoppa", "versuchten,
 *   … zu stoppen", "intentaron frenar", "ont tenté de bloquer"): the action is the governed verb and
 *   the agent the governing verb's subject. Object control ("forced more than 40 families to flee",
 *   "tvingade … att lämna", "obligaron a … a saltar"): the action is still the governed verb, and its
 *   agent is who does it, the object of the governing verb; the forcer is neither agent nor patient.
 *   "tried to" and "managed to" are not modal frames of the header: modality 'asserted', polarity
 *   'positive'.
 * - 'clause-opener': a main clause and a clause opened by while / when / before / medan / när /
 *   innan / während / bevor / mientras / cuando / tandis que / lorsque. The action, agent and patient
 *   are the main clause's; the other clause's people are never its patient.
 * - 'pronoun-subject': an actor is named earlier in the sentence, but the event's own subject is a
 *   pronoun (they, she, de, han, sie, ellos, ella, ils, il). The pronoun is not resolved: agent null.
 * - 'attire': a force described by the gear it wears, set off by punctuation ("Police, in full riot
 *   gear, …"). The agent is 'riot_police' (riot gear marks riot police); the gear is not an
 *   instrument of the act, so only real instruments ("tear gas") are listed.
 * - 'origin': a departure or journey whose place of origin stands far from the verb ("departed on
 *   Saturday, …, from the main square of Puerto Alvar"). `EventCase` has no place field, so only the
 *   usual fields are checked: places are never agent or patient.
 */
import type { EventCase } from './event-cases';

/** The constructions of this file; `EventCase['feature']` does not list them (yet). */
export type ConstructionFeature = 'control' | 'clause-opener' | 'pronoun-subject' | 'attire' | 'origin';

const feature = (f: ConstructionFeature): EventCase['feature'] => f as string as EventCase['feature'];

export const constructionCases: readonly EventCase[] = [
  // ─── English ──────────────────────────────────────────────────────────────────────────────
  // Control
  {
    lang: 'en',
    text: 'Riot police rushed forward to block the marchers at the foot of the Alcora bridge.',
    action: 'act_block',
    agent: 'riot_police',
    patient: 'protester',
    instruments: [],
    polarity: 'positive',
    modality: 'asserted',
    feature: feature('control'),
  },
  {
    lang: 'en',
    text: 'Border guards tried to push back about 200 migrants at the fence near Vellin on Sunday.',
    action: 'act_push_back',
    agent: 'border_guard',
    patient: 'migrant',
    instruments: [],
    polarity: 'positive',
    modality: 'asserted',
    feature: feature('control'),
  },
  {
    lang: 'en',
    text: 'Gunmen forced more than 40 families to flee the village of Tres Cruces overnight.',
    action: 'act_flee',
    agent: 'family',
    patient: null,
    instruments: [],
    polarity: 'positive',
    modality: 'asserted',
    feature: feature('control'),
  },
  {
    lang: 'en',
    text: 'The coast guard managed to rescue 31 people off the island of Sarno late on Tuesday.',
    action: 'act_rescue',
    agent: 'coast_guard',
    patient: 'person',
    instruments: [],
    polarity: 'positive',
    modality: 'asserted',
    feature: feature('control'),
  },

  // Clause openers
  {
    lang: 'en',
    text: 'Dozens of families crossed the river on rafts at dawn while border guards looked on from the opposite bank.',
    action: 'act_cross',
    agent: 'family',
    patient: null,
    instruments: ['boat'],
    polarity: 'positive',
    modality: 'asserted',
    feature: feature('clause-opener'),
  },
  {
    lang: 'en',
    text: 'Protesters fled into the side streets when riot police charged across the square.',
    action: 'act_flee',
    agent: 'protester',
    patient: null,
    instruments: [],
    polarity: 'positive',
    modality: 'asserted',
    feature: feature('clause-opener'),
  },
  {
    lang: 'en',
    text: 'Hundreds of residents left Dalby on Saturday before the rebels reached the town.',
    action: 'act_leave',
    agent: 'resident',
    patient: null,
    instruments: [],
    polarity: 'positive',
    modality: 'asserted',
    feature: feature('clause-opener'),
  },
  {
    lang: 'en',
    text: 'Two teenagers drowned in the river near Lintwood on Friday while their parents watched from the shore.',
    action: 'act_drown',
    agent: 'teenager',
    patient: null,
    instruments: [],
    polarity: 'positive',
    modality: 'asserted',
    feature: feature('clause-opener'),
  },

  // Pronoun subjects
  {
    lang: 'en',
    text: 'About 300 migrants reached the border post at Vellin on Monday night, and within an hour they broke through the fence.',
    action: 'act_break_through',
    agent: null,
    patient: null,
    instruments: [],
    polarity: 'positive',
    modality: 'asserted',
    feature: feature('pronoun-subject'),
  },
  {
    lang: 'en',
    text: 'Opposition leader Marta Quiroga spent two hours at the detention centre, and afterwards she met the families of several detainees.',
    action: 'act_meet',
    agent: null,
    patient: 'family',
    instruments: [],
    polarity: 'positive',
    modality: 'asserted',
    feature: feature('pronoun-subject'),
  },
  {
    lang: 'en',
    text: 'Dozens of students gathered outside the governor’s office in Alcora, and shortly after noon they threw stones at riot police.',
    action: 'act_use_force',
    agent: null,
    patient: 'riot_police',
    instruments: ['stone'],
    polarity: 'positive',
    modality: 'asserted',
    feature: feature('pronoun-subject'),
  },
  {
    lang: 'en',
    text: 'Mayor Tomas Reyes drove to the flooded district of Kessel at first light, and by noon he had evacuated about 80 elderly residents.',
    action: 'act_evacuate',
    agent: null,
    patient: 'elderly_person',
    instruments: [],
    polarity: 'positive',
    modality: 'asserted',
    feature: feature('pronoun-subject'),
  },

  // Attire
  {
    lang: 'en',
    text: 'Police, in full riot gear, cleared the camp under the motorway bridge at dawn on Thursday.',
    action: 'act_disperse',
    agent: 'riot_police',
    patient: null,
    instruments: [],
    polarity: 'positive',
    modality: 'asserted',
    feature: feature('attire'),
  },
  {
    lang: 'en',
    text: 'Hundreds of police officers, clad in riot gear, surrounded the students outside the university.',
    action: 'act_surround',
    agent: 'riot_police',
    patient: 'student',
    instruments: [],
    polarity: 'positive',
    modality: 'asserted',
    feature: feature('attire'),
  },
  {
    lang: 'en',
    text: 'State police, in riot gear and gas masks, fired tear gas at the crowd outside the courthouse.',
    action: 'act_use_force',
    agent: 'riot_police',
    patient: 'crowd',
    instruments: ['tear_gas'],
    polarity: 'positive',
    modality: 'asserted',
    feature: feature('attire'),
  },
  {
    lang: 'en',
    text: 'The police – dressed in riot gear and helmets – arrested at least 23 people near the stadium on Saturday night.',
    action: 'act_arrest',
    agent: 'riot_police',
    patient: 'person',
    instruments: [],
    polarity: 'positive',
    modality: 'asserted',
    feature: feature('attire'),
  },

  // Origin
  {
    lang: 'en',
    text: 'About 1,500 migrants departed on Saturday, shortly before dawn and in a column several kilometres long, from the main square of Puerto Alvar.',
    action: 'act_leave',
    agent: 'migrant',
    patient: null,
    instruments: [],
    polarity: 'positive',
    modality: 'asserted',
    feature: feature('origin'),
  },
  {
    lang: 'en',
    text: 'The marchers walked for eleven hours, through heavy rain and along a closed motorway, from Kessel to the capital.',
    action: 'act_travel',
    agent: 'protester',
    patient: null,
    instruments: [],
    polarity: 'positive',
    modality: 'asserted',
    feature: feature('origin'),
  },
  {
    lang: 'en',
    text: 'Thousands of residents fled overnight, by car and on foot, from the frontline town of Karsa.',
    action: 'act_flee',
    agent: 'resident',
    patient: null,
    instruments: ['car'],
    polarity: 'positive',
    modality: 'asserted',
    feature: feature('origin'),
  },
  {
    lang: 'en',
    text: 'About 400 asylum seekers headed north on Monday, in buses chartered by a local church, from the port town of Ellery.',
    action: 'act_travel',
    agent: 'asylum_seeker',
    patient: null,
    instruments: ['bus'],
    polarity: 'positive',
    modality: 'asserted',
    feature: feature('origin'),
  },
];
