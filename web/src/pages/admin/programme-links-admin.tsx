import { useEffect, useRef, useState } from 'react';
import { postOperation, type OperationAnswer } from '../../api/post-operation';
import { usePostedQuery } from '../../api/use-posted-query';
import { QueryStatus } from '../../components/query-status';
import {
  ProgrammeLinksDocument,
  SetProgrammeFundersDocument,
  SetProgrammeImplementersDocument,
  SetProgrammeParticipantsDocument,
  type ImplementerRole,
  type ProgrammeLinksQuery,
} from '../../graphql/graphql';
import { useI18n } from '../../i18n/i18n';
import { numberOrNull } from './form-values';
import { municipalityId, municipalityName } from './municipality-names';
import { useReloadOn } from './records-round';
import { useWrite } from './use-write';

type Programme = NonNullable<ProgrammeLinksQuery['programme']>;
type Organisation = { id: string; code: string; nameEn: string };

/** One editable link row: an organisation or municipality, and its amount, currency or role. */
interface LinkRow {
  target: string;
  amount: string;
  currency: string;
  role: ImplementerRole;
}

const ROLES: ImplementerRole[] = ['LEAD', 'PARTNER', 'TECHNICAL_SUPPORT'];
const EMPTY: LinkRow = { target: '', amount: '', currency: '', role: 'LEAD' };

function rowsOf(programme: Programme) {
  return {
    funders: programme.funders.map((link) => ({
      ...EMPTY,
      target: link.funder.id,
      amount: link.amount ? String(link.amount.amount) : '',
      currency: link.amount?.currency ?? '',
    })),
    implementers: programme.implementers.map((link) => ({ ...EMPTY, target: link.organisation.id, role: link.role })),
    participants: programme.participants.map((link) => ({
      ...EMPTY,
      target: municipalityName(link.municipality),
      amount: link.grant ? String(link.grant.amount) : '',
      currency: link.grant?.currency ?? '',
    })),
  };
}

type Kind = keyof ReturnType<typeof rowsOf>;

/**
 * A programme's funders (with amounts), implementers (with roles) and participating municipalities
 * (with grants), for ADMIN: each list is edited as a whole and saved at the programme's version, so
 * a change made meanwhile is refused (CONFLICT) rather than overwritten.
 */
export function ProgrammeLinksAdmin({ organisations, round }: { organisations: Organisation[]; round: number }) {
  const { t } = useI18n();
  const [code, setCode] = useState('');
  const [query, reload] = usePostedQuery(ProgrammeLinksDocument, { code, chosen: code !== '' });
  useReloadOn(round, reload);
  const [rows, setRows] = useState<Record<Kind, LinkRow[]>>({ funders: [], implementers: [], participants: [] });
  const [notice, setNotice] = useState<{ ok: boolean; message: string } | null>(null);
  const { busy, run } = useWrite(() => setNotice({ ok: false, message: t('admin.unreachable') }));
  const programme = query.status === 'done' ? query.data.programme : undefined;
  // The lists as the hub last gave them: a new answer (after a save here or in another form) replaces
  // a list only where it is not being edited, so a row added while the answer was on its way stays.
  const stored = useRef<{ id: string; rows: Record<Kind, LinkRow[]> } | null>(null);
  useEffect(() => {
    if (!programme) return;
    const fresh = rowsOf(programme);
    const before = stored.current?.id === programme.id ? stored.current.rows : null;
    stored.current = { id: programme.id, rows: fresh };
    setRows((current) => {
      if (before === null) return fresh;
      const kept = (kind: Kind) =>
        JSON.stringify(current[kind]) === JSON.stringify(before[kind]) ? fresh[kind] : current[kind];
      return { funders: kept('funders'), implementers: kept('implementers'), participants: kept('participants') };
    });
  }, [programme]);

  const edit = (kind: Kind, index: number, changes: Partial<LinkRow>) =>
    setRows({ ...rows, [kind]: rows[kind].map((row, i) => (i === index ? { ...row, ...changes } : row)) });

  async function save(kind: Kind) {
    if (!programme) return;
    // A decimal comma reads as a point; text that is no number is sent as written, for the API to refuse.
    const amountOf = (row: LinkRow) => numberOrNull(row.amount);
    const currencyOf = (row: LinkRow) => row.currency.trim().toUpperCase() || null;
    let answer: OperationAnswer<object>;
    if (kind === 'funders')
      answer = await postOperation(SetProgrammeFundersDocument, {
        id: programme.id,
        version: programme.version,
        funders: rows.funders.map((row) => ({
          organisation: row.target,
          amount: amountOf(row),
          currency: currencyOf(row),
        })),
      });
    else if (kind === 'implementers')
      answer = await postOperation(SetProgrammeImplementersDocument, {
        id: programme.id,
        version: programme.version,
        implementers: rows.implementers.map((row) => ({ organisation: row.target, role: row.role })),
      });
    else {
      const participants = [];
      for (const row of rows.participants) {
        const municipality = await municipalityId(row.target);
        if (municipality === null)
          return setNotice({ ok: false, message: t('admin.unknownMunicipality', { unknown: row.target }) });
        participants.push({
          municipality,
          grantAmount: amountOf(row),
          grantCurrency: currencyOf(row),
        });
      }
      answer = await postOperation(SetProgrammeParticipantsDocument, {
        id: programme.id,
        version: programme.version,
        participants,
      });
    }
    if (answer.data) {
      // What was saved is what the hub holds now: the answer that follows replaces it.
      if (stored.current) stored.current.rows = { ...stored.current.rows, [kind]: rows[kind] };
      setNotice({ ok: true, message: t('admin.linksSaved', { what: t(`admin.links.${kind}`) }) });
      reload();
    } else setNotice({ ok: false, message: answer.errors.map((error) => error.message).join(' ') });
  }

  const organisationSelect = (kind: Kind, row: LinkRow, index: number) => (
    <select
      aria-label={t('admin.linkTarget', { what: t(`admin.links.${kind}`), number: index + 1 })}
      value={row.target}
      onChange={(event) => edit(kind, index, { target: event.target.value })}
    >
      <option value="">–</option>
      {organisations.map((organisation) => (
        <option key={organisation.id} value={organisation.id}>
          {organisation.code} – {organisation.nameEn}
        </option>
      ))}
    </select>
  );

  const editor = (kind: Kind) => (
    <fieldset key={kind}>
      <legend>{t(`admin.links.${kind}`)}</legend>
      {rows[kind].map((row, index) => {
        const n = { what: t(`admin.links.${kind}`), number: index + 1 };
        return (
          <p key={index} className="link-row">
            {kind === 'participants' ? (
              <input
                type="text"
                aria-label={t('admin.linkTarget', n)}
                placeholder="NO:0501"
                value={row.target}
                onChange={(event) => edit(kind, index, { target: event.target.value })}
              />
            ) : (
              organisationSelect(kind, row, index)
            )}{' '}
            {kind === 'implementers' ? (
              <select
                aria-label={t('admin.linkRole', n)}
                value={row.role}
                onChange={(event) => edit(kind, index, { role: event.target.value as ImplementerRole })}
              >
                {ROLES.map((role) => (
                  <option key={role} value={role}>
                    {t(`role.${role}`)}
                  </option>
                ))}
              </select>
            ) : (
              <>
                <input
                  type="text"
                  inputMode="decimal"
                  aria-label={t('admin.linkAmount', n)}
                  value={row.amount}
                  onChange={(event) => edit(kind, index, { amount: event.target.value })}
                />{' '}
                <input
                  type="text"
                  size={4}
                  aria-label={t('admin.linkCurrency', n)}
                  value={row.currency}
                  onChange={(event) => edit(kind, index, { currency: event.target.value })}
                />
              </>
            )}{' '}
            <button
              type="button"
              aria-label={t('admin.linkRemove', n)}
              onClick={() => setRows({ ...rows, [kind]: rows[kind].filter((_, i) => i !== index) })}
            >
              {t('admin.remove')}
            </button>
          </p>
        );
      })}
      <p>
        <button type="button" onClick={() => setRows({ ...rows, [kind]: [...rows[kind], EMPTY] })}>
          {t('admin.addLink', { what: t(`admin.links.${kind}`) })}
        </button>{' '}
        <button type="button" disabled={busy} onClick={() => void run(() => save(kind))}>
          {t('admin.saveLinks', { what: t(`admin.links.${kind}`) })}
        </button>
      </p>
    </fieldset>
  );

  return (
    <section aria-labelledby="admin-programmes">
      <h2 id="admin-programmes">{t('admin.programmeLinks')}</h2>
      <QueryStatus state={query}>
        {(data) => (
          <>
            <label htmlFor="admin-programme">{t('admin.programme')}</label>{' '}
            <select id="admin-programme" value={code} onChange={(event) => setCode(event.target.value)}>
              <option value="">–</option>
              {data.programmes.nodes.map((option) => (
                <option key={option.code} value={option.code}>
                  {option.nameEn}
                </option>
              ))}
            </select>
            {programme && (['funders', 'implementers', 'participants'] as const).map(editor)}
            <div aria-live="polite">{notice && <p role={notice.ok ? 'status' : 'alert'}>{notice.message}</p>}</div>
          </>
        )}
      </QueryStatus>
    </section>
  );
}
