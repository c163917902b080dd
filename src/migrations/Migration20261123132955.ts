import { Migration } from '@mikro-orm/migrations';

export class Migration20261123132955 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "framework" ("id" serial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "code" text not null, "name_en" text not null, "description" text null, "source_id" int null);`,
    );
    this.addSql(`alter table "framework" add constraint "framework_code_unique" unique ("code");`);
    this.addSql(`create index "framework_source_id_index" on "framework" ("source_id");`);

    this.addSql(
      `create table "framework_element" ("id" serial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "framework_id" int not null, "code" text not null, "position" int not null, "name_en" text not null, "description" text null, "parent_id" int null);`,
    );
    this.addSql(`create index "framework_element_parent_id_index" on "framework_element" ("parent_id");`);
    this.addSql(
      `alter table "framework_element" add constraint "framework_element_framework_id_code_unique" unique ("framework_id", "code");`,
    );

    this.addSql(
      `create table "indicator_framework_element" ("id" serial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "indicator_id" int not null, "element_id" int not null, "rationale" text null);`,
    );
    this.addSql(
      `create index "indicator_framework_element_element_id_index" on "indicator_framework_element" ("element_id");`,
    );
    this.addSql(
      `alter table "indicator_framework_element" add constraint "indicator_framework_element_indicator_id_element_id_unique" unique ("indicator_id", "element_id");`,
    );

    this.addSql(
      `alter table "framework" add constraint "framework_source_id_foreign" foreign key ("source_id") references "source" ("id") on update cascade on delete restrict;`,
    );

    this.addSql(
      `alter table "framework_element" add constraint "framework_element_framework_id_foreign" foreign key ("framework_id") references "framework" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "framework_element" add constraint "framework_element_parent_id_foreign" foreign key ("parent_id") references "framework_element" ("id") on update cascade on delete restrict;`,
    );

    this.addSql(
      `alter table "indicator_framework_element" add constraint "indicator_framework_element_indicator_id_foreign" foreign key ("indicator_id") references "indicator" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "indicator_framework_element" add constraint "indicator_framework_element_element_id_foreign" foreign key ("element_id") references "framework_element" ("id") on update cascade on delete restrict;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "framework_element" drop constraint "framework_element_framework_id_foreign";`);

    this.addSql(`alter table "framework_element" drop constraint "framework_element_parent_id_foreign";`);

    this.addSql(
      `alter table "indicator_framework_element" drop constraint "indicator_framework_element_element_id_foreign";`,
    );

    this.addSql(`drop table if exists "framework" cascade;`);

    this.addSql(`drop table if exists "framework_element" cascade;`);

    this.addSql(`drop table if exists "indicator_framework_element" cascade;`);
  }
}
