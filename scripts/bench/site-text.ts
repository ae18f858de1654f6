/**
 * Word banks and a seeded random source for the generated benchmark site.
 * The text is plain and short-sentenced like the real pages, so the generated
 * pages pass the same content rules (reading age, acronyms, link text).
 * Seeded so two runs write the same site and build figures can be compared.
 */

/** A small, fast, seeded generator (mulberry32): the same seed gives the same site. */
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

export type Random = () => number;

export const pick = <T>(random: Random, items: readonly T[]): T => {
  const item = items[Math.floor(random() * items.length)];
  if (item === undefined) throw new Error('pick from an empty list');
  return item;
};

export const between = (random: Random, low: number, high: number): number => low + Math.floor(random() * (high - low + 1));

/** Fills {slots} in a template from the given values; unknown slots are left visible so a mistake shows. */
export const fill = (template: string, values: Record<string, string>): string => template.replace(/\{(\w+)\}/g, (whole, key: string) => values[key] ?? whole);

export const SUBJECTS = [
  'school attendance',
  'a new baby',
  'money worries',
  'housing problems',
  'a parent in hospital',
  'arguments at home',
  'a child who goes missing',
  'online safety',
  'bullying',
  'young carers',
  'a disabled child',
  'drinking and drugs at home',
  'a teenager who stays out late',
  'moving to a new area',
  'a family member in prison',
  'grief and loss',
  'food and heating costs',
  'worries about a neighbour',
  'a child who is not eating',
  'sleep and tiredness',
  'friends who are older',
  'gifts from strangers',
  'a first flat',
  'college and training',
  'a job interview',
  'health checks',
  'paying the bills',
  'a private fostering arrangement',
  'a child living with a relative',
  'leaving care at 18',
] as const;

export const GUIDANCE_FRAMES = [
  'Help with {subject}',
  'What to do about {subject}',
  'Getting support for {subject}',
  'Talking to your child about {subject}',
  'Worried about {subject}?',
  'Advice for families on {subject}',
  'A guide for practitioners on {subject}',
] as const;

export const PROCEDURE_FRAMES = [
  'How to raise a concern about {subject}',
  'Steps to take when you notice {subject}',
  'Making a referral about {subject}',
  'Planning support for {subject}',
] as const;

export const AREA_FRAMES = ['{area}: support for {subject}', '{area}: who to contact about {subject}', 'Help in {area} with {subject}'] as const;

export const UPDATE_FRAMES = [
  '{area} board reviews its work on {subject}',
  '{area} publishes advice on {subject}',
  'New training on {subject} in {area}',
  '{area} agrees a plan for {subject}',
] as const;

export const HEADINGS = [
  'What is it?',
  'Who can help?',
  'What happens next?',
  'What can I do now?',
  'When should I worry?',
  'Who decides?',
  'How long does it take?',
  'What if I disagree?',
  'Where can I get advice?',
  'What the law says',
  'What the numbers show',
  'Talking to a child',
  'Keeping a record',
  'Sharing what you know',
  'If you are a young person',
  'If you work with children',
  'Help near you',
  'Things that may help',
  'Signs to look out for',
  'What we do not know',
] as const;

/** Short sentences, mostly one idea each, in everyday words. */
export const SENTENCES = [
  'Many families need a little help at some point.',
  'Asking for help is a good thing to do.',
  'You can talk to someone you trust, such as a teacher or a doctor.',
  'The team in {area} will listen to you first.',
  'They will ask what is going well and what is hard.',
  'Most help is given without a social worker.',
  'If a child is in danger now, call 999.',
  'You do not have to do this on your own.',
  'Write down what you saw and when you saw it.',
  'Use the words the child used.',
  'Do not promise to keep a secret.',
  'Tell the child what you will do next.',
  'A worker may visit you at home.',
  'They will explain what they write down about you.',
  'You can ask to see what they wrote.',
  'You can bring a friend or family member with you.',
  'In {area}, the front door team looks at each worry.',
  'The team decides within one working day in most cases.',
  'Some children need help from more than one service.',
  'A plan should say who does what and by when.',
  'The plan is checked again after a few weeks.',
  'If things get better, the help can stop.',
  'If things get worse, the team will look again.',
  'You can say no to early help.',
  'Your views matter, and so do the views of your child.',
  'A young person can ask for help on their own.',
  'Practitioners should share what they know when a child may be at risk.',
  'Ask for advice from your safeguarding lead if you are not sure.',
  'Keep your notes short, clear and dated.',
  'Check who else knows the family before you act.',
  'The papers do not give a phone number for this team.',
  'Your council website has the latest contact details.',
  'Support is free and it is for the whole family.',
  'Help can come from school, health visitors or a family hub.',
  'Young people leaving care have a personal adviser.',
  'A personal adviser helps with money, housing and work.',
  'Some help lasts until you are 25.',
  'Talk to your worker if a payment is late.',
  'You can complain if you are not happy with the help.',
  'Every child has the right to be safe.',
] as const;

export const LIST_ITEMS = [
  'a teacher or school nurse',
  'your doctor or health visitor',
  'a youth worker',
  'the family hub near you',
  'your personal adviser',
  'a trusted friend or relative',
  'the police, if a child is in danger now',
  'the front door team for your area',
  'a helpline such as Childline',
  'your safeguarding lead at work',
] as const;

export const WHO = [
  'The practitioner who has the worry',
  'The front door team',
  'The social worker',
  'The safeguarding lead',
  'The family and the lead professional',
  'The team manager',
] as const;

export const WHEN = [
  'As soon as you have the worry',
  'The same working day',
  'Within one working day',
  'Within ten working days',
  'At the review meeting',
  'When the plan ends',
] as const;

export const ACTIONS = [
  'Write down what you saw or heard, in the words used. Talk to your safeguarding lead.',
  'Look at what is already known about the child and family, and decide what help is needed.',
  'Meet the family, listen to the child, and agree a plan with them.',
  'Share the worry with the front door team, and say what you have done so far.',
  'Check the plan with everyone in it, and decide if it is working.',
  'Agree with the family that the help can end, and say how to get help again.',
] as const;

export const NEXTS = [
  'The front door team reads the worry and decides what to do.',
  'A worker contacts the family to agree the next step.',
  'The plan starts, and a date is set to check it.',
  'If the worry grows, the team moves to the next level of help.',
  'The family is told what was decided and why.',
] as const;

export const UPDATE_SENTENCES = [
  'The board met in {month} {year} to look at this work.',
  'The paper said that more families were asking for help.',
  'The partnership agreed to train more staff.',
  'The council said it would report back within a year.',
  'The papers do not say how the plan worked in the end.',
  'Families were asked what they thought of the service.',
] as const;

export const MONTHS = ['January', 'March', 'May', 'July', 'September', 'November'] as const;
