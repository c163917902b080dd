import { Migration } from '@mikro-orm/migrations';

/** Accounts carry a version, raised by every change an administrator makes, so two changes of one account cannot overwrite each other. */
export class Migration20261203033600 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "account" add column "version" int not null default 1;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "account" drop column "version";`);
  }
}
