// The only components MDX content may use. Content files never import anything:
// the page route passes this map, and the content checker rejects any other tag.
import Callout from './Callout.astro';
import Emergency from './Emergency.astro';
import EntitlementList from './EntitlementList.astro';
import LevelsOverview from './LevelsOverview.astro';
import DataExplainer from './DataExplainer.astro';
import NotInPapers from './NotInPapers.astro';

export const mdxComponents = {
  Callout,
  DataExplainer,
  Emergency,
  EntitlementList,
  LevelsOverview,
  NotInPapers,
};

export const MDX_COMPONENT_NAMES = Object.keys(mdxComponents);
