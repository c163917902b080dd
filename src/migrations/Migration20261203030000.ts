import { Migration } from '@mikro-orm/migrations';

/** Frameworks, their elements and networks become versioned and archivable; a municipality names its successor; networks list their member municipalities. */
export class Migration20261203030000 extends Migration {
  override async up(): Promise<void> {
    for (const table of ['framework', 'framework_element', 'network'])
      this.addSql(
        `alter table "${table}" add column "version" int not null default 1, add column "archived_at" timestamptz null;`,
      );
    this.addSql(`alter table "municipality" add column "successor_id" int null;`);
    this.addSql(`create index "municipality_successor_id_index" on "municipality" ("successor_id");`);
    this.addSql(
      `alter table "municipality" add constraint "municipality_successor_id_foreign" foreign key ("successor_id") references "municipality" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `create table "network_member" ("id" serial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "network_id" int not null, "municipality_id" int not null, "from_year" int null, "to_year" int null);`,
    );
    this.addSql(`create index "network_member_municipality_id_index" on "network_member" ("municipality_id");`);
    this.addSql(
      `alter table "network_member" add constraint "network_member_network_id_municipality_id_unique" unique ("network_id", "municipality_id");`,
    );
    this.addSql(
      `alter table "network_member" add constraint "network_member_network_id_foreign" foreign key ("network_id") references "network" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "network_member" add constraint "network_member_municipality_id_foreign" foreign key ("municipality_id") references "municipality" ("id") on update cascade on delete restrict;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "network_member" cascade;`);
    this.addSql(`alter table "municipality" drop constraint "municipality_successor_id_foreign";`);
    this.addSql(`alter table "municipality" drop column "successor_id";`);
    for (const table of ['framework', 'framework_element', 'network'])
      this.addSql(`alter table "${table}" drop column "version", drop column "archived_at";`);
  }
}
