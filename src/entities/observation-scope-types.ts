/** What an observation is about (registered for GraphQL with the Observation entity). */
export enum ScopeKind {
  COUNTRY = 'COUNTRY',
  PROGRAMME = 'PROGRAMME',
  INITIATIVE = 'INITIATIVE',
  MUNICIPALITY = 'MUNICIPALITY',
  ORGANISATION = 'ORGANISATION',
  ACTIVITY = 'ACTIVITY',
}

/** The observation column that holds a scope's key. */
export type ScopeColumn =
  'country_code' | 'programme_id' | 'initiative_id' | 'municipality_id' | 'organisation_id' | 'activity_id';

/** The Observation property that holds a scope's key (the column, as the entity names it). */
export type ScopeProperty =
  'countryCode' | 'programmeId' | 'initiativeId' | 'municipalityId' | 'organisationId' | 'activityId';

/** One kind of thing an observation may be about, and where everything about it lives. */
export interface ObservationScopeType {
  kind: ScopeKind;
  /** The GraphQL type (and entity) of its records, as their global ids name it. */
  typeName: 'Country' | 'Programme' | 'Initiative' | 'Municipality' | 'Organisation' | 'Activity';
  /** The table of its records, and their key column there. */
  table: string;
  key: 'code' | 'id';
  /** Whether the key is an integer id (else a code). */
  integerKey: boolean;
  /** Whether its records can be archived (`archived_at`); an archived one is no scope for new values. */
  archivable: boolean;
  /** The observation column, and Observation property, holding its key. */
  column: ScopeColumn;
  property: ScopeProperty;
}

/** Every kind of scope, once: the one registry the writes, the import, the loaders, the resolvers and the seed read. */
export const OBSERVATION_SCOPES: readonly ObservationScopeType[] = [
  {
    kind: ScopeKind.COUNTRY,
    typeName: 'Country',
    table: 'country',
    key: 'code',
    integerKey: false,
    archivable: false,
    column: 'country_code',
    property: 'countryCode',
  },
  ...(
    [
      [ScopeKind.PROGRAMME, 'Programme', 'programme'],
      [ScopeKind.INITIATIVE, 'Initiative', 'initiative'],
      [ScopeKind.MUNICIPALITY, 'Municipality', 'municipality'],
      [ScopeKind.ORGANISATION, 'Organisation', 'organisation'],
      [ScopeKind.ACTIVITY, 'Activity', 'activity'],
    ] as const
  ).map(([kind, typeName, table]): ObservationScopeType => ({
    kind,
    typeName,
    table,
    key: 'id',
    integerKey: true,
    archivable: true,
    column: `${table}_id`,
    property: `${table}Id`,
  })),
];

/** The scope of each kind. */
export const SCOPE_OF_KIND = Object.fromEntries(OBSERVATION_SCOPES.map((scope) => [scope.kind, scope])) as Record<
  ScopeKind,
  ObservationScopeType
>;

/** The scope whose records have global ids of `typeName`; undefined for a type that is no scope. */
export function scopeOfTypeName(typeName: string): ObservationScopeType | undefined {
  return OBSERVATION_SCOPES.find((scope) => scope.typeName === typeName);
}

/** The scope types by name, for messages: `Country, Programme, Initiative, Municipality, Organisation, Activity`. */
export const SCOPE_TYPE_NAMES = OBSERVATION_SCOPES.map((scope) => scope.typeName).join(', ');
