import { Migration } from '@mikro-orm/migrations';

export class Migration20261123144049 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table "indicator" add column "version" int not null default 1, add column "archived_at" timestamptz null;`,
    );

    this.addSql(
      `alter table "municipality" add column "version" int not null default 1, add column "archived_at" timestamptz null;`,
    );

    this.addSql(
      `alter table "organisation" add column "version" int not null default 1, add column "archived_at" timestamptz null;`,
    );

    this.addSql(
      `alter table "programme" add column "version" int not null default 1, add column "archived_at" timestamptz null;`,
    );

    this.addSql(
      `alter table "programme_component" add column "version" int not null default 1, add column "archived_at" timestamptz null;`,
    );

    this.addSql(
      `alter table "initiative" add column "version" int not null default 1, add column "archived_at" timestamptz null;`,
    );

    this.addSql(
      `alter table "policy_document" add column "version" int not null default 1, add column "archived_at" timestamptz null;`,
    );

    this.addSql(
      `alter table "good_practice" add column "version" int not null default 1, add column "archived_at" timestamptz null;`,
    );

    this.addSql(
      `alter table "charter_signature" add column "version" int not null default 1, add column "archived_at" timestamptz null;`,
    );

    this.addSql(
      `alter table "activity" add column "version" int not null default 1, add column "archived_at" timestamptz null;`,
    );

    this.addSql(
      `alter table "working_group" add column "version" int not null default 1, add column "archived_at" timestamptz null;`,
    );

    this.addSql(
      `alter table "working_group_member" add column "version" int not null default 1, add column "archived_at" timestamptz null;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "activity" drop column "version", drop column "archived_at";`);

    this.addSql(`alter table "charter_signature" drop column "version", drop column "archived_at";`);

    this.addSql(`alter table "good_practice" drop column "version", drop column "archived_at";`);

    this.addSql(`alter table "indicator" drop column "version", drop column "archived_at";`);

    this.addSql(`alter table "initiative" drop column "version", drop column "archived_at";`);

    this.addSql(`alter table "municipality" drop column "version", drop column "archived_at";`);

    this.addSql(`alter table "organisation" drop column "version", drop column "archived_at";`);

    this.addSql(`alter table "policy_document" drop column "version", drop column "archived_at";`);

    this.addSql(`alter table "programme" drop column "version", drop column "archived_at";`);

    this.addSql(`alter table "programme_component" drop column "version", drop column "archived_at";`);

    this.addSql(`alter table "working_group" drop column "version", drop column "archived_at";`);

    this.addSql(`alter table "working_group_member" drop column "version", drop column "archived_at";`);
  }
}
