// Maps the allowed MDX component names (src/lib/mdx-allowed.ts) to components.
// The `satisfies` makes the build fail if the two lists ever differ.
import type { MdxComponentName } from '../lib/mdx-allowed.ts';
import AreaChooser from './AreaChooser.astro';
import Callout from './Callout.astro';
import ContactCard from './ContactCard.astro';
import DataExplainer from './DataExplainer.astro';
import Emergency from './Emergency.astro';
import EntitlementList from './EntitlementList.astro';
import EntitlementsByAge from './EntitlementsByAge.astro';
import LeavingCareChooser from './LeavingCareChooser.astro';
import LevelsOverview from './LevelsOverview.astro';
import NotInPapers from './NotInPapers.astro';

export const mdxComponents = {
  AreaChooser,
  Callout,
  ContactCard,
  DataExplainer,
  Emergency,
  EntitlementList,
  EntitlementsByAge,
  LeavingCareChooser,
  LevelsOverview,
  NotInPapers,
} satisfies Record<MdxComponentName, unknown>;
