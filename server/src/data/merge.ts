import type { Dataset, Entity, Fact } from '../engine/reference/types';
import type { DataError, ParsedFile } from './parse';

export interface MergedData {
  dataset: Dataset;
  errors: DataError[];
}

/**
 * Merges data files into one dataset and checks what no single file can: duplicate ids, references
 * to ids that do not exist, and names claimed by two entities. `layers` go from the base (the
 * embedded data) to the most specific (workspace files): a later layer may redefine an id to
 * override it; two definitions in one layer are an error.
 */
export function mergeLayers(layers: ParsedFile[][]): MergedData {
  const errors: DataError[] = layers.flat().flatMap((f) => f.errors);
  const entities = new Map<string, { entity: Entity; layer: number; file: ParsedFile }>();
  const facts = new Map<string, { fact: Fact; layer: number; file: ParsedFile }>();
  const where = (file: ParsedFile, key: string): { line: number; column: number } =>
    file.positions.get(key) ?? { line: 1, column: 1 };
  const report = (file: ParsedFile, key: string, message: string): void => {
    errors.push({ file: file.file, ...where(file, key), message });
  };
  layers.forEach((files, layer) => {
    for (const file of files) {
      for (const entity of file.entities) {
        const prior = entities.get(entity.id);
        if (prior && prior.layer === layer)
          report(
            file,
            `entity:${entity.id}`,
            `duplicate entity id "${entity.id}" ` +
              `(also in ${prior.file.file}:${where(prior.file, `entity:${entity.id}`).line})`,
          );
        else entities.set(entity.id, { entity, layer, file });
      }
      for (const fact of file.facts) {
        const prior = facts.get(fact.id);
        if (prior && prior.layer === layer)
          report(
            file,
            `fact:${fact.id}`,
            `duplicate fact id "${fact.id}" (also in ${prior.file.file}:${where(prior.file, `fact:${fact.id}`).line})`,
          );
        else facts.set(fact.id, { fact, layer, file });
      }
    }
  });
  const unknownEntity = (
    file: ParsedFile,
    key: string,
    id: string | undefined,
    what: string,
  ): boolean => {
    if (id === undefined || entities.has(id)) return false;
    report(file, key, `${what} "${id}" is not a known entity id`);
    return true;
  };
  const badEntities = new Set<string>();
  for (const { entity, file } of entities.values()) {
    let bad = unknownEntity(file, `ref:${entity.id}:parent`, entity.parent, 'parent');
    bad = unknownEntity(file, `ref:${entity.id}:namesake_of`, entity.namesakeOf, 'namesake') || bad;
    entity.parties?.forEach((p, i) => {
      bad = unknownEntity(file, `ref:${entity.id}:parties:${i}`, p, 'party') || bad;
    });
    entity.roles?.forEach((r, i) => {
      bad = unknownEntity(file, `ref:${entity.id}:roles:${i}`, r.of, 'role organisation') || bad;
    });
    if (bad) badEntities.add(entity.id);
  }
  checkNames([...entities.values()], report);
  const badFacts = new Set<string>();
  for (const { fact, file } of facts.values()) {
    if (unknownEntity(file, `ref:${fact.id}:subject`, fact.subject, 'subject'))
      badFacts.add(fact.id);
    fact.ledBy?.forEach((lead, i) => {
      if (unknownEntity(file, `ref:${fact.id}:led_by:${i}`, lead, 'lead investor'))
        badFacts.add(fact.id);
    });
    if (fact.supersededBy && !facts.has(fact.supersededBy)) {
      report(
        file,
        `ref:${fact.id}:superseded_by`,
        `superseded_by "${fact.supersededBy}" is not a known fact id`,
      );
      badFacts.add(fact.id);
    }
  }
  return {
    dataset: {
      entities: [...entities.values()].map((e) => e.entity).filter((e) => !badEntities.has(e.id)),
      facts: [...facts.values()]
        .map((f) => f.fact)
        .filter((f) => !badFacts.has(f.id) && !badEntities.has(f.subject)),
    },
    errors,
  };
}

/** A written form (name, alias or misspelling) may belong to one entity only. */
function checkNames(
  entries: { entity: Entity; file: ParsedFile }[],
  report: (file: ParsedFile, key: string, message: string) => void,
): void {
  const owner = new Map<string, { id: string; form: string }>();
  for (const { entity, file } of entries) {
    const forms: [string, string, string][] = [
      [entity.name, 'name', `entity:${entity.id}`],
      ...entity.aliases.map((a, i): [string, string, string] => [
        a,
        'alias',
        `alias:${entity.id}:${i}`,
      ]),
      ...entity.misspellings.map((m, i): [string, string, string] => [
        m,
        'misspelling',
        `misspelling:${entity.id}:${i}`,
      ]),
    ];
    for (const [text, form, key] of forms) {
      const prior = owner.get(text);
      if (prior && prior.id !== entity.id) {
        // A deal's display name may repeat nothing users type; only typed forms must be unique.
        if (form === 'name' && prior.form === 'name') continue;
        report(file, key, `${form} "${text}" is already the ${prior.form} of "${prior.id}"`);
      } else if (
        prior &&
        prior.form !== form &&
        (form === 'misspelling' || prior.form === 'misspelling')
      ) {
        report(file, key, `"${text}" is both a misspelling and a correct name of "${entity.id}"`);
      } else if (!prior) owner.set(text, { id: entity.id, form });
    }
  }
}
