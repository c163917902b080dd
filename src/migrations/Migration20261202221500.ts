import { Migration } from '@mikro-orm/migrations';

export class Migration20261202221500 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table "source" add column "version" int not null default 1, add column "archived_at" timestamptz null;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "source" drop column "version", drop column "archived_at";`);
  }
}
