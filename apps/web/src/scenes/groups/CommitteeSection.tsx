import { useState } from 'react';
import { Alert, Button, Fieldset, Group as Row, List, Paper, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { COMMITTEE_ROLE_LABELS, COMMITTEE_ROLES, type CommitteeRole } from '@ntag/shared';
import type { Group } from '../../api/contract';
import { ErrorAlert } from '../../components/ErrorAlert';
import { hasPermission, useMe } from '../../features/auth/useMe';
import { useSetCommittee, type SeatInput } from '../../features/groups/useGroups';
import { useLang } from '../../i18n/I18nProvider';
import { useStepsT } from '../../i18n/steps';
import { FormedBadge } from './FormedBadge';

type Draft = Record<string, { role: CommitteeRole | ''; title: string }>;

const ROLE_ORDER = new Map(COMMITTEE_ROLES.map((r, i) => [r, i]));

function draftOf(g: Group): Draft {
  const d: Draft = Object.fromEntries(g.members.map((m) => [m.farmerId, { role: '', title: '' }]));
  // One seat per member on this screen; the first one wins should the API hold more.
  for (const s of g.committee) if (d[s.farmerId] && !d[s.farmerId]!.role) d[s.farmerId] = { role: s.role, title: s.title ?? '' };
  return d;
}

/**
 * คณะกรรมการกลุ่ม: president, vice president, secretary, treasurer, public relations (one each)
 * and any number of other roles with their title, every seat held by a member. Saving replaces
 * the whole committee; the group is "formed" once it has a president.
 */
export function CommitteeSection({ group: g }: { group: Group }) {
  const t = useStepsT();
  const { lang } = useLang();
  const { data: me } = useMe();
  const canEdit = hasPermission(me, 'group.update');
  // The editor starts again from the saved committee whenever it (or the members) change.
  const signature = JSON.stringify([g.members.map((m) => m.farmerId), g.committee]);
  const seats = [...g.committee].sort((a, b) => ROLE_ORDER.get(a.role)! - ROLE_ORDER.get(b.role)!);
  // Kept here: a save reloads the group, which starts the editor afresh.
  const [saved, setSaved] = useState(false);

  return (
    <Fieldset legend={t('committee.title')} radius="md">
      <Stack gap="sm">
        <Row gap="xs">
          <FormedBadge formed={g.formed} />
          <Text size="sm" c="dimmed">
            {g.formed ? t('committee.formedHint') : t('committee.noPresidentHint')}
          </Text>
        </Row>
        {!canEdit &&
          (seats.length ? (
            <List size="sm" spacing={2}>
              {seats.map((s) => (
                <List.Item key={`${s.farmerId}-${s.role}`}>
                  {s.role === 'other' ? s.title : COMMITTEE_ROLE_LABELS[s.role][lang]}: {s.fullName}
                </List.Item>
              ))}
            </List>
          ) : (
            <Text size="sm" c="dimmed">
              {t('committee.none')}
            </Text>
          ))}
        {canEdit &&
          (g.members.length ? (
            <CommitteeEditor key={signature} group={g} onSaved={() => setSaved(true)} onEdit={() => setSaved(false)} />
          ) : (
            <Text size="sm" c="dimmed">
              {t('committee.addMembersFirst')}
            </Text>
          ))}
        {saved && (
          <Alert color="ntag" variant="light" role="status" py={6}>
            {t('committee.saved')}
          </Alert>
        )}
      </Stack>
    </Fieldset>
  );
}

function CommitteeEditor({ group: g, onSaved, onEdit }: { group: Group; onSaved: () => void; onEdit: () => void }) {
  const t = useStepsT();
  const { lang } = useLang();
  const save = useSetCommittee();
  const initial = draftOf(g);
  const [draft, setDraft] = useState<Draft>(initial);
  const [submitted, setSubmitted] = useState(false);
  const changed = JSON.stringify(draft) !== JSON.stringify(initial);
  const taken = new Map(Object.entries(draft).filter(([, s]) => s.role && s.role !== 'other').map(([id, s]) => [s.role, id]));
  const hasPresident = taken.has('president');
  const missingTitle = (id: string) => draft[id]!.role === 'other' && !draft[id]!.title.trim();
  const invalid = Object.keys(draft).some(missingTitle);

  const set = (id: string, patch: Partial<Draft[string]>) => {
    onEdit();
    setDraft((d) => ({ ...d, [id]: { ...d[id]!, ...patch } }));
  };
  const submit = () => {
    setSubmitted(true);
    if (invalid) return;
    const seats: SeatInput[] = Object.entries(draft)
      .filter(([, s]) => s.role)
      .map(([farmerId, s]) => ({ farmerId, role: s.role as CommitteeRole, title: s.role === 'other' ? s.title.trim() : null }));
    // mutateAsync: the saved group replaces this editor (new key) before mutate's callbacks run.
    save.mutateAsync({ id: g.id, seats }).then(onSaved, () => {});
  };

  const options = (id: string) => [
    { value: '', label: t('committee.member') },
    ...COMMITTEE_ROLES.map((r) => ({
      value: r,
      label: COMMITTEE_ROLE_LABELS[r][lang],
      disabled: r !== 'other' && taken.has(r) && taken.get(r) !== id,
    })),
  ];

  return (
    <Stack gap="xs">
      <Text size="xs" c="dimmed">
        {t('committee.hint')}
      </Text>
      {g.members.map((m) => {
        const s = draft[m.farmerId]!;
        return (
          <Paper key={m.farmerId} withBorder px="sm" py={6} radius="md">
            <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="xs" verticalSpacing={4}>
              <Text fw={600} size="sm" style={{ alignSelf: 'center' }}>
                {m.fullName}
              </Text>
              <Select
                aria-label={t('committee.roleOf', { name: m.fullName })}
                data={options(m.farmerId)}
                value={s.role}
                onChange={(v) => set(m.farmerId, { role: (v ?? '') as CommitteeRole | '' })}
                allowDeselect={false}
                comboboxProps={{ withinPortal: true }}
              />
              {s.role === 'other' && (
                <TextInput
                  aria-label={t('committee.titleOf', { name: m.fullName })}
                  placeholder={t('committee.titleHint')}
                  value={s.title}
                  onChange={(e) => set(m.farmerId, { title: e.currentTarget.value })}
                  error={submitted && missingTitle(m.farmerId) ? t('committee.titleRequired') : undefined}
                  maxLength={100}
                />
              )}
            </SimpleGrid>
          </Paper>
        );
      })}
      {!hasPresident && (
        <Text size="sm" c="orange.9">
          {t('committee.needPresident')}
        </Text>
      )}
      {!!save.error && <ErrorAlert error={save.error} />}
      <Row justify="flex-end" gap="sm">
        {changed && (
          <Button variant="default" onClick={() => setDraft(initial)}>
            {t('common.cancel')}
          </Button>
        )}
        <Button onClick={submit} loading={save.isPending} disabled={!changed}>
          {t('committee.save')}
        </Button>
      </Row>
    </Stack>
  );
}
