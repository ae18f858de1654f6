/** What a procedure step says for one area, and whether that area's paper described it. */
import type { StepData } from './schemas.ts';

/** Texts editors write when a paper is silent on a step: "The papers do not describe …". */
const SILENT = /^the papers? (do|does) not (describe|say|mention)/i;

export function areaStepText(step: Pick<StepData, 'byArea'>, area: string): { described: boolean; text: string } {
  const text = step.byArea?.[area as keyof NonNullable<StepData['byArea']>];
  if (!text) return { described: false, text: 'Ask the front door what happens at this step.' };
  return { described: !SILENT.test(text.trim()), text };
}

/** Whether any step says how each area does it: such a procedure gets a page per area. */
export const differsByArea = (steps: readonly Pick<StepData, 'byArea'>[]) => steps.some((step) => step.byArea !== undefined);
