import { Button, Fieldset, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import type { Group } from '../../api/contract';
import { FormDownloads } from '../../components/FormDownloads';
import { hasPermission, useMe } from '../../features/auth/useMe';
import { downloadGroupFile, downloadKt03 } from '../../features/groups/useGroups';
import { useGroupPlan } from '../../features/plans/usePlans';
import { formatNumber } from '../../i18n/I18nProvider';
import { useStepsT } from '../../i18n/steps';

/** The group's plan (กท.03), how many members have their กท.02, and the printed forms. */
export function GroupFormsSection({ group: g }: { group: Group }) {
  const t = useStepsT();
  const { data: me } = useMe();
  const canRead = hasPermission(me, 'plan.read');
  const plan = useGroupPlan(canRead ? g.id : undefined, g.cohort);
  if (!canRead) return null;
  return (
    <Fieldset legend={t('groupForms.title')} radius="md">
      <Stack gap="sm">
        <div>
          <Button component={Link} to={`/groups/${g.id}/plans/${g.cohort}`} variant="light" maw="100%" styles={{ root: { height: 'auto', minHeight: 36, paddingBlock: 6 }, label: { whiteSpace: 'normal' } }}>
            {t('groupForms.openKt03')}
          </Button>
          <Text size="sm" c="dimmed" mt={4} data-testid="plan-status">
            {plan.data
              ? [
                  plan.data.exists ? t('groupForms.kt03Saved') : t('groupForms.kt03Missing'),
                  t('plan03.membersWithPlan', { count: formatNumber(plan.data.membersWithPlan), total: formatNumber(plan.data.memberCount) }),
                ].join(' · ')
              : ' '}
          </Text>
        </div>
        <FormDownloads
          errorTitle={t('forms.failed')}
          items={[
            { key: 'bundle', label: t('forms.groupFile'), run: () => downloadGroupFile(g.id, g.cohort), primary: true },
            { key: 'pdf', label: t('forms.kt03Pdf'), run: () => downloadKt03(g.id, g.cohort, 'pdf') },
            { key: 'xlsx', label: t('forms.kt03Xlsx'), run: () => downloadKt03(g.id, g.cohort, 'xlsx') },
          ]}
        />
        <Text size="xs" c="dimmed">
          {t('forms.groupFileHint')}
        </Text>
      </Stack>
    </Fieldset>
  );
}
