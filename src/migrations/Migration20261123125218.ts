import { Migration } from '@mikro-orm/migrations';

export class Migration20261123125218 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "api_token" ("id" serial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "name" text not null, "secret_hash" char(64) not null, "role" text check ("role" in ('ADMIN', 'EDITOR', 'REPORTER', 'REVIEWER', 'VIEWER')) not null, "organisation_ids" int[] not null default '{}', "municipality_ids" int[] not null default '{}', "expires_at" timestamptz null, "revoked_at" timestamptz null);`,
    );
    this.addSql(`alter table "api_token" add constraint "api_token_secret_hash_unique" unique ("secret_hash");`);
    this.addSql(`create index "api_token_revoked_at_index" on "api_token" ("revoked_at");`);

    this.addSql(
      `alter table "programme" add column "published" boolean not null default false, add column "budget_published" boolean not null default true;`,
    );
    this.addSql(`create index "programme_published_index" on "programme" ("published");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "api_token" cascade;`);

    this.addSql(`drop index "programme_published_index";`);
    this.addSql(`alter table "programme" drop column "published", drop column "budget_published";`);
  }
}
