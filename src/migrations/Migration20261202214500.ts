import { Migration } from '@mikro-orm/migrations';

/** Organisations get their IATI organisation identifier, unique where given. */
export class Migration20261202214500 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "organisation" add column "iati_identifier" text null;`);
    this.addSql(
      `alter table "organisation" add constraint "organisation_iati_identifier_unique" unique ("iati_identifier");`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "organisation" drop constraint "organisation_iati_identifier_unique";`);
    this.addSql(`alter table "organisation" drop column "iati_identifier";`);
  }
}
