import { Migration } from '@mikro-orm/migrations';

export class Migration20261202220420 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "account" ("id" serial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "email" text not null, "password_hash" text null, "role" text check ("role" in ('ADMIN', 'EDITOR', 'REPORTER', 'REVIEWER', 'VIEWER')) not null, "organisation_ids" int[] not null default '{}', "municipality_ids" int[] not null default '{}', "disabled_at" timestamptz null, "sessions_ended_at" timestamptz null);`,
    );
    this.addSql(`alter table "account" add constraint "account_email_unique" unique ("email");`);

    this.addSql(
      `create table "account_link" ("id" serial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "token_hash" char(64) not null, "account_id" int not null, "purpose" text check ("purpose" in ('INVITATION', 'PASSWORD_RESET')) not null, "expires_at" timestamptz not null, "used_at" timestamptz null);`,
    );
    this.addSql(`alter table "account_link" add constraint "account_link_token_hash_unique" unique ("token_hash");`);
    this.addSql(`create index "account_link_account_id_index" on "account_link" ("account_id");`);

    this.addSql(
      `create table "account_session" ("secret_hash" char(64) not null, "account_id" int not null, "created_at" timestamptz not null default now(), "last_seen_at" timestamptz not null default now(), constraint "account_session_pkey" primary key ("secret_hash"));`,
    );
    this.addSql(`create index "account_session_account_id_index" on "account_session" ("account_id");`);

    this.addSql(
      `alter table "account_link" add constraint "account_link_account_id_foreign" foreign key ("account_id") references "account" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "account_session" add constraint "account_session_account_id_foreign" foreign key ("account_id") references "account" ("id") on update cascade on delete cascade;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "account_link" drop constraint "account_link_account_id_foreign";`);

    this.addSql(`alter table "account_session" drop constraint "account_session_account_id_foreign";`);

    this.addSql(`drop table if exists "account" cascade;`);

    this.addSql(`drop table if exists "account_link" cascade;`);

    this.addSql(`drop table if exists "account_session" cascade;`);
  }
}
