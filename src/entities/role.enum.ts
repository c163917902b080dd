import { registerEnumType } from 'type-graphql';

/** What a token may do; its scope (organisations or municipalities) says where. */
export enum Role {
  /** Everything, everywhere. */
  ADMIN = 'ADMIN',
  /** Edits the programmes and initiatives its organisations implement. */
  EDITOR = 'EDITOR',
  /** Submits observations for its municipalities only. */
  REPORTER = 'REPORTER',
  /** Approves or returns observations in its organisations' programmes. */
  REVIEWER = 'REVIEWER',
  /** Reads the unpublished data of the programmes its organisations fund. */
  VIEWER = 'VIEWER',
}
registerEnumType(Role, {
  name: 'Role',
  description: 'What a token may do; its scope (organisations or municipalities) says where.',
  valuesConfig: {
    ADMIN: { description: 'Everything, everywhere.' },
    EDITOR: { description: 'Edits the programmes and initiatives its organisations implement.' },
    REPORTER: { description: 'Submits observations for its municipalities only.' },
    REVIEWER: { description: "Approves or returns observations in its organisations' programmes." },
    VIEWER: { description: 'Reads the unpublished data of the programmes its organisations fund.' },
  },
});
