import type { ReactNode } from 'react';
import { Anchor, Badge, Button, Checkbox, Group, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import type { Decision } from '@ntag/shared';
import type { Candidate } from '../../api/contract';
import { DataTable, type Column } from '../../components/DataTable';
import { shownNationalId } from '../../components/NationalIdInput';
import { ThaiDate } from '../../components/ThaiDate';
import { hasPermission, useMe } from '../../features/auth/useMe';
import { useStepsT } from '../../i18n/steps';
import { useWorkT } from '../../i18n/work';
import { CriteriaCompact } from './Criteria';

interface Props {
  candidates: Candidate[];
  /** District: correct a candidate until the province decides. */
  canEdit: boolean;
  /** Province: select or not. */
  canDecide: boolean;
  onEdit: (c: Candidate) => void;
  onDecide: (c: Candidate, decision: Decision) => void;
  /** Province: the candidates ticked for one decision together (issue 15); only batchable ones can be. */
  picked?: ReadonlySet<string>;
  onPick?: (c: Candidate, on: boolean) => void;
  /** What an empty list says and offers. */
  empty?: ReactNode;
}

/** Why "คัดเลือก" is not offered for this candidate, if it is not. */
export function cannotSelect(c: Candidate): 'selection.cannot.pond' | 'selection.cannot.notProposed' | null {
  if (!c.criteria.pondDug.met) return 'selection.cannot.pond';
  if (c.proposal !== 'proposed') return 'selection.cannot.notProposed';
  return null;
}

export function ProposalBadge({ c }: { c: Candidate }) {
  const t = useStepsT();
  return c.proposal === 'proposed' ? (
    <Badge variant="light" color="blue">
      {t('proposal.state.proposed')}
    </Badge>
  ) : (
    <Badge variant="light" color="gray">
      {t('proposal.state.not_proposed')}
    </Badge>
  );
}

export function DecisionBadge({ c }: { c: Candidate }) {
  const t = useStepsT();
  if (c.decision === 'selected') return <Badge color="ntag">{t('decision.selected')}</Badge>;
  if (c.decision === 'not_selected') return <Badge color="red" variant="light">{t('decision.not_selected')}</Badge>;
  if (c.proposal !== 'proposed') return <Text span size="sm" c="dimmed">–</Text>;
  return (
    <Badge color="yellow" variant="light" c="yellow.9">
      {t('decision.pending')}
    </Badge>
  );
}

/** The candidates of a tambon: who, the four criteria, the district's proposal, the province's decision. */
export function CandidatesTable({ candidates, canEdit, canDecide, onEdit, onDecide, picked, onPick, empty }: Props) {
  const t = useStepsT();
  const workT = useWorkT();
  const { data: me } = useMe();
  const canOpenFarmer = hasPermission(me, 'farmer.read');
  const columns: Column<Candidate>[] = [];
  if (onPick && picked) {
    columns.push({
      key: 'pick',
      header: '',
      cell: (c) => {
        const ok = !c.decision && cannotSelect(c) === null;
        return (
          <Checkbox
            checked={picked.has(c.id)}
            disabled={!ok}
            onChange={(e) => onPick(c, e.currentTarget.checked)}
            aria-label={workT('batch.tick', { name: c.farmer.fullName })}
            data-testid="pick-candidate"
          />
        );
      },
    });
  }
  columns.push(
    {
      key: 'farmer',
      header: t('selection.col.farmer'),
      primary: true,
      cell: (c) => (
        <Stack gap={0}>
          {canOpenFarmer ? (
            <Anchor component={Link} to={`/farmers/${c.farmer.id}`} fw={600}>
              {c.farmer.fullName}
            </Anchor>
          ) : (
            <Text fw={600} span>
              {c.farmer.fullName}
            </Text>
          )}
          <Text size="xs" c="dimmed" ff="monospace" style={{ whiteSpace: 'nowrap' }}>
            {shownNationalId(c.farmer)}
          </Text>
          <Text size="xs" c="dimmed">
            {[c.farmer.address, c.farmer.activities].filter(Boolean).join(' · ')}
          </Text>
        </Stack>
      ),
    },
    { key: 'criteria', header: t('selection.col.criteria'), cell: (c) => <CriteriaCompact criteria={c.criteria} /> },
    { key: 'proposal', header: t('selection.col.proposal'), cell: (c) => <ProposalBadge c={c} /> },
    {
      key: 'decision',
      header: t('selection.col.decision'),
      cell: (c) => (
        <Stack gap={2} align="flex-start">
          <DecisionBadge c={c} />
          {c.decisionReason && (
            <Text size="xs" c="dimmed">
              {c.decisionReason}
            </Text>
          )}
          {c.decidedAt && (
            <Text size="xs" c="dimmed">
              <ThaiDate value={c.decidedAt} />
            </Text>
          )}
        </Stack>
      ),
    },
  );
  if (canEdit || canDecide) {
    columns.push({
      key: 'actions',
      header: '',
      cell: (c) => <Actions c={c} canEdit={canEdit} canDecide={canDecide} onEdit={onEdit} onDecide={onDecide} />,
    });
  }
  return (
    <DataTable
      columns={columns}
      rows={candidates}
      rowKey={(c) => c.id}
      minWidth={860}
      empty={empty ?? t('selection.none')}
      caption={t('selection.col.caption')}
      stacked
    />
  );
}

function Actions({ c, canEdit, canDecide, onEdit, onDecide }: Pick<Props, 'canEdit' | 'canDecide' | 'onEdit' | 'onDecide'> & { c: Candidate }) {
  const t = useStepsT();
  const why = cannotSelect(c);
  const name = c.farmer.fullName;
  return (
    <Stack gap={4} align="flex-start" miw={150}>
      {canEdit && !c.decision && (
        <Button size="compact-sm" variant="light" onClick={() => onEdit(c)} aria-label={t('selection.editFor', { name })}>
          {t('selection.edit')}
        </Button>
      )}
      {canDecide && !c.decision && (
        <>
          <Group gap={6} wrap="wrap">
            <Button size="compact-sm" onClick={() => onDecide(c, 'selected')} disabled={!!why} aria-label={t('decision.selectFor', { name })}>
              {t('decision.select')}
            </Button>
            <Button size="compact-sm" variant="light" color="red" onClick={() => onDecide(c, 'not_selected')} aria-label={t('decision.rejectFor', { name })}>
              {t('decision.reject')}
            </Button>
          </Group>
          {why && (
            <Text size="xs" c="orange.9">
              {t(why)}
            </Text>
          )}
        </>
      )}
      {canDecide && c.decision && (
        <Button size="compact-sm" variant="subtle" onClick={() => onDecide(c, c.decision === 'selected' ? 'not_selected' : 'selected')} aria-label={t('decision.changeFor', { name })}>
          {t('decision.change')}
        </Button>
      )}
    </Stack>
  );
}
