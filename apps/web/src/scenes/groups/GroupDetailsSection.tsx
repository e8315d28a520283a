import { useState, type FormEvent } from 'react';
import { Alert, Anchor, Button, Fieldset, Group as Row, NumberInput, SimpleGrid, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { todayIso } from '@ntag/shared';
import { staleCurrent } from '../../api/ApiError';
import type { Group, GroupInput } from '../../api/contract';
import { BeDateInput } from '../../components/BeDateInput';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Field, Fields } from '../../components/Fields';
import { FormButtons } from '../../components/FormButtons';
import { StaleNotice } from '../../components/StaleNotice';
import { ThaiDate } from '../../components/ThaiDate';
import { useFieldErrors } from '../../components/useFieldErrors';
import { hasPermission, useMe } from '../../features/auth/useMe';
import { useUpdateGroup } from '../../features/groups/useGroups';
import { useStepsT, type StepsT } from '../../i18n/steps';
import { formatPhone } from '../farmers/format';

type Draft = { name: string; foundedOn: string | null; phone: string; facebookPage: string; lineOaId: string; website: string; learningCentre: string; latitude: number | ''; longitude: number | '' };
const FIELDS = ['name', 'foundedOn', 'phone', 'facebookPage', 'lineOaId', 'website', 'learningCentre', 'latitude', 'longitude'] as const;

const draftOf = (g: Group): Draft => ({
  name: g.name, foundedOn: g.foundedOn, phone: g.phone ?? '', facebookPage: g.facebookPage ?? '', lineOaId: g.lineOaId ?? '', website: g.website ?? '',
  learningCentre: g.learningCentre ?? '', latitude: g.latitude ?? '', longitude: g.longitude ?? '',
});

const inputOf = (d: Draft): Required<GroupInput> => ({
  name: d.name.trim(), foundedOn: d.foundedOn, phone: d.phone.trim() || null, facebookPage: d.facebookPage.trim() || null, lineOaId: d.lineOaId.trim() || null,
  website: d.website.trim() || null, learningCentre: d.learningCentre.trim() || null,
  latitude: d.latitude === '' ? null : d.latitude, longitude: d.longitude === '' ? null : d.longitude,
});

/** The fields that differ between two versions of the details (PATCH sends only these). */
function changes(a: Group, b: Draft): GroupInput {
  const before = inputOf(draftOf(a));
  const after = inputOf(b);
  return Object.fromEntries(FIELDS.filter((k) => before[k] !== after[k]).map((k) => [k, after[k]])) as GroupInput;
}

function validate(d: Draft, t: StepsT): Record<string, string> {
  const e: Record<string, string> = {};
  if (!d.name.trim()) e.name = t('groups.nameRequired');
  if (d.website.trim() && !/^https?:\/\/\S+$/.test(d.website.trim())) e.website = t('details.websiteBad');
  if (d.latitude !== '' && (d.latitude < 5 || d.latitude > 21)) e.latitude = t('details.latBad');
  if (d.longitude !== '' && (d.longitude < 97 || d.longitude > 106)) e.longitude = t('details.lngBad');
  if ((d.latitude === '') !== (d.longitude === '')) e[d.latitude === '' ? 'latitude' : 'longitude'] = t('details.bothCoords');
  return e;
}

/** ข้อมูลกลุ่มและช่องทางติดต่อ: read, or edited with the version it was read at. */
export function GroupDetailsSection({ group: g }: { group: Group }) {
  const t = useStepsT();
  const { data: me } = useMe();
  const update = useUpdateGroup();
  // The group as it was when editing began. Members and committee changes also move the
  // version; when the details themselves are unchanged, the save goes on the latest version.
  const [base, setBase] = useState<Group | null>(null);
  const [draft, setDraft] = useState<Draft | null>(null);
  const [submitted, setSubmitted] = useState(false);
  const [saved, setSaved] = useState(false);
  const server = useFieldErrors(update.error);
  const current = staleCurrent<Group>(update.error);
  const local = draft && submitted ? validate(draft, t) : {};
  const err = (k: string) => local[k] ?? server[k];

  const start = (from: Group) => {
    update.reset();
    setSaved(false);
    setSubmitted(false);
    setBase(from);
    setDraft(draftOf(from));
  };
  const stop = () => {
    update.reset();
    setBase(null);
    setDraft(null);
  };
  const set = <K extends keyof Draft>(k: K, v: Draft[K]) => setDraft((d) => (d ? { ...d, [k]: v } : d));

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!base || !draft) return;
    setSubmitted(true);
    if (Object.keys(validate(draft, t)).length) return;
    const patch = changes(base, draft);
    if (Object.keys(patch).length === 0) return stop();
    const sameDetails = Object.keys(changes(g, draftOf(base))).length === 0;
    update.mutate(
      { id: g.id, version: sameDetails ? g.version : base.version, ...patch },
      {
        onSuccess: () => {
          stop();
          setSaved(true);
        },
      },
    );
  };

  return (
    <Fieldset legend={t('details.title')} radius="md">
      {saved && !draft && (
        <Alert color="ntag" variant="light" role="status" mb="sm" py={6}>
          {t('common.saved')}
        </Alert>
      )}
      {draft && base ? (
        <form onSubmit={submit} noValidate>
          <Stack gap="sm">
            {current && (
              <StaleNotice onUseCurrent={() => start(current)}>
                <Text size="sm" c="dimmed" mb={4}>
                  {t('details.staleHint')}
                </Text>
                <DetailsView group={current} />
              </StaleNotice>
            )}
            {!!update.error && !current && <ErrorAlert error={update.error} hideIssues />}
            <TextInput label={t('groups.name')} value={draft.name} onChange={(e) => set('name', e.currentTarget.value)} error={err('name')} required maxLength={200} />
            <BeDateInput label={t('groups.foundedOn')} value={draft.foundedOn} onChange={(v) => set('foundedOn', v)} max={todayIso()} error={err('foundedOn')} />
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
              <TextInput label={t('details.phone')} value={draft.phone} onChange={(e) => set('phone', e.currentTarget.value)} error={err('phone')} inputMode="tel" type="tel" maxLength={30} placeholder="08x-xxx-xxxx" />
              <TextInput label={t('details.lineOaId')} value={draft.lineOaId} onChange={(e) => set('lineOaId', e.currentTarget.value)} error={err('lineOaId')} maxLength={100} placeholder="@groupname" />
              <TextInput label={t('details.facebookPage')} value={draft.facebookPage} onChange={(e) => set('facebookPage', e.currentTarget.value)} error={err('facebookPage')} maxLength={300} placeholder="https://www.facebook.com/…" />
              <TextInput label={t('details.website')} value={draft.website} onChange={(e) => set('website', e.currentTarget.value)} error={err('website')} maxLength={300} inputMode="url" placeholder="https://…" />
            </SimpleGrid>
            <Textarea label={t('details.learningCentre')} description={t('details.learningCentreHint')} value={draft.learningCentre} onChange={(e) => set('learningCentre', e.currentTarget.value)} error={err('learningCentre')} autosize minRows={2} maxLength={500} />
            <SimpleGrid cols={2} spacing="sm">
              <NumberInput label={t('details.latitude')} value={draft.latitude} onChange={(v) => set('latitude', v === '' ? '' : Number(v))} error={err('latitude')} decimalScale={6} hideControls allowNegative={false} placeholder="16.4419" />
              <NumberInput label={t('details.longitude')} value={draft.longitude} onChange={(v) => set('longitude', v === '' ? '' : Number(v))} error={err('longitude')} decimalScale={6} hideControls allowNegative={false} placeholder="102.8360" />
            </SimpleGrid>
            <Text size="xs" c="dimmed">
              {t('details.coordsHint')}
            </Text>
            <FormButtons onCancel={stop} pending={update.isPending} disabled={!!current} gap="sm" />
          </Stack>
        </form>
      ) : (
        <Stack gap="sm">
          <DetailsView group={g} />
          {hasPermission(me, 'group.update') && (
            <Row>
              <Button variant="light" onClick={() => start(g)}>
                {t('details.edit')}
              </Button>
            </Row>
          )}
        </Stack>
      )}
    </Fieldset>
  );
}

/** A web address is shown as a link only when it is one (http/https), opened in a new tab. */
function WebLink({ href }: { href: string | null }) {
  if (!href) return <>–</>;
  return /^https?:\/\//.test(href) ? (
    <Anchor href={href} target="_blank" rel="noopener noreferrer" style={{ overflowWrap: 'anywhere' }}>
      {href}
    </Anchor>
  ) : (
    <>{href}</>
  );
}

function DetailsView({ group: g }: { group: Group }) {
  const t = useStepsT();
  const coords = g.latitude !== null && g.longitude !== null ? `${g.latitude}, ${g.longitude}` : null;
  return (
    <Fields>
      <Field label={t('groups.foundedOn')}>
        <ThaiDate value={g.foundedOn} style="long" />
      </Field>
      <Field label={t('details.phone')}>{formatPhone(g.phone)}</Field>
      <Field label={t('details.facebookPage')}>
        <WebLink href={g.facebookPage} />
      </Field>
      <Field label={t('details.lineOaId')}>{g.lineOaId ?? '–'}</Field>
      <Field label={t('details.website')}>
        <WebLink href={g.website} />
      </Field>
      <Field label={t('details.learningCentre')}>{g.learningCentre ?? '–'}</Field>
      <Field label={t('details.location')}>
        {coords ? (
          <Anchor href={`https://www.openstreetmap.org/?mlat=${g.latitude}&mlon=${g.longitude}#map=16/${g.latitude}/${g.longitude}`} target="_blank" rel="noopener noreferrer">
            {coords}
          </Anchor>
        ) : (
          '–'
        )}
      </Field>
    </Fields>
  );
}
