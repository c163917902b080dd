import type { ApolloServerPlugin } from '@apollo/server';
import { currentRequest } from './request-id';

/** Notes the operation Apollo resolved on the current request, for its log line and metrics. */
export function operationNamePlugin<TContext extends object>(): ApolloServerPlugin<TContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operationName }) {
          const request = currentRequest();
          if (request) request.operationName = operationName;
        },
      };
    },
  };
}
