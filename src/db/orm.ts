import { MikroORM, type Options } from '@mikro-orm/postgresql';
import { createOrmConfig } from '../../mikro-orm.config';

/** Connects the ORM to `url`; the caller closes it. */
export async function connectOrm(url: string, overrides: Partial<Options> = {}): Promise<MikroORM> {
  return MikroORM.init(createOrmConfig(url, overrides));
}

/** Applies every migration the database has not had yet; returns the names applied. */
export async function migrateToLatest(orm: MikroORM): Promise<string[]> {
  const applied = await orm.getMigrator().up();
  return applied.map((migration) => migration.name);
}
