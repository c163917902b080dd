import type { ApolloServerPlugin } from '@apollo/server';
import { readFromReplicas } from '../db/replica-reads';
import type { Context } from '../loaders/request-context';

/**
 * Sends the reads of a query operation to the read replicas (when the ORM has any). A mutation's
 * reads, its response included, stay on the primary, so it answers with what it just wrote; so do
 * the token look-up (before the operation is known) and every write.
 */
export function replicaReadsPlugin(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, contextValue }) {
          if (operation?.operation === 'query') readFromReplicas(contextValue.em);
        },
      };
    },
  };
}
