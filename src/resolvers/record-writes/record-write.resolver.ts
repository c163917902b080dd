import { Arg, Ctx, ID, Int, Mutation, Resolver, type ClassType } from 'type-graphql';
import type { EditableEntity } from '../../entities/editable.entity';
import { validateInput } from '../../schema/validate-input';
import type { Context } from '../../loaders/request-context';
import type { RecordAction, RecordSpec } from '../../writes/record-spec';
import { archiveRecord, createRecord, updateRecord } from '../../writes/write-record';
import { withArticle } from '../../schema/indefinite-article';

/**
 * The three mutations of one record type, `createX`, `updateX` and `archiveX`, over the generic
 * write path; `inputType` carries the class-validator rules, checked before anything is read.
 */
export function recordWriteResolver<Input extends object>(
  spec: RecordSpec<Input>,
  inputType: ClassType<Input>,
): ClassType {
  const name = spec.typeName;
  // The entity is the GraphQL object type too.
  const objectType = spec.entity;
  const editorMay = (action: RecordAction) => spec.editors?.actions.includes(action) ?? false;
  const who = (action: RecordAction) =>
    editorMay(action)
      ? 'ADMIN tokens; EDITOR tokens in the programmes their organisations fund or implement'
      : 'ADMIN tokens only';
  const audited = 'Recorded in the audit trail (`history`).';
  const rowCap = spec.rowCap;
  const capped = (write: string) =>
    rowCap
      ? ` At most ${String(rowCap.cap).replace(/\B(?=(\d{3})+$)/g, ' ')} ${rowCap.noun} (not archived) name one \`${rowCap.field}\`: ${write} is BAD_USER_INPUT naming the cap on \`input.${rowCap.field}\`.`
      : '';

  @Resolver()
  class RecordWriteResolver {
    @Mutation(() => objectType, {
      name: `create${name}`,
      description: `Creates ${withArticle(name)} at version 1 (${who('CREATE')}). References must name records the caller may read (BAD_USER_INPUT otherwise)${editorMay('CREATE') ? ' and, for an EDITOR, records of its scope (FORBIDDEN otherwise)' : ''}; a taken natural key is BAD_USER_INPUT (\`is not available\`, the same answer whether the record holding it is visible, hidden from the caller or archived).${capped('a create past that')} ${audited}`,
    })
    create(
      @Arg('input', () => inputType, { validateFn: validateInput('input'), description: `The ${name}'s fields.` })
      input: Input,
      @Ctx() context: Context,
    ): Promise<EditableEntity> {
      return createRecord(context, spec, input);
    }

    @Mutation(() => objectType, {
      name: `update${name}`,
      description: `Replaces the fields of ${withArticle(name)} with \`input\` and raises its version (${who('UPDATE')})${editorMay('UPDATE') ? '; an EDITOR changes a reference only from and to records of its scope (FORBIDDEN otherwise), and a null reference it sends leaves one to a record it may not read as it is' : ''}; a stale \`version\` is CONFLICT with \`extensions.currentVersion\` and changes nothing.${capped(`moving one to a \`${rowCap?.field}\` that holds that many already`)} ${audited}`,
    })
    update(
      @Arg('id', () => ID, { description: `Global id of the ${name}.` }) id: string,
      @Arg('version', () => Int, {
        description: 'The version the caller read; the update applies only while it is still current.',
      })
      version: number,
      @Arg('input', () => inputType, {
        validateFn: validateInput('input'),
        description: `The ${name}'s new fields; fields left out become null.`,
      })
      input: Input,
      @Ctx() context: Context,
    ): Promise<EditableEntity> {
      return updateRecord(context, spec, id, version, input);
    }

    @Mutation(() => objectType, {
      name: `archive${name}`,
      description: `Archives ${withArticle(name)}: every read but \`history\` leaves it out (${who('ARCHIVE')}). Refused with CONFLICT while any record still names it: \`extensions.references\` counts those the caller may read, by type, and \`extensions.unreadableReferences\` is true when others do too; a stale \`version\` is CONFLICT too. ${audited}`,
    })
    archive(
      @Arg('id', () => ID, { description: `Global id of the ${name}.` }) id: string,
      @Arg('version', () => Int, {
        description: 'The version the caller read; the archive applies only while it is still current.',
      })
      version: number,
      @Ctx() context: Context,
    ): Promise<EditableEntity> {
      return archiveRecord(context, spec, id, version);
    }
  }
  return RecordWriteResolver;
}
