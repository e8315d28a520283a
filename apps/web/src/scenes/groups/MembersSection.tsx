import { useState } from 'react';
import { Anchor, Button, Fieldset, Group as Row, Loader, Paper, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import { COMMITTEE_ROLE_LABELS } from '@ntag/shared';
import type { Candidate, Group, GroupMember } from '../../api/contract';
import { DataTable, type Column } from '../../components/DataTable';
import { ErrorAlert } from '../../components/ErrorAlert';
import { shownNationalId } from '../../components/NationalIdInput';
import { ThaiDate } from '../../components/ThaiDate';
import { hasPermission, useMe } from '../../features/auth/useMe';
import { useAddMember, useRemoveMember } from '../../features/groups/useGroups';
import { useSelection } from '../../features/selection/useSelection';
import { formatNumber, useLang } from '../../i18n/I18nProvider';
import { useStepsT } from '../../i18n/steps';

/**
 * The members, each with a link to their กท.02, and (for the district) the farmers the province
 * selected in this tambon and cohort who are not members yet: exactly those the API accepts.
 */
export function MembersSection({ group: g }: { group: Group }) {
  const t = useStepsT();
  const { lang } = useLang();
  const { data: me } = useMe();
  const canUpdate = hasPermission(me, 'group.update');
  const canAdd = canUpdate && hasPermission(me, 'selection.read');
  const remove = useRemoveMember();
  const seatOf = new Map(g.committee.map((s) => [s.farmerId, s]));

  const columns: Column<GroupMember>[] = [
    {
      key: 'name',
      header: t('members.col.name'),
      primary: true,
      cell: (m) =>
        hasPermission(me, 'farmer.read') ? (
          <Anchor component={Link} to={`/farmers/${m.farmerId}`} fw={600}>
            {m.fullName}
          </Anchor>
        ) : (
          m.fullName
        ),
    },
    {
      key: 'id',
      header: t('members.col.nationalId'),
      cell: (m) => (
        <Text span size="sm" ff="monospace" style={{ whiteSpace: 'nowrap' }} c={m.nationalIdMasked ? 'dimmed' : undefined}>
          {shownNationalId(m)}
        </Text>
      ),
    },
    { key: 'address', header: t('members.col.address'), cell: (m) => m.address || '–' },
    {
      key: 'role',
      header: t('members.col.role'),
      cell: (m) => {
        const s = seatOf.get(m.farmerId);
        if (!s) return <Text span size="sm" c="dimmed">–</Text>;
        return s.role === 'other' ? s.title : COMMITTEE_ROLE_LABELS[s.role][lang];
      },
    },
    { key: 'joined', header: t('members.col.joined'), cell: (m) => <ThaiDate value={m.joinedOn} /> },
    {
      key: 'actions',
      header: '',
      cell: (m) => (
        <Row gap="xs" wrap="wrap">
          {hasPermission(me, 'plan.read') && (
            <Button component={Link} to={`/farmers/${m.farmerId}/plans/${g.cohort}`} size="compact-sm" variant="light" aria-label={t('members.planFor', { name: m.fullName })}>
              {t('members.plan')}
            </Button>
          )}
          {canUpdate && (
            <Button
              size="compact-sm"
              variant="subtle"
              color="red"
              loading={remove.isPending && remove.variables?.farmerId === m.farmerId}
              onClick={() => {
                if (window.confirm(t('members.removeConfirm', { name: m.fullName }))) remove.mutate({ id: g.id, farmerId: m.farmerId });
              }}
              aria-label={t('members.removeFor', { name: m.fullName })}
            >
              {t('members.remove')}
            </Button>
          )}
        </Row>
      ),
    },
  ];

  return (
    <Fieldset legend={t('members.title', { count: formatNumber(g.members.length) })} radius="md">
      <Stack gap="sm">
        <DataTable columns={columns} rows={g.members} rowKey={(m) => m.farmerId} minWidth={820} empty={t('members.none')} />
        {!!remove.error && <ErrorAlert error={remove.error} />}
        {canAdd && <AddMembers group={g} />}
      </Stack>
    </Fieldset>
  );
}

function AddMembers({ group: g }: { group: Group }) {
  const t = useStepsT();
  const selection = useSelection(g.tambon.code, g.cohort);
  const add = useAddMember();
  const [busyAll, setBusyAll] = useState(false);
  const members = new Set(g.members.map((m) => m.farmerId));
  const eligible: Candidate[] = (selection.data?.candidates ?? []).filter((c) => c.decision === 'selected' && !members.has(c.farmer.id));

  const addAll = async () => {
    setBusyAll(true);
    try {
      for (const c of eligible) await add.mutateAsync({ id: g.id, farmerId: c.farmer.id });
    } catch {
      // Shown below from add.error; the ones before the failure are members now.
    } finally {
      setBusyAll(false);
    }
  };

  return (
    <Paper withBorder p="sm" radius="md" bg="gray.0" data-testid="add-members">
      <Text fw={600} size="sm">
        {t('members.addTitle')}
      </Text>
      <Text size="xs" c="dimmed" mb="xs">
        {t('members.addHint')}
      </Text>
      {selection.isPending && <Loader size="sm" />}
      {selection.error && <ErrorAlert error={selection.error} />}
      {selection.data && eligible.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('members.noneEligible')}{' '}
          <Anchor component={Link} to={`/selection?cohort=${g.cohort}&area=${g.tambon.code}`}>
            {t('members.toSelection')}
          </Anchor>
        </Text>
      )}
      <Stack gap={6}>
        {eligible.map((c) => (
          <Row key={c.id} justify="space-between" gap="xs" wrap="nowrap">
            <div style={{ minWidth: 0 }}>
              <Text size="sm" fw={600}>
                {c.farmer.fullName}
              </Text>
              <Text size="xs" c="dimmed">
                {c.farmer.activities || c.farmer.address}
              </Text>
            </div>
            <Button
              size="compact-sm"
              onClick={() => add.mutate({ id: g.id, farmerId: c.farmer.id })}
              loading={add.isPending && add.variables?.farmerId === c.farmer.id}
              disabled={busyAll}
              aria-label={t('members.addFor', { name: c.farmer.fullName })}
              style={{ flex: 'none' }}
            >
              {t('members.add')}
            </Button>
          </Row>
        ))}
        {eligible.length > 1 && (
          <Row justify="flex-end">
            <Button size="xs" variant="light" onClick={() => void addAll()} loading={busyAll}>
              {t('members.addAll', { count: eligible.length })}
            </Button>
          </Row>
        )}
      </Stack>
      {!!add.error && <ErrorAlert error={add.error} />}
    </Paper>
  );
}
