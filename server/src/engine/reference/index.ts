import { NameTrie } from './name-trie';
import { TITLE_FORMS } from './titles';
import { NearMissIndex } from './near-miss';
import { parseIsoDate } from './dates';
import type { Dataset, Entity, Fact, Source } from './types';
import { titleText } from './titles';

export type { Dataset, Entity, Fact, RefValue, Source, Dimension, Role, FactStatus } from './types';

/**
 * Lookup structure over a dataset: entities by id, facts by subject, deals by party, and one name
 * trie over every alias and misspelling. Built once per data version; read-only afterwards.
 */
export class ReferenceIndex {
  readonly names = new NameTrie();
  readonly nearMisses: NearMissIndex;
  private readonly entities = new Map<string, Entity>();
  private readonly facts = new Map<string, Fact>();
  /** what `current` last answered for a fact, and for which day */
  private readonly currentOn = new WeakMap<Fact, { day: number | undefined; fact: Fact }>();
  private readonly bySubject = new Map<string, Fact[]>();
  private readonly byParty = new Map<string, Entity[]>();
  private readonly lineages = new Map<string, readonly string[]>();
  private readonly units = new Map<string, Entity[]>();
  private readonly rolesOf = new Map<
    string,
    { person: Entity; title: string; from?: string; until?: string }[]
  >();

  constructor(
    readonly dataset: Dataset,
    readonly version: string,
  ) {
    this.nearMisses = new NearMissIndex(dataset.commonWords);
    for (const e of dataset.entities) this.entities.set(e.id, e);
    const inCapitals = new Set(
      dataset.entities.flatMap((e) => [e.name, ...e.aliases].map((n) => n.toUpperCase())),
    );
    for (const e of dataset.entities) {
      this.names.add(e.name, e.id, 'name');
      if (e.kind !== 'deal' && e.kind !== 'role')
        this.nearMisses.add(e.name, e.id, e.kind === 'person');
      for (const a of e.aliases) {
        this.names.add(a, e.id, 'alias');
        if (e.kind === 'person') this.nearMisses.addSurname(a, e.id);
      }
      for (const m of misspellingForms(e, inCapitals)) this.names.add(m, e.id, 'misspelling');
      for (const p of e.parties ?? []) push(this.byParty, p, e);
      for (const r of e.roles ?? [])
        push(this.rolesOf, r.of, { person: e, title: r.title, from: r.from, until: r.until });
    }
    const roles = roleStarts(dataset.entities, (id) => this.entities.get(id)?.name ?? id);
    for (const e of roles.entities) {
      this.entities.set(e.id, e);
      for (const p of e.parties ?? []) push(this.byParty, p, e);
    }
    for (const e of dataset.entities)
      if (e.unitWords) for (const owner of this.lineage(e.id).slice(1)) push(this.units, owner, e);
    for (const f of [...dataset.facts, ...roles.facts]) {
      this.facts.set(f.id, f);
      push(this.bySubject, f.subject, f);
    }
  }

  entity(id: string): Entity | undefined {
    return this.entities.get(id);
  }

  fact(id: string): Fact | undefined {
    return this.facts.get(id);
  }

  factsAbout(subjectId: string): readonly Fact[] {
    return this.bySubject.get(subjectId) ?? [];
  }

  /** Deals, projects and other entities that name `id` among their parties. */
  involving(id: string): readonly Entity[] {
    return this.byParty.get(id) ?? [];
  }

  /** The units of `id` (or of its parts) that the press names by their line of business. */
  unitsUnder(id: string): readonly Entity[] {
    return this.units.get(id) ?? [];
  }

  /** People holding (or who held) a role at the organisation `orgId`. */
  roleHolders(
    orgId: string,
  ): readonly { person: Entity; title: string; from?: string; until?: string }[] {
    return this.rolesOf.get(orgId) ?? [];
  }

  /**
   * The entity and its ancestors (AWS -> Amazon), nearest first. Worked out once per entity: binding
   * asks it of every name for every fact it weighs.
   */
  lineage(id: string): readonly string[] {
    let out = this.lineages.get(id);
    if (out) return out;
    const found: string[] = [];
    for (
      let cur: string | undefined = id;
      cur && !found.includes(cur);
      cur = this.entities.get(cur)?.parent
    )
      found.push(cur);
    this.lineages.set(id, (out = found));
    return out;
  }

  /**
   * Follows `supersededBy` to the newest fact of a chain; with a day, the newest reported by then.
   */
  current(fact: Fact, day?: number): Fact {
    // most facts are superseded by none: binding asks this of each fact it weighs
    if (!fact.supersededBy) return fact;
    // (a document asks of one day, for every figure: the last answer per fact is kept)
    const known = this.currentOn.get(fact);
    if (known && known.day === day) return known.fact;
    const cur = this.followSuccessors(fact, day);
    this.currentOn.set(fact, { day, fact: cur });
    return cur;
  }

  /** The newest of a fact's chain reported by `day` (undefined: the newest of all). */
  private followSuccessors(fact: Fact, day: number | undefined): Fact {
    let cur = fact;
    const seen = new Set<string>();
    while (cur.supersededBy && !seen.has(cur.id)) {
      seen.add(cur.id);
      const next = this.facts.get(cur.supersededBy);
      // on a given day, a value that had not been reported yet is not the current one
      if (!next || (day !== undefined && (parseIsoDate(next.asOf)?.min ?? -Infinity) > day)) break;
      cur = next;
    }
    return cur;
  }

  get entityCount(): number {
    return this.entities.size;
  }

  get factCount(): number {
    return this.facts.size;
  }
}

/**
 * An entity's misspellings, each also in capitals: "NVIDEA" in a text that writes the name so is
 * the same slip (of one word: "OPEN AI" may be a headline's open models; and not where the
 * capitals are a name's, as "Chatgpt" in capitals is; `inCapitals`: every name and alias so).
 */
function misspellingForms(e: Entity, inCapitals: ReadonlySet<string>): string[] {
  const forms = [...e.misspellings];
  for (const m of e.misspellings) {
    const capitals = m.toUpperCase();
    if (capitals !== m && /^\p{Lu}{5,}$/u.test(capitals) && !inCapitals.has(capitals))
      forms.push(capitals);
  }
  return forms;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/**
 * When a person took up a role is a checkable date ("led by Satya Nadella since 2014"). Each role
 * with a start date and a sourced person becomes a subject of kind 'role' whose parties are the
 * person and the organisation (both must be named), with the start as a fact about it.
 */
function roleStarts(
  entities: Entity[],
  nameOf: (id: string) => string,
): { entities: Entity[]; facts: Fact[] } {
  const out = { entities: [] as Entity[], facts: [] as Fact[] };
  for (const e of entities) {
    if (!e.sources?.length) continue;
    for (const r of e.roles ?? []) {
      const range = r.from ? parseIsoDate(r.from) : undefined;
      if (!range || !r.from) continue;
      const id = roleSubjectId(e.id, r.title, r.of);
      out.entities.push({
        id,
        name: `${e.name} as ${titleText(r.title)} of ${nameOf(r.of)}`,
        kind: 'role',
        aliases: [],
        misspellings: [],
        parties: [e.id, r.of],
      });
      out.facts.push({
        id: `${id}--from`,
        subject: id,
        property: 'start',
        asOf: r.from,
        status: 'verified',
        value: { dim: 'date', min: range.min, max: range.max, unit: range.precision },
        also: [],
        cues: [
          'took over',
          'became',
          'named',
          'appointed',
          'since',
          ...(TITLE_FORMS[r.title] ?? []),
        ],
        sources: sourcesOfTitle(e.sources, r.title),
      });
    }
  }
  return out;
}

/** A role subject's id is "person--title--organisation". */
const ROLE_ID_SEPARATOR = '--';

/** The id of the role subject `roleStarts` makes of a person's title at an organisation. */
export function roleSubjectId(personId: string, title: string, orgId: string): string {
  return [personId, title, orgId].join(ROLE_ID_SEPARATOR);
}

/** The title of a role subject made by `roleStarts` ("ceo" for Nadella's role at Microsoft). */
export function roleTitle(role: Entity): string | undefined {
  return role.kind === 'role' ? role.id.split(ROLE_ID_SEPARATOR)[1] : undefined;
}

/**
 * A person's sources that speak of the title ("elected Nadella chairman" for the chair's start),
 * first; all of them when none does.
 */
function sourcesOfTitle(sources: Source[], title: string): Source[] {
  const forms = (TITLE_FORMS[title] ?? []).map((f) => f.toLowerCase());
  const speaks = sources.filter((s) => forms.some((f) => s.says.toLowerCase().includes(f)));
  return speaks.length ? speaks : sources;
}
