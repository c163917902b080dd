import type { EntityClass } from '@mikro-orm/core';
import type { Knex } from '@mikro-orm/postgresql';
import { Activity } from '../entities/activity.entity';
import { isEditable } from '../entities/editable.entity';
import { ReviewStatus } from '../entities/observation.entity';
import { RECORD_PARTS } from '../entities/record-parts';
import type { ReadRule } from '../entities/record-type';
import { recordTypes } from '../entities/record-types';
import { Role } from '../entities/role.enum';
import { isAdmin, type Viewer } from './viewer';

/** Adds the conditions that keep only the rows (alias `alias`) the viewer may read. */
type Restriction = (query: Knex.QueryBuilder, alias: string) => void;

/**
 * What one viewer may read, as SQL conditions the loaders and list queries add to every read:
 * a row the viewer may not see is never loaded, so it cannot leak through a nested field, a
 * `totalCount`, `node(id)` or an aggregate.
 *
 * - Programmes: published ones; a token of an organisation that funds or implements a programme
 *   also reads it unpublished; ADMIN reads all. Everything under a programme follows it.
 * - Observations: APPROVED ones of visible scopes; unapproved ones only for ADMIN, for the
 *   organisations of the programme they belong to (and of the programmes whose initiatives their
 *   municipality leads or takes part in: where they are reviewed), and for the REPORTER of their
 *   municipality.
 * - Archived records are left out for every viewer (their history still answers).
 */
export class ReadRules {
  private readonly restrictions = new Map<EntityClass<object>, Restriction>();
  /**
   * Parts whose read rule already keeps them to live owners: the rule reads them within the
   * record they are part of, through the same column, and leaves that record out when archived.
   */
  private readonly partsKeptLiveByRule = new Set<EntityClass<object>>();

  constructor(
    private readonly knex: Knex,
    private readonly viewer: Viewer,
  ) {
    if (isAdmin(viewer)) return;
    for (const record of recordTypes) {
      const restriction = this.restrictionOf(record.readRule);
      if (restriction) this.restrictions.set(record.entity, restriction);
      const { readRule: rule, partOf: part } = record;
      if (
        restriction &&
        part &&
        typeof rule === 'object' &&
        rule.table === part.table &&
        rule.column === part.column &&
        isEditable(rule.within)
      )
        this.partsKeptLiveByRule.add(record.entity);
    }
  }

  /** The conditions of one read rule (`ReadRule`); none for public rows. */
  private restrictionOf(rule: ReadRule): Restriction | undefined {
    switch (rule) {
      case 'public':
        return undefined;
      case 'programme':
        return (query, alias) => {
          query.where((visible) => this.visibleProgramme(visible, alias));
        };
      case 'underProgramme':
        return (query, alias) => {
          query.whereIn(`${alias}.programme_id`, this.visibleProgrammeIds());
        };
      case 'optionallyUnderProgramme':
        return (query, alias) => {
          query.where((either) =>
            either.whereNull(`${alias}.programme_id`).orWhereIn(`${alias}.programme_id`, this.visibleProgrammeIds()),
          );
        };
      case 'observation':
        return (query, alias) => this.visibleObservation(query, alias);
      default:
        return (query, alias) => {
          query.whereIn(`${alias}.${rule.column}`, (owners) => {
            // An alias of the owner's table: rules of owners within owners nest without clashing.
            const owner = `within_${rule.table}`;
            owners.select(`${owner}.id`).from({ [owner]: rule.table });
            this.restrict(rule.within, owners, owner);
          });
        };
    }
  }

  /** Adds the viewer's conditions for `entity` (alias `alias`) to `query`, archived records (and the link rows that are part of one) left out; nothing for public data. */
  restrict(entity: EntityClass<object>, query: Knex.QueryBuilder, alias: string): void {
    if (isEditable(entity)) query.whereNull(`${alias}.archived_at`);
    const part = RECORD_PARTS.get(entity);
    // The same condition twice cost the deep page's municipalities statement 6 of 46 ms.
    if (part && !this.partsKeptLiveByRule.has(entity))
      query.whereExists((owner) =>
        owner.from({ ro: part.table }).whereRaw(`ro.id = ${alias}.${part.column}`).whereNull('ro.archived_at'),
      );
    this.restrictIncludingArchived(entity, query, alias);
  }

  /** Whether the viewer reads only some rows of `entity` (archived ones aside). */
  restricts(entity: EntityClass<object>): boolean {
    return this.restrictions.has(entity);
  }

  /** The viewer's conditions for `entity`, archived records kept: for the history of a record. */
  restrictIncludingArchived(entity: EntityClass<object>, query: Knex.QueryBuilder, alias: string): void {
    this.restrictions.get(entity)?.(query, alias);
  }

  /** The organisations whose unpublished programmes the viewer reads. */
  private get organisations(): number[] {
    const { role, organisationIds } = this.viewer;
    return role === Role.EDITOR || role === Role.REVIEWER || role === Role.VIEWER ? organisationIds : [];
  }

  private visibleProgramme(query: Knex.QueryBuilder, alias: string): void {
    query.where(`${alias}.published`, true);
    if (this.organisations.length === 0) return;
    query
      .orWhereExists((funded) =>
        funded
          .from({ pf: 'programme_funder' })
          .whereRaw(`pf.programme_id = ${alias}.id`)
          .whereIn('pf.organisation_id', this.organisations),
      )
      .orWhereExists((run) =>
        run
          .from({ pi: 'programme_implementer' })
          .whereRaw(`pi.programme_id = ${alias}.id`)
          .whereIn('pi.organisation_id', this.organisations),
      );
  }

  private visibleProgrammeIds(): Knex.QueryBuilder {
    return this.knex
      .select('vp.id')
      .from({ vp: 'programme' })
      .where((visible) => this.visibleProgramme(visible, 'vp'));
  }

  /**
   * Keeps the observations (alias `alias`) that the viewer's organisations take part in reviewing:
   * those of their live programmes, of those programmes' initiatives and activities, and of the
   * municipalities taking part in them. Reads show them unapproved; reviews may decide them.
   */
  whereOwnObservation(query: Knex.QueryBuilder, alias: string): void {
    query
      .whereIn(`${alias}.programme_id`, this.ownProgrammeIds())
      .orWhereIn(`${alias}.initiative_id`, (ids) =>
        ids.select('oi.id').from({ oi: 'initiative' }).whereIn('oi.programme_id', this.ownProgrammeIds()),
      )
      .orWhereIn(`${alias}.activity_id`, (ids) =>
        ids.select('oa.id').from({ oa: 'activity' }).whereIn('oa.programme_id', this.ownProgrammeIds()),
      )
      .orWhereIn(`${alias}.municipality_id`, this.ownMunicipalityIds());
  }

  /** Programmes whose unapproved observations the viewer reads: the live ones its organisations fund or implement. */
  private ownProgrammeIds(): Knex.QueryBuilder {
    return this.knex
      .select('op.id')
      .from({ op: 'programme' })
      .whereNull('op.archived_at')
      .where((own) =>
        own
          .whereIn('op.id', (funded) =>
            funded
              .select('pf.programme_id')
              .from({ pf: 'programme_funder' })
              .whereIn('pf.organisation_id', this.organisations),
          )
          .orWhereIn('op.id', (implemented) =>
            implemented
              .select('pi.programme_id')
              .from({ pi: 'programme_implementer' })
              .whereIn('pi.organisation_id', this.organisations),
          ),
      );
  }

  /**
   * Keeps the rows whose municipality (in `column`) takes part in the viewer's programmes: a
   * participant of one, or a municipality of one of their initiatives (both recorded by ADMIN). The
   * initiatives' leads are left out: a lead that ADMIN set outside these stays ADMIN's to change.
   */
  whereParticipatingMunicipality(query: Knex.QueryBuilder, column: string): void {
    query.whereIn(column, this.participatingMunicipalityIds());
  }

  /** Municipalities that take part in the viewer's programmes, or in their initiatives. */
  private participatingMunicipalityIds(): Knex.QueryBuilder {
    return this.knex
      .select('om.municipality_id')
      .from({ om: 'initiative_municipality' })
      .join({ omi: 'initiative' }, 'omi.id', 'om.initiative_id')
      .whereIn('omi.programme_id', this.ownProgrammeIds())
      .union((participating) =>
        participating
          .select('op.municipality_id')
          .from({ op: 'programme_participant' })
          .whereIn('op.programme_id', this.ownProgrammeIds()),
      );
  }

  /** Municipalities that take part in the viewer's programmes, or lead or take part in their initiatives: their values are reviewed there. */
  private ownMunicipalityIds(): Knex.QueryBuilder {
    return this.participatingMunicipalityIds().union((led) =>
      led
        .select('ol.lead_municipality_id')
        .from({ ol: 'initiative' })
        .whereIn('ol.programme_id', this.ownProgrammeIds())
        .whereNotNull('ol.lead_municipality_id'),
    );
  }

  private visibleObservation(query: Knex.QueryBuilder, alias: string): void {
    // The scope must be visible: a programme, an initiative's or an activity's programme.
    query.where((scope) =>
      scope
        .where((programme) =>
          programme.whereNull(`${alias}.programme_id`).orWhereIn(`${alias}.programme_id`, this.visibleProgrammeIds()),
        )
        .where((initiative) =>
          initiative
            .whereNull(`${alias}.initiative_id`)
            .orWhereIn(`${alias}.initiative_id`, (ids) =>
              ids.select('vi.id').from({ vi: 'initiative' }).whereIn('vi.programme_id', this.visibleProgrammeIds()),
            ),
        )
        .where((activity) =>
          activity.whereNull(`${alias}.activity_id`).orWhereIn(`${alias}.activity_id`, (ids) => {
            ids.select('va.id').from({ va: 'activity' });
            this.restrict(Activity, ids, 'va');
          }),
        ),
    );
    // And the value approved, unless the viewer takes part in reviewing or reporting it.
    query.where((status) => {
      status.where(`${alias}.review_status`, ReviewStatus.APPROVED);
      if (this.organisations.length > 0) status.orWhere((own) => this.whereOwnObservation(own, alias));
      if (this.viewer.role === Role.REPORTER && this.viewer.municipalityIds.length > 0) {
        status.orWhereIn(`${alias}.municipality_id`, this.viewer.municipalityIds);
      }
    });
  }
}
