import { Migration } from '@mikro-orm/migrations';

export class Migration20261123134641 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "audit_event" ("id" bigserial primary key, "at" timestamptz not null default now(), "actor" text not null, "token_id" int null, "action" text not null, "entity_type" text not null, "entity_id" int not null, "before" jsonb null, "after" jsonb null);`,
    );
    this.addSql(`create index "audit_event_token_id_index" on "audit_event" ("token_id");`);
    this.addSql(
      `create index "audit_event_entity_type_entity_id_at_index" on "audit_event" ("entity_type", "entity_id", "at");`,
    );

    this.addSql(
      `alter table "observation" add column "review_comment" text null, add column "evidence_urls" jsonb not null default '[]', add column "version" int not null default 1;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "audit_event" cascade;`);

    this.addSql(
      `alter table "observation" drop column "review_comment", drop column "evidence_urls", drop column "version";`,
    );
  }
}
