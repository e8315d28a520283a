import { Anchor, Badge, Fieldset, Group, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import { QUANTITY_UNIT_LABELS } from '@ntag/shared';
import type { GroupPlan, RollupLine } from '../../api/contract';
import { DataTable, type Column } from '../../components/DataTable';
import { formatNumber, useLang } from '../../i18n/I18nProvider';
import { useStepsT } from '../../i18n/steps';

/**
 * How far a line is off: 0 matches; within 10 % of the larger plan is "check" (amber); more is
 * "far apart" (red). The district reads red lines first.
 */
export function gapLevel(l: RollupLine): 'match' | 'near' | 'far' {
  if (l.difference === 0) return 'match';
  const scale = Math.max(Math.abs(l.groupPlan), Math.abs(l.membersPlan));
  return scale > 0 && Math.abs(l.difference) / scale <= 0.1 ? 'near' : 'far';
}

const signed = (n: number) => (n > 0 ? `+${formatNumber(n)}` : n < 0 ? `−${formatNumber(-n)}` : '0');

/**
 * "เทียบกับแผนรายบุคคล (กท.02)": the group's yearly total per product against its members' sum,
 * as saved (`unsaved`: the form above holds changes not counted here yet).
 */
export function RollupTable({ plan, unsaved }: { plan: GroupPlan; unsaved: boolean }) {
  const t = useStepsT();
  const { lang } = useLang();
  const unit = (l: RollupLine) => QUANTITY_UNIT_LABELS[l.unit][lang];
  const withoutPlan = plan.memberCount - plan.membersWithPlan;
  const columns: Column<RollupLine>[] = [
    { key: 'product', header: t('rollup.product'), primary: true, cell: (l) => <Text fw={600} span>{l.product}</Text> },
    { key: 'unit', header: t('plan.unit'), cell: unit },
    { key: 'group', header: t('rollup.group'), align: 'right', cell: (l) => formatNumber(l.groupPlan) },
    { key: 'members', header: t('rollup.members'), align: 'right', cell: (l) => formatNumber(l.membersPlan) },
    {
      key: 'difference',
      header: t('rollup.difference'),
      align: 'right',
      cell: (l) => {
        const level = gapLevel(l);
        return level === 'match' ? (
          <Badge variant="light" color="ntag">
            {t('rollup.match')}
          </Badge>
        ) : (
          <Badge variant={level === 'far' ? 'filled' : 'light'} color={level === 'far' ? 'red' : 'yellow'} c={level === 'far' ? undefined : 'yellow.9'} data-gap={level}>
            {signed(l.difference)}
          </Badge>
        );
      },
    },
  ];
  return (
    <Fieldset legend={t('rollup.title')} radius="md" data-testid="rollup">
      <Stack gap="sm">
        <Group gap="xs" wrap="wrap">
          <Badge size="lg" variant="light" color={withoutPlan === 0 && plan.memberCount > 0 ? 'ntag' : 'orange'} data-testid="members-with-plan">
            {t('plan03.membersWithPlan', { count: formatNumber(plan.membersWithPlan), total: formatNumber(plan.memberCount) })}
          </Badge>
          {withoutPlan > 0 && (
            <Anchor component={Link} to={`/groups/${plan.groupId}`} size="sm">
              {t('rollup.toMembers')}
            </Anchor>
          )}
        </Group>
        <Text size="xs" c="dimmed">
          {t('rollup.hint')}
        </Text>
        {unsaved && (
          <Text size="sm" c="orange.9">
            {t('rollup.unsaved')}
          </Text>
        )}
        <DataTable columns={columns} rows={plan.rollup} rowKey={(l) => `${l.product}|${l.unit}`} minWidth={560} empty={t('rollup.none')} />
      </Stack>
    </Fieldset>
  );
}
