import { registerEnumType } from 'type-graphql';
import { ReviewDecision } from '../../writes/review-observations';

registerEnumType(ReviewDecision, {
  name: 'ReviewDecision',
  description: 'What a reviewer decides about SUBMITTED values.',
  valuesConfig: {
    APPROVE: { description: 'The values become APPROVED: the official record that public reads and analytics show.' },
    RETURN: {
      description:
        'The values become RETURNED for revision, with the comment saying what to change; a new submit makes them SUBMITTED again.',
    },
  },
});

export { ReviewDecision };
