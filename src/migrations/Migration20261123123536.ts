import { Migration } from '@mikro-orm/migrations';

export class Migration20261123123536 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "country" ("code" char(2) not null, "name_en" text not null, "name_local" text not null, constraint "country_pkey" primary key ("code"));`,
    );

    this.addSql(
      `create table "indicator" ("id" serial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "code" text not null, "name_en" text not null, "definition" text null, "unit" text check ("unit" in ('PERCENT', 'COUNT', 'MONEY', 'SCORE', 'BOOLEAN')) not null, "level" text check ("level" in ('OUTPUT', 'OUTCOME', 'IMPACT')) not null, "direction" text check ("direction" in ('HIGHER_IS_BETTER', 'LOWER_IS_BETTER', 'NEUTRAL')) not null, "aggregation" text check ("aggregation" in ('SUM', 'MEAN', 'SHARE', 'LATEST')) not null, "disaggregations" text[] not null default '{}', "computation" text check ("computation" in ('REPORTED', 'COMPUTED')) not null);`,
    );
    this.addSql(`alter table "indicator" add constraint "indicator_code_unique" unique ("code");`);

    this.addSql(
      `create table "municipality" ("id" serial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "country_code" char(2) not null, "code" text null, "name_local" text not null, "name_en" text null, "kind" text check ("kind" in ('MUNICIPALITY', 'CITY', 'REGION')) not null, "parent_id" int null, "valid_to" date null);`,
    );
    this.addSql(`create index "municipality_country_code_index" on "municipality" ("country_code");`);
    this.addSql(`create index "municipality_name_local_index" on "municipality" ("name_local");`);
    this.addSql(`create index "municipality_kind_index" on "municipality" ("kind");`);
    this.addSql(`create index "municipality_parent_id_index" on "municipality" ("parent_id");`);
    this.addSql(
      `alter table "municipality" add constraint "municipality_country_code_code_unique" unique ("country_code", "code");`,
    );

    this.addSql(
      `create table "organisation" ("id" serial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "code" text not null, "name_en" text not null, "name_local" text null, "acronym" text null, "kind" text check ("kind" in ('GOVERNMENT', 'FUNDER', 'ASSOCIATION', 'INTERNATIONAL_ASSOCIATION', 'UNIVERSITY', 'RESEARCH_CENTRE', 'NGO')) not null, "country_code" char(2) null);`,
    );
    this.addSql(`alter table "organisation" add constraint "organisation_code_unique" unique ("code");`);
    this.addSql(`create index "organisation_country_code_index" on "organisation" ("country_code");`);

    this.addSql(
      `create table "programme" ("id" serial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "code" text not null, "name_en" text not null, "name_local" text null, "summary" text null, "planned_start_on" date null, "planned_end_on" date null, "start_on" date null, "end_on" date null, "budget_amount" numeric(18,2) null, "budget_currency" char(3) null, "website" text null, "parent_id" int null, "successor_id" int null);`,
    );
    this.addSql(`alter table "programme" add constraint "programme_code_unique" unique ("code");`);
    this.addSql(`create index "programme_name_en_index" on "programme" ("name_en");`);
    this.addSql(`create index "programme_start_on_index" on "programme" ("start_on");`);
    this.addSql(`create index "programme_end_on_index" on "programme" ("end_on");`);
    this.addSql(`create index "programme_parent_id_index" on "programme" ("parent_id");`);
    this.addSql(`create index "programme_successor_id_index" on "programme" ("successor_id");`);

    this.addSql(
      `create table "programme_component" ("id" serial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "programme_id" int not null, "position" int not null, "name_en" text not null, "name_local" text null, "summary" text null);`,
    );
    this.addSql(`create index "programme_component_programme_id_index" on "programme_component" ("programme_id");`);
    this.addSql(
      `alter table "programme_component" add constraint "programme_component_programme_id_position_unique" unique ("programme_id", "position");`,
    );

    this.addSql(
      `create table "initiative" ("id" serial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "programme_id" int not null, "component_id" int null, "code" text not null, "name_en" text not null, "name_local" text null, "summary" text null, "lead_organisation_id" int null, "lead_municipality_id" int null, "start_on" date null, "end_on" date null, "grant_amount" numeric(18,2) null, "grant_currency" char(3) null, "status" text check ("status" in ('PLANNED', 'ONGOING', 'COMPLETED', 'CANCELLED')) null);`,
    );
    this.addSql(`create index "initiative_programme_id_index" on "initiative" ("programme_id");`);
    this.addSql(`create index "initiative_component_id_index" on "initiative" ("component_id");`);
    this.addSql(`alter table "initiative" add constraint "initiative_code_unique" unique ("code");`);
    this.addSql(`create index "initiative_name_en_index" on "initiative" ("name_en");`);
    this.addSql(`create index "initiative_lead_organisation_id_index" on "initiative" ("lead_organisation_id");`);
    this.addSql(`create index "initiative_lead_municipality_id_index" on "initiative" ("lead_municipality_id");`);
    this.addSql(`create index "initiative_status_index" on "initiative" ("status");`);

    this.addSql(
      `create table "initiative_municipality" ("id" serial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "initiative_id" int not null, "municipality_id" int not null);`,
    );
    this.addSql(
      `create index "initiative_municipality_municipality_id_index" on "initiative_municipality" ("municipality_id");`,
    );
    this.addSql(
      `alter table "initiative_municipality" add constraint "initiative_municipality_initiative_id_municipality_id_unique" unique ("initiative_id", "municipality_id");`,
    );

    this.addSql(
      `create table "programme_country" ("id" serial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "programme_id" int not null, "country_code" char(2) not null);`,
    );
    this.addSql(`create index "programme_country_country_code_index" on "programme_country" ("country_code");`);
    this.addSql(
      `alter table "programme_country" add constraint "programme_country_programme_id_country_code_unique" unique ("programme_id", "country_code");`,
    );

    this.addSql(
      `create table "programme_funder" ("id" serial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "programme_id" int not null, "organisation_id" int not null, "amount" numeric(18,2) null, "currency" char(3) null);`,
    );
    this.addSql(`create index "programme_funder_organisation_id_index" on "programme_funder" ("organisation_id");`);
    this.addSql(
      `alter table "programme_funder" add constraint "programme_funder_programme_id_organisation_id_unique" unique ("programme_id", "organisation_id");`,
    );

    this.addSql(
      `create table "programme_implementer" ("id" serial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "programme_id" int not null, "organisation_id" int not null, "role" text check ("role" in ('LEAD', 'PARTNER', 'TECHNICAL_SUPPORT')) not null);`,
    );
    this.addSql(
      `create index "programme_implementer_organisation_id_index" on "programme_implementer" ("organisation_id");`,
    );
    this.addSql(
      `alter table "programme_implementer" add constraint "programme_implementer_programme_id_organisation_id_unique" unique ("programme_id", "organisation_id");`,
    );

    this.addSql(
      `create table "source" ("id" serial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "key" text not null, "title" text not null, "title_en" text null, "kind" text check ("kind" in ('REPORT', 'EVALUATION', 'WEB_PAGE', 'ARTICLE', 'STATISTICS', 'CODE_LIST')) not null, "publisher" text null, "url" text null, "published_on" date null, "published_year" int null, "language" text null, "cited_in_id" int null);`,
    );
    this.addSql(`alter table "source" add constraint "source_key_unique" unique ("key");`);
    this.addSql(`create index "source_kind_index" on "source" ("kind");`);
    this.addSql(`create index "source_cited_in_id_index" on "source" ("cited_in_id");`);

    this.addSql(
      `create table "programme_source" ("id" serial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "programme_id" int not null, "source_id" int not null);`,
    );
    this.addSql(`create index "programme_source_source_id_index" on "programme_source" ("source_id");`);
    this.addSql(
      `alter table "programme_source" add constraint "programme_source_programme_id_source_id_unique" unique ("programme_id", "source_id");`,
    );

    this.addSql(
      `create table "programme_participant" ("id" serial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "programme_id" int not null, "municipality_id" int not null, "grant_amount" numeric(18,2) null, "grant_currency" char(3) null, "source_id" int null);`,
    );
    this.addSql(
      `create index "programme_participant_municipality_id_index" on "programme_participant" ("municipality_id");`,
    );
    this.addSql(`create index "programme_participant_source_id_index" on "programme_participant" ("source_id");`);
    this.addSql(
      `alter table "programme_participant" add constraint "programme_participant_programme_id_municipality_id_unique" unique ("programme_id", "municipality_id");`,
    );

    this.addSql(
      `create table "policy_document" ("id" serial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "code" text not null, "title_en" text not null, "kind" text check ("kind" in ('LAW', 'NATIONAL_STRATEGY', 'DECLARATION', 'POLICY', 'STRATEGIC_PLAN', 'STATUTE_CHANGE', 'ACTION_PLAN', 'AGREEMENT')) not null, "status" text check ("status" in ('PROPOSED', 'ADOPTED')) not null, "summary" text null, "organisation_id" int null, "country_code" char(2) null, "adopted_by" text null, "adopted_year" int null, "source_id" int null);`,
    );
    this.addSql(`alter table "policy_document" add constraint "policy_document_code_unique" unique ("code");`);
    this.addSql(`create index "policy_document_kind_index" on "policy_document" ("kind");`);
    this.addSql(`create index "policy_document_organisation_id_index" on "policy_document" ("organisation_id");`);
    this.addSql(`create index "policy_document_country_code_index" on "policy_document" ("country_code");`);
    this.addSql(`create index "policy_document_source_id_index" on "policy_document" ("source_id");`);

    this.addSql(
      `create table "network" ("id" serial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "code" text not null, "name_en" text not null, "summary" text null, "organisation_id" int not null, "programme_id" int null, "source_id" int null);`,
    );
    this.addSql(`alter table "network" add constraint "network_code_unique" unique ("code");`);
    this.addSql(`create index "network_organisation_id_index" on "network" ("organisation_id");`);
    this.addSql(`create index "network_programme_id_index" on "network" ("programme_id");`);
    this.addSql(`create index "network_source_id_index" on "network" ("source_id");`);

    this.addSql(
      `create table "good_practice" ("id" serial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "code" text not null, "title_en" text not null, "summary" text null, "areas" text[] not null default '{}', "roles" text[] not null default '{}', "recognised_by" text null, "organisation_id" int null, "municipality_id" int null, "programme_id" int null, "source_id" int null);`,
    );
    this.addSql(`alter table "good_practice" add constraint "good_practice_code_unique" unique ("code");`);
    this.addSql(`create index "good_practice_organisation_id_index" on "good_practice" ("organisation_id");`);
    this.addSql(`create index "good_practice_municipality_id_index" on "good_practice" ("municipality_id");`);
    this.addSql(`create index "good_practice_programme_id_index" on "good_practice" ("programme_id");`);
    this.addSql(`create index "good_practice_source_id_index" on "good_practice" ("source_id");`);
    this.addSql(`create index "good_practice_roles_index" on "good_practice" using gin ("roles");`);
    this.addSql(`create index "good_practice_areas_index" on "good_practice" using gin ("areas");`);

    this.addSql(
      `create table "charter_signature" ("id" serial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "municipality_id" int not null, "signed_on" date null, "action_plan_adopted_on" date null, "source_id" int null);`,
    );
    this.addSql(
      `alter table "charter_signature" add constraint "charter_signature_municipality_id_unique" unique ("municipality_id");`,
    );
    this.addSql(`create index "charter_signature_signed_on_index" on "charter_signature" ("signed_on");`);
    this.addSql(
      `create index "charter_signature_action_plan_adopted_on_index" on "charter_signature" ("action_plan_adopted_on");`,
    );
    this.addSql(`create index "charter_signature_source_id_index" on "charter_signature" ("source_id");`);

    this.addSql(
      `create table "activity" ("id" serial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "code" text not null, "programme_id" int null, "component_id" int null, "kind" text check ("kind" in ('TRAINING_COURSE', 'UNIVERSITY_COURSE', 'STUDY_VISIT', 'COACHING', 'SEMINAR', 'LEARNING_FORUM', 'CONFERENCE', 'ROUND_TABLE', 'TOOLKIT')) not null, "name_en" text not null, "summary" text null, "provider_id" int null, "audience" text null, "audience_roles" text[] not null default '{}', "credits_ects" numeric(6,1) null, "start_on" date null, "end_on" date null, "source_id" int null);`,
    );
    this.addSql(`alter table "activity" add constraint "activity_code_unique" unique ("code");`);
    this.addSql(`create index "activity_programme_id_index" on "activity" ("programme_id");`);
    this.addSql(`create index "activity_component_id_index" on "activity" ("component_id");`);
    this.addSql(`create index "activity_kind_index" on "activity" ("kind");`);
    this.addSql(`create index "activity_provider_id_index" on "activity" ("provider_id");`);
    this.addSql(`create index "activity_source_id_index" on "activity" ("source_id");`);

    this
      .addSql(`create table "observation" ("id" serial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "indicator_id" int not null, "scope_kind" text check ("scope_kind" in ('COUNTRY', 'PROGRAMME', 'INITIATIVE', 'MUNICIPALITY', 'ORGANISATION', 'ACTIVITY')) not null, "country_code" char(2) null, "programme_id" int null, "initiative_id" int null, "municipality_id" int null, "organisation_id" int null, "activity_id" int null, "period_start" date not null, "period_end" date not null, "sex" text check ("sex" in ('TOTAL', 'FEMALE', 'MALE')) not null default 'TOTAL', "role" text check ("role" in ('POLITICIAN', 'MANAGER', 'CIVIL_SERVANT', 'KEY_ACTOR', 'PROJECT_LEADER', 'PROCESS_LEADER', 'GENDER_EQUALITY_STRATEGIST', 'GENDER_EXPERT', 'MUNICIPAL_REPRESENTATIVE', 'ASSOCIATION_STAFF', 'NGO_REPRESENTATIVE')) null, "kind" text check ("kind" in ('BASELINE', 'TARGET', 'ACTUAL')) not null, "value" numeric(20,4) not null, "numerator" numeric(20,4) null, "denominator" numeric(20,4) null, "source_id" int null, "source_quote" text null, "review_status" text check ("review_status" in ('DRAFT', 'SUBMITTED', 'APPROVED', 'RETURNED')) not null default 'DRAFT', constraint observation_period_check check ("period_start" <= "period_end"), constraint observation_scope_check check (("scope_kind" = 'COUNTRY') = ("country_code" is not null)
    and ("scope_kind" = 'PROGRAMME') = ("programme_id" is not null)
    and ("scope_kind" = 'INITIATIVE') = ("initiative_id" is not null)
    and ("scope_kind" = 'MUNICIPALITY') = ("municipality_id" is not null)
    and ("scope_kind" = 'ORGANISATION') = ("organisation_id" is not null)
    and ("scope_kind" = 'ACTIVITY') = ("activity_id" is not null)));`);
    this.addSql(`create index "observation_indicator_id_index" on "observation" ("indicator_id");`);
    this.addSql(`create index "observation_scope_kind_index" on "observation" ("scope_kind");`);
    this.addSql(`create index "observation_country_code_index" on "observation" ("country_code");`);
    this.addSql(`create index "observation_programme_id_index" on "observation" ("programme_id");`);
    this.addSql(`create index "observation_initiative_id_index" on "observation" ("initiative_id");`);
    this.addSql(`create index "observation_municipality_id_index" on "observation" ("municipality_id");`);
    this.addSql(`create index "observation_organisation_id_index" on "observation" ("organisation_id");`);
    this.addSql(`create index "observation_activity_id_index" on "observation" ("activity_id");`);
    this.addSql(`create index "observation_period_start_index" on "observation" ("period_start");`);
    this.addSql(`create index "observation_sex_index" on "observation" ("sex");`);
    this.addSql(`create index "observation_kind_index" on "observation" ("kind");`);
    this.addSql(`create index "observation_source_id_index" on "observation" ("source_id");`);
    this.addSql(`create index "observation_review_status_index" on "observation" ("review_status");`);
    this.addSql(
      `create unique index "observation_natural_key" on "observation" ("indicator_id", "scope_kind", "country_code", "programme_id", "initiative_id", "municipality_id", "organisation_id", "activity_id", "period_start", "period_end", "sex", "role", "kind") nulls not distinct;`,
    );
    this.addSql(
      `create index "observation_indicator_id_period_start_index" on "observation" ("indicator_id", "period_start");`,
    );

    this.addSql(
      `create table "theme" ("id" serial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "code" text not null, "name_en" text not null);`,
    );
    this.addSql(`alter table "theme" add constraint "theme_code_unique" unique ("code");`);

    this.addSql(
      `create table "programme_theme" ("id" serial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "programme_id" int not null, "theme_id" int not null);`,
    );
    this.addSql(`create index "programme_theme_theme_id_index" on "programme_theme" ("theme_id");`);
    this.addSql(
      `alter table "programme_theme" add constraint "programme_theme_programme_id_theme_id_unique" unique ("programme_id", "theme_id");`,
    );

    this.addSql(
      `create table "initiative_theme" ("id" serial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "initiative_id" int not null, "theme_id" int not null);`,
    );
    this.addSql(`create index "initiative_theme_theme_id_index" on "initiative_theme" ("theme_id");`);
    this.addSql(
      `alter table "initiative_theme" add constraint "initiative_theme_initiative_id_theme_id_unique" unique ("initiative_id", "theme_id");`,
    );

    this.addSql(
      `create table "working_group" ("id" serial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "code" text not null, "name_en" text not null, "summary" text null, "organisation_id" int not null, "programme_id" int null, "member_roles" text[] not null default '{}', "source_id" int null);`,
    );
    this.addSql(`alter table "working_group" add constraint "working_group_code_unique" unique ("code");`);
    this.addSql(`create index "working_group_organisation_id_index" on "working_group" ("organisation_id");`);
    this.addSql(`create index "working_group_programme_id_index" on "working_group" ("programme_id");`);
    this.addSql(`create index "working_group_source_id_index" on "working_group" ("source_id");`);

    this.addSql(
      `create table "working_group_member" ("id" serial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "working_group_id" int not null, "name" text not null, "role" text check ("role" in ('POLITICIAN', 'MANAGER', 'CIVIL_SERVANT', 'KEY_ACTOR', 'PROJECT_LEADER', 'PROCESS_LEADER', 'GENDER_EQUALITY_STRATEGIST', 'GENDER_EXPERT', 'MUNICIPAL_REPRESENTATIVE', 'ASSOCIATION_STAFF', 'NGO_REPRESENTATIVE')) not null, "sex" text check ("sex" in ('TOTAL', 'FEMALE', 'MALE')) null, "organisation_id" int null, "municipality_id" int null);`,
    );
    this.addSql(
      `create index "working_group_member_working_group_id_index" on "working_group_member" ("working_group_id");`,
    );
    this.addSql(
      `create index "working_group_member_organisation_id_index" on "working_group_member" ("organisation_id");`,
    );
    this.addSql(
      `create index "working_group_member_municipality_id_index" on "working_group_member" ("municipality_id");`,
    );

    this.addSql(
      `alter table "municipality" add constraint "municipality_country_code_foreign" foreign key ("country_code") references "country" ("code") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "municipality" add constraint "municipality_parent_id_foreign" foreign key ("parent_id") references "municipality" ("id") on update cascade on delete restrict;`,
    );

    this.addSql(
      `alter table "organisation" add constraint "organisation_country_code_foreign" foreign key ("country_code") references "country" ("code") on update cascade on delete restrict;`,
    );

    this.addSql(
      `alter table "programme" add constraint "programme_parent_id_foreign" foreign key ("parent_id") references "programme" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "programme" add constraint "programme_successor_id_foreign" foreign key ("successor_id") references "programme" ("id") on update cascade on delete restrict;`,
    );

    this.addSql(
      `alter table "programme_component" add constraint "programme_component_programme_id_foreign" foreign key ("programme_id") references "programme" ("id") on update cascade on delete restrict;`,
    );

    this.addSql(
      `alter table "initiative" add constraint "initiative_programme_id_foreign" foreign key ("programme_id") references "programme" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "initiative" add constraint "initiative_component_id_foreign" foreign key ("component_id") references "programme_component" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "initiative" add constraint "initiative_lead_organisation_id_foreign" foreign key ("lead_organisation_id") references "organisation" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "initiative" add constraint "initiative_lead_municipality_id_foreign" foreign key ("lead_municipality_id") references "municipality" ("id") on update cascade on delete restrict;`,
    );

    this.addSql(
      `alter table "initiative_municipality" add constraint "initiative_municipality_initiative_id_foreign" foreign key ("initiative_id") references "initiative" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "initiative_municipality" add constraint "initiative_municipality_municipality_id_foreign" foreign key ("municipality_id") references "municipality" ("id") on update cascade on delete restrict;`,
    );

    this.addSql(
      `alter table "programme_country" add constraint "programme_country_programme_id_foreign" foreign key ("programme_id") references "programme" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "programme_country" add constraint "programme_country_country_code_foreign" foreign key ("country_code") references "country" ("code") on update cascade on delete restrict;`,
    );

    this.addSql(
      `alter table "programme_funder" add constraint "programme_funder_programme_id_foreign" foreign key ("programme_id") references "programme" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "programme_funder" add constraint "programme_funder_organisation_id_foreign" foreign key ("organisation_id") references "organisation" ("id") on update cascade on delete restrict;`,
    );

    this.addSql(
      `alter table "programme_implementer" add constraint "programme_implementer_programme_id_foreign" foreign key ("programme_id") references "programme" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "programme_implementer" add constraint "programme_implementer_organisation_id_foreign" foreign key ("organisation_id") references "organisation" ("id") on update cascade on delete restrict;`,
    );

    this.addSql(
      `alter table "source" add constraint "source_cited_in_id_foreign" foreign key ("cited_in_id") references "source" ("id") on update cascade on delete restrict;`,
    );

    this.addSql(
      `alter table "programme_source" add constraint "programme_source_programme_id_foreign" foreign key ("programme_id") references "programme" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "programme_source" add constraint "programme_source_source_id_foreign" foreign key ("source_id") references "source" ("id") on update cascade on delete restrict;`,
    );

    this.addSql(
      `alter table "programme_participant" add constraint "programme_participant_programme_id_foreign" foreign key ("programme_id") references "programme" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "programme_participant" add constraint "programme_participant_municipality_id_foreign" foreign key ("municipality_id") references "municipality" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "programme_participant" add constraint "programme_participant_source_id_foreign" foreign key ("source_id") references "source" ("id") on update cascade on delete restrict;`,
    );

    this.addSql(
      `alter table "policy_document" add constraint "policy_document_organisation_id_foreign" foreign key ("organisation_id") references "organisation" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "policy_document" add constraint "policy_document_country_code_foreign" foreign key ("country_code") references "country" ("code") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "policy_document" add constraint "policy_document_source_id_foreign" foreign key ("source_id") references "source" ("id") on update cascade on delete restrict;`,
    );

    this.addSql(
      `alter table "network" add constraint "network_organisation_id_foreign" foreign key ("organisation_id") references "organisation" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "network" add constraint "network_programme_id_foreign" foreign key ("programme_id") references "programme" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "network" add constraint "network_source_id_foreign" foreign key ("source_id") references "source" ("id") on update cascade on delete restrict;`,
    );

    this.addSql(
      `alter table "good_practice" add constraint "good_practice_organisation_id_foreign" foreign key ("organisation_id") references "organisation" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "good_practice" add constraint "good_practice_municipality_id_foreign" foreign key ("municipality_id") references "municipality" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "good_practice" add constraint "good_practice_programme_id_foreign" foreign key ("programme_id") references "programme" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "good_practice" add constraint "good_practice_source_id_foreign" foreign key ("source_id") references "source" ("id") on update cascade on delete restrict;`,
    );

    this.addSql(
      `alter table "charter_signature" add constraint "charter_signature_municipality_id_foreign" foreign key ("municipality_id") references "municipality" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "charter_signature" add constraint "charter_signature_source_id_foreign" foreign key ("source_id") references "source" ("id") on update cascade on delete restrict;`,
    );

    this.addSql(
      `alter table "activity" add constraint "activity_programme_id_foreign" foreign key ("programme_id") references "programme" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "activity" add constraint "activity_component_id_foreign" foreign key ("component_id") references "programme_component" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "activity" add constraint "activity_provider_id_foreign" foreign key ("provider_id") references "organisation" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "activity" add constraint "activity_source_id_foreign" foreign key ("source_id") references "source" ("id") on update cascade on delete restrict;`,
    );

    this.addSql(
      `alter table "observation" add constraint "observation_indicator_id_foreign" foreign key ("indicator_id") references "indicator" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "observation" add constraint "observation_country_code_foreign" foreign key ("country_code") references "country" ("code") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "observation" add constraint "observation_programme_id_foreign" foreign key ("programme_id") references "programme" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "observation" add constraint "observation_initiative_id_foreign" foreign key ("initiative_id") references "initiative" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "observation" add constraint "observation_municipality_id_foreign" foreign key ("municipality_id") references "municipality" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "observation" add constraint "observation_organisation_id_foreign" foreign key ("organisation_id") references "organisation" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "observation" add constraint "observation_activity_id_foreign" foreign key ("activity_id") references "activity" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "observation" add constraint "observation_source_id_foreign" foreign key ("source_id") references "source" ("id") on update cascade on delete restrict;`,
    );

    this.addSql(
      `alter table "programme_theme" add constraint "programme_theme_programme_id_foreign" foreign key ("programme_id") references "programme" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "programme_theme" add constraint "programme_theme_theme_id_foreign" foreign key ("theme_id") references "theme" ("id") on update cascade on delete restrict;`,
    );

    this.addSql(
      `alter table "initiative_theme" add constraint "initiative_theme_initiative_id_foreign" foreign key ("initiative_id") references "initiative" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "initiative_theme" add constraint "initiative_theme_theme_id_foreign" foreign key ("theme_id") references "theme" ("id") on update cascade on delete restrict;`,
    );

    this.addSql(
      `alter table "working_group" add constraint "working_group_organisation_id_foreign" foreign key ("organisation_id") references "organisation" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "working_group" add constraint "working_group_programme_id_foreign" foreign key ("programme_id") references "programme" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "working_group" add constraint "working_group_source_id_foreign" foreign key ("source_id") references "source" ("id") on update cascade on delete restrict;`,
    );

    this.addSql(
      `alter table "working_group_member" add constraint "working_group_member_working_group_id_foreign" foreign key ("working_group_id") references "working_group" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "working_group_member" add constraint "working_group_member_organisation_id_foreign" foreign key ("organisation_id") references "organisation" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "working_group_member" add constraint "working_group_member_municipality_id_foreign" foreign key ("municipality_id") references "municipality" ("id") on update cascade on delete restrict;`,
    );
  }
}
