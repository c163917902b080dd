import 'reflect-metadata';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import type { MikroORM } from '@mikro-orm/postgresql';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { anonymousViewer } from '../src/auth/viewer';
import { connectOrm } from '../src/db/orm';
import { buildContext, type Context } from '../src/loaders/request-context';
import { buildHubSchema } from '../src/schema/build-schema';
import { limitsPlugin } from '../src/server/limits/limits-plugin';
import { createCostBudget } from '../src/server/limits/rate-budget';
import { createScopeCountsCache } from '../src/server/limits/scope-counts-cache';
import { serverSettingsFromEnv } from '../src/server/server-settings';

/** A plugin that fails as an operation starts executing, after the limits plugin has let it in. */
const failingAtExecution: ApolloServerPlugin<Context> = {
  async requestDidStart({ request }) {
    return {
      async executionDidStart() {
        if (request.operationName === 'Failing') throw new Error('failed as execution started');
      },
    };
  },
};

describe('the cost admission, when a request fails unexpectedly after it was let in', () => {
  let orm: MikroORM;
  let apollo: ApolloServer<Context>;
  beforeAll(async () => {
    orm = await connectOrm(inject('databaseUrl'));
    // One operation at a time: a turn never given back would stop every later operation.
    const { limits } = serverSettingsFromEnv({ GRAPHQL_MAX_COST_IN_FLIGHT: '1' });
    const budget = createCostBudget(limits);
    apollo = new ApolloServer<Context>({
      schema: await buildHubSchema(),
      plugins: [limitsPlugin(limits, budget, createScopeCountsCache(orm)), failingAtExecution],
    });
    await apollo.start();
  });
  afterAll(async () => {
    await apollo?.stop();
    await orm?.close();
  });

  const run = (operationName: string) =>
    apollo.executeOperation(
      { query: `query ${operationName} { countries { code } }`, operationName },
      { contextValue: buildContext(orm, anonymousViewer('admission test')) },
    );

  it('gives its turn back, so the next operation runs', async () => {
    await expect(run('Failing')).rejects.toThrow('Internal server error');
    const next = await Promise.race([
      run('Next'),
      new Promise<'still waiting'>((resolve) => setTimeout(() => resolve('still waiting'), 5_000)),
    ]);
    expect(next).not.toBe('still waiting');
  });
});
