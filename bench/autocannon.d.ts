/** The part of autocannon's API the benchmark uses (the package ships no types). */
declare module 'autocannon' {
  namespace autocannon {
    /** One request as autocannon builds it: the options' defaults, then the request's own fields. */
    interface RequestParams {
      method?: 'POST' | 'GET';
      path?: string;
      headers?: Record<string, string>;
      body?: string;
    }
    /** One entry of `requests`; `setupRequest` rewrites the request before each send. */
    interface Request extends RequestParams {
      setupRequest?: (request: RequestParams) => RequestParams;
    }
    interface Options {
      url: string;
      method?: 'POST' | 'GET';
      headers?: Record<string, string>;
      body?: string;
      /** Each connection sends these in turn, starting again from the first after the last. */
      requests?: Request[];
      connections?: number;
      duration?: number;
      amount?: number;
      timeout?: number;
    }
    interface Histogram {
      average: number;
      p50: number;
      p99: number;
      total: number;
    }
    interface Result {
      requests: Histogram;
      latency: Histogram;
      errors: number;
      timeouts: number;
      non2xx: number;
    }
  }
  function autocannon(options: autocannon.Options): Promise<autocannon.Result>;
  export = autocannon;
}
