import { Migration } from '@mikro-orm/migrations';

/** Programmes get budgets per period and disbursements, each a record of its own with its source. */
export class Migration20261203031000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "programme_budget" ("id" serial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, "archived_at" timestamptz null, "programme_id" int not null, "period_start" date not null, "period_end" date not null, "type" text check ("type" in ('ORIGINAL', 'REVISED')) not null, "status" text check ("status" in ('INDICATIVE', 'COMMITTED')) not null, "amount" numeric(18,2) not null, "currency" char(3) not null, "source_id" int not null);`,
    );
    this.addSql(`create index "programme_budget_programme_id_index" on "programme_budget" ("programme_id");`);
    this.addSql(`create index "programme_budget_source_id_index" on "programme_budget" ("source_id");`);
    this.addSql(
      `alter table "programme_budget" add constraint "programme_budget_programme_id_foreign" foreign key ("programme_id") references "programme" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "programme_budget" add constraint "programme_budget_source_id_foreign" foreign key ("source_id") references "source" ("id") on update cascade on delete restrict;`,
    );

    this.addSql(
      `create table "disbursement" ("id" serial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, "archived_at" timestamptz null, "programme_id" int not null, "disbursed_on" date not null, "amount" numeric(18,2) not null, "currency" char(3) not null, "provider_id" int not null, "receiver_id" int null, "description" text null, "source_id" int not null);`,
    );
    this.addSql(`create index "disbursement_programme_id_index" on "disbursement" ("programme_id");`);
    this.addSql(`create index "disbursement_provider_id_index" on "disbursement" ("provider_id");`);
    this.addSql(`create index "disbursement_receiver_id_index" on "disbursement" ("receiver_id");`);
    this.addSql(`create index "disbursement_source_id_index" on "disbursement" ("source_id");`);
    for (const [column, table] of [
      ['programme_id', 'programme'],
      ['provider_id', 'organisation'],
      ['receiver_id', 'organisation'],
      ['source_id', 'source'],
    ])
      this.addSql(
        `alter table "disbursement" add constraint "disbursement_${column}_foreign" foreign key ("${column}") references "${table}" ("id") on update cascade on delete restrict;`,
      );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "disbursement" cascade;`);
    this.addSql(`drop table if exists "programme_budget" cascade;`);
  }
}
