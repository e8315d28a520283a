import { useState, type FormEvent, type ReactNode } from 'react';
import { Checkbox, Group as Row, Paper, Stack, Switch, Text, Title } from '@mantine/core';
import { ONLINE_KIND_LABELS, ONLINE_KINDS, todayIso, type OnlineKind } from '@ntag/shared';
import { staleCurrent } from '../../api/ApiError';
import type { Enterprise } from '../../api/contract';
import type { Group } from '../../api/contract';
import { BeDateInput } from '../../components/BeDateInput';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Loading } from '../../components/Loading';
import { ThaiDate } from '../../components/ThaiDate';
import { useFieldErrors } from '../../components/useFieldErrors';
import { hasPermission, useMe } from '../../features/auth/useMe';
import { useEnterprise, useSaveEnterprise } from '../../features/enterprise/useEnterprise';
import { useLang } from '../../i18n/I18nProvider';
import { useFieldT, type FieldT } from '../../i18n/field';
import { useProgressT } from '../../i18n/progress';
import { GroupStepFrame } from '../field/GroupStepFrame';
import { RecordFormButtons, SavedNote, StaleRecord } from '../field/RecordParts';
import { EnterpriseBadge } from '../groups/EnterpriseBadge';
import { StepIcon } from '../progress/StepIcon';
import { codeDigits, EnterpriseCodeInput, formatCode } from './EnterpriseCodeInput';

interface Draft {
  informedOn: string | null;
  appliedOn: string | null;
  registeredOn: string | null;
  code: string;
  marketsItself: boolean;
  ownChannels: OnlineKind[];
}

const draftOf = (e: Enterprise): Draft => ({
  informedOn: e.informedOn, appliedOn: e.appliedOn, registeredOn: e.registeredOn, code: codeDigits(e.registrationCode ?? ''), marketsItself: e.marketsItself, ownChannels: e.ownChannels,
});

function validate(d: Draft, t: FieldT): Record<string, string> {
  const e: Record<string, string> = {};
  const today = todayIso();
  for (const k of ['informedOn', 'appliedOn', 'registeredOn'] as const) if (d[k] && d[k]! > today) e[k] = t('rec.future');
  if (d.informedOn && d.appliedOn && d.appliedOn < d.informedOn) e.appliedOn = t('enterprise.appliedBeforeInformed');
  if (d.appliedOn && d.registeredOn && d.registeredOn < d.appliedOn) e.registeredOn = t('enterprise.registeredBeforeApplied');
  if (d.code && d.code.length !== 12) e.registrationCode = t('enterprise.codeShort');
  if (d.registeredOn && !d.code) e.registrationCode = t('enterprise.codeRequired');
  return e;
}

/**
 * ขั้นตอนที่ 7 วิสาหกิจชุมชน: the path to a community enterprise (informed of the rights and
 * procedure under the Act of BE 2548 → applied at the district agriculture office → registered,
 * with its code), and whether the group now markets by itself and through which channels.
 */
export function EnterprisePage() {
  const t = useProgressT();
  return (
    <GroupStepFrame screen="enterprise" title={t('screen.enterprise')}>
      {(g) => <EnterpriseScreen group={g} />}
    </GroupStepFrame>
  );
}

function EnterpriseScreen({ group: g }: { group: Group }) {
  const t = useFieldT();
  const { data: me } = useMe();
  const canWrite = hasPermission(me, 'enterprise.write');
  const record = useEnterprise(g.id);
  const save = useSaveEnterprise(g.id);
  const [base, setBase] = useState<Enterprise | null>(null);
  const [saved, setSaved] = useState(false);
  if (record.isPending) return <Loading />;
  if (record.error) return <ErrorAlert error={record.error} />;
  const e = base ?? record.data;
  return (
    <Stack gap="md" maw={760}>
      {record.data.registrationCodeDisplay && (
        <Row>
          <EnterpriseBadge code={record.data.registrationCodeDisplay} size="lg" />
        </Row>
      )}
      {saved && <SavedNote>{t('common.saved')}</SavedNote>}
      <EnterpriseForm
        key={`${e.version}:${base ? 'base' : 'live'}`}
        group={g}
        record={e}
        readOnly={!canWrite}
        pending={save.isPending}
        error={staleCurrent(save.error) ? null : save.error}
        notice={
          <StaleRecord
            current={staleCurrent<Enterprise>(save.error)}
            onUseCurrent={(current) => {
              save.reset();
              setBase(current);
            }}
          >
            {(current) => current.registrationCodeDisplay ?? t('enterprise.notRegistered')}
          </StaleRecord>
        }
        onSubmit={(d) => {
          setSaved(false);
          save.mutate(
            {
              informedOn: d.informedOn, appliedOn: d.appliedOn, registeredOn: d.registeredOn, registrationCode: d.code || null,
              marketsItself: d.marketsItself, ownChannels: d.ownChannels, ...(e.exists ? { version: e.version } : {}),
            },
            {
              onSuccess: () => {
                setBase(null);
                setSaved(true);
              },
            },
          );
        }}
      />
    </Stack>
  );
}

function PathStep({ n, done, title, hint, children }: { n: number; done: boolean; title: string; hint: string; children: ReactNode }) {
  return (
    <Row gap="sm" align="flex-start" wrap="nowrap">
      <div style={{ display: 'flex', flexDirection: 'column', alignItems: 'center', paddingTop: 2 }}>
        <StepIcon status={done ? 'done' : 'not_started'} size={24} />
      </div>
      <Stack gap={4} style={{ flex: 1, minWidth: 0 }}>
        <Text fw={600}>
          {n}. {title}
        </Text>
        <Text size="xs" c="dimmed">
          {hint}
        </Text>
        {children}
      </Stack>
    </Row>
  );
}

function EnterpriseForm({ group: g, record, readOnly, pending, error, notice, onSubmit }: {
  group: Group;
  record: Enterprise;
  readOnly: boolean;
  pending: boolean;
  error: unknown;
  notice: ReactNode;
  onSubmit: (d: Draft) => void;
}) {
  const t = useFieldT();
  const { lang } = useLang();
  const [d, setD] = useState(() => draftOf(record));
  const [submitted, setSubmitted] = useState(false);
  const local = submitted ? validate(d, t) : {};
  const server = useFieldErrors(error);
  const err = (k: string) => local[k] ?? server[k];
  const set = <K extends keyof Draft>(k: K, v: Draft[K]) => setD((x) => ({ ...x, [k]: v }));
  const min = g.foundedOn ?? undefined;

  const submit = (ev: FormEvent) => {
    ev.preventDefault();
    setSubmitted(true);
    if (Object.keys(validate(d, t)).length) return;
    if (!pending) onSubmit(d);
  };

  if (readOnly) {
    return (
      <Paper withBorder radius="md" p="sm">
        <Stack gap="sm">
          <PathStep n={1} done={!!record.informedOn} title={t('enterprise.informed')} hint={t('enterprise.informedHint')}>
            <Text size="sm"><ThaiDate value={record.informedOn} style="long" /></Text>
          </PathStep>
          <PathStep n={2} done={!!record.appliedOn} title={t('enterprise.applied')} hint={t('enterprise.appliedHint')}>
            <Text size="sm"><ThaiDate value={record.appliedOn} style="long" /></Text>
          </PathStep>
          <PathStep n={3} done={!!record.registeredOn} title={t('enterprise.registered')} hint={t('enterprise.registeredHint')}>
            <Text size="sm">
              <ThaiDate value={record.registeredOn} style="long" /> {record.registrationCodeDisplay && `· ${t('enterprise.code')} ${record.registrationCodeDisplay}`}
            </Text>
          </PathStep>
          <Text size="sm">
            {t('enterprise.marketsItself')}: {record.marketsItself ? t('common.yes') : t('common.no')}
            {record.ownChannels.length > 0 && ` · ${record.ownChannels.map((k) => ONLINE_KIND_LABELS[k][lang]).join(', ')}`}
          </Text>
          <Text size="sm" c="dimmed">
            {t('enterprise.readOnly')}
          </Text>
        </Stack>
      </Paper>
    );
  }

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        {notice}
        {!!error && <ErrorAlert error={error} hideIssues />}
        <Paper withBorder radius="md" p="sm">
          <Title order={3} size="h4" mb="sm">
            {t('enterprise.path')}
          </Title>
          <Stack gap="md">
            <PathStep n={1} done={!!d.informedOn} title={t('enterprise.informed')} hint={t('enterprise.informedHint')}>
              <BeDateInput label={t('enterprise.date')} value={d.informedOn} onChange={(v) => set('informedOn', v)} max={todayIso()} min={min} error={err('informedOn')} />
            </PathStep>
            <PathStep n={2} done={!!d.appliedOn} title={t('enterprise.applied')} hint={t('enterprise.appliedHint')}>
              <BeDateInput label={t('enterprise.date')} value={d.appliedOn} onChange={(v) => set('appliedOn', v)} max={todayIso()} min={d.informedOn ?? min} error={err('appliedOn')} />
            </PathStep>
            <PathStep n={3} done={!!d.registeredOn} title={t('enterprise.registered')} hint={t('enterprise.registeredHint')}>
              <BeDateInput label={t('enterprise.date')} value={d.registeredOn} onChange={(v) => set('registeredOn', v)} max={todayIso()} min={d.appliedOn ?? min} error={err('registeredOn')} />
              <EnterpriseCodeInput
                label={t('enterprise.code')}
                description={d.code.length === 12 ? t('enterprise.codeComplete', { code: formatCode(d.code) }) : t('enterprise.codeHint')}
                value={d.code}
                onChange={(v) => set('code', v)}
                error={err('registrationCode')}
                required={!!d.registeredOn}
              />
            </PathStep>
          </Stack>
        </Paper>
        <Paper withBorder radius="md" p="sm">
          <Stack gap="sm">
            <Title order={3} size="h4">
              {t('enterprise.selfMarketing')}
            </Title>
            <Switch size="md" label={t('enterprise.marketsItself')} description={t('enterprise.marketsItselfHint')} checked={d.marketsItself} onChange={(ev) => set('marketsItself', ev.currentTarget.checked)} />
            <Checkbox.Group label={t('enterprise.ownChannels')} value={d.ownChannels} onChange={(v) => set('ownChannels', v as OnlineKind[])} error={err('ownChannels')}>
              <Stack gap={10} mt={6}>
                {ONLINE_KINDS.map((k) => (
                  <Checkbox key={k} value={k} label={ONLINE_KIND_LABELS[k][lang]} size="md" />
                ))}
              </Stack>
            </Checkbox.Group>
          </Stack>
        </Paper>
        <RecordFormButtons label={t('enterprise.save')} pending={pending} />
      </Stack>
    </form>
  );
}
