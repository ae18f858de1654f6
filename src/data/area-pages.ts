// What every page made for one area needs: the area, its services and the paper that described its front door.
import { getEntry, type CollectionEntry } from 'astro:content';
import { areasByName } from './queries.ts';

export interface AreaPageProps {
  area: CollectionEntry<'areas'>;
  /** The paper the area's front door description comes from. */
  paper: CollectionEntry<'sources'>;
}

export async function areaPagePaths(): Promise<{ params: { area: string }; props: AreaPageProps }[]> {
  const areas = await areasByName();
  return Promise.all(
    areas.map(async (area) => {
      const paper = await getEntry('sources', area.data.frontDoor.source.id);
      if (!paper) throw new Error(`${area.filePath ?? `areas/${area.id}.yaml`}: frontDoor.source "${area.data.frontDoor.source.id}" does not exist`);
      return { params: { area: area.id }, props: { area, paper } };
    }),
  );
}

/** The source ids of an area's services, for a page's sources list. */
export async function serviceSourceIds(ids: readonly (string | undefined)[]): Promise<{ sources: string[]; checkedOn: string[] }> {
  const services = await Promise.all(ids.filter((id): id is string => Boolean(id)).map((id) => getEntry('services', id)));
  const found = services.filter((s): s is CollectionEntry<'services'> => Boolean(s));
  return { sources: found.map((s) => s.data.source.id), checkedOn: found.map((s) => s.data.checkedOn) };
}
