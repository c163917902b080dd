import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { initTestHub, type TestHub } from './support/test-hub';

const PROGRAMME = /* GraphQL */ `
  query ProgrammeWithFunders($code: String!) {
    programme(code: $code) {
      code
      funders {
        funder {
          code
        }
      }
      countries {
        code
      }
      results {
        indicator {
          code
        }
      }
    }
  }
`;

function metric(text: string, name: string, operation: string): number {
  const line = text.split('\n').find((candidate) => candidate.startsWith(`${name}{operation="${operation}"} `));
  return line === undefined ? 0 : Number(line.slice(line.lastIndexOf(' ') + 1));
}

describe('/metrics counts the SQL statements of each operation', () => {
  let hub: TestHub;
  let url: string;
  beforeAll(async () => {
    hub = await initTestHub();
    url = await hub.listen();
  });
  afterAll(async () => {
    await hub.close();
  });

  it('adds up, by operation name, the statements each request sent', async () => {
    const codes = ['HAJ', 'SE_RS_EU_INTEGRATION'];
    let expected = 0;
    for (const code of codes) {
      const inProcess = await hub.query(PROGRAMME, { code });
      expect(inProcess.errors).toBeUndefined();
      expected += inProcess.statements;
    }
    expect(expected).toBeGreaterThan(codes.length);
    for (const code of codes) {
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: PROGRAMME, variables: { code } }),
      });
      expect(response.status).toBe(200);
    }
    const text = await (await fetch(new URL('/metrics', url))).text();
    expect(metric(text, 'hub_graphql_requests_total', 'ProgrammeWithFunders')).toBe(codes.length);
    expect(metric(text, 'hub_sql_statements_total', 'ProgrammeWithFunders')).toBe(expected);
  });
});
