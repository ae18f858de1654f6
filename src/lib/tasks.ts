/**
 * The tasks people come to the portal for, in the order a reader in trouble needs
 * them. The home page and the audience doors start with these.
 */
import { AREA_TASKS, type AreaTask } from './routes.ts';
import type { Audience } from './schemas.ts';

export interface Task {
  title: string;
  /** One line under the title, in the reader's words. */
  hint: string;
  href: string;
  /** Set when the answer differs by area: the link leads to a choice of area. */
  areaTask?: AreaTask;
  audiences: readonly Audience[];
}

const everyone: readonly Audience[] = ['families', 'young-people', 'practitioners'];

const areaTask = (task: AreaTask, hint: string, audiences: readonly Audience[]): Task => ({
  title: AREA_TASKS[task].title,
  hint,
  href: AREA_TASKS[task].chooser,
  areaTask: task,
  audiences,
});

export const TASKS: readonly Task[] = [
  areaTask('worried', 'Who to tell in your area, and what happens next.', everyone),
  areaTask('exploitation', 'Signs to look for, who to tell, and how to report online grooming.', everyone),
  areaTask('referral', "Your area's front door, what to have ready, and the CSE steps.", ['practitioners']),
  {
    title: 'Follow the CSE pathway (for professionals)',
    hint: "Each area's steps when you are worried about child sexual exploitation.",
    href: '/exploitation/cse-pathway/',
    audiences: ['practitioners'],
  },
  areaTask('leavingCare', 'What you can get at your age, in your area, and who to ask.', ['young-people', 'families', 'practitioners']),
  areaTask('earlyHelp', 'Help for your family before things get worse.', ['families', 'young-people', 'practitioners']),
  {
    title: 'Which level of need applies',
    hint: 'The four levels, with examples and what usually happens.',
    href: '/levels-of-need/',
    audiences: ['practitioners', 'families'],
  },
];

export const tasksFor = (audiences: readonly Audience[]) => TASKS.filter((task) => task.audiences.some((a) => audiences.includes(a)));
