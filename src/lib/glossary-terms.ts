/** Reads the glossary's acronyms for the Markdown pipeline, which runs before collections exist. */
import { existsSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';

export interface AbbrTerm {
  id: string;
  term: string;
  expansion: string;
}

export function loadGlossaryTerms(path: string): AbbrTerm[] {
  if (!existsSync(path)) return [];
  const data: unknown = parse(readFileSync(path, 'utf8'));
  if (!Array.isArray(data)) return [];
  return data.flatMap((item: { id?: unknown; term?: unknown; expansion?: unknown; kind?: unknown }) =>
    item.kind === 'acronym' && typeof item.id === 'string' && typeof item.term === 'string' && typeof item.expansion === 'string'
      ? [{ id: item.id, term: item.term, expansion: item.expansion }]
      : [],
  );
}
