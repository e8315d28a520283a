import { useState } from 'react';
import { Alert, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate, useParams } from 'react-router';
import { isApiError, staleCurrent } from '../../api/ApiError';
import type { GroupPlan } from '../../api/types';
import { CohortSelect } from '../../components/CohortSelect';
import { ErrorAlert } from '../../components/ErrorAlert';
import { FormDownloads } from '../../components/FormDownloads';
import { Loading } from '../../components/Loading';
import { OutOfScope } from '../../components/OutOfScope';
import { PageHeader } from '../../components/PageHeader';
import { StaleNotice } from '../../components/StaleNotice';
import { ThaiDate } from '../../components/ThaiDate';
import { hasPermission, useMe } from '../../features/auth/useMe';
import { downloadKt03, useGroup } from '../../features/groups/useGroups';
import { useCohortChoice } from '../../features/program/cohort';
import { useGroupPlan, useSaveGroupPlan } from '../../features/plans/usePlans';
import { useNameOf } from '../../i18n/I18nProvider';
import { useStepsT } from '../../i18n/steps';
import { GroupPlanForm } from './GroupPlanForm';
import { kt03DraftOf, kt03Input, type Kt03Draft } from './planForm';
import { RollupTable } from './RollupTable';

/**
 * แบบ กท.03: the group's production plan (product × month), its markets, its capacity
 * development topics and the resources it asks for, compared with the sum of its members'
 * individual plans (กท.02).
 */
export function GroupPlanPage() {
  const t = useStepsT();
  const nameOf = useNameOf();
  const navigate = useNavigate();
  const qc = useQueryClient();
  const { id, cohort: cohortParam } = useParams();
  const { data: me } = useMe();
  const { years, year } = useCohortChoice(cohortParam);
  const group = useGroup(id);
  const plan = useGroupPlan(id, year);
  const save = useSaveGroupPlan();
  const [saved, setSaved] = useState(false);
  const [dirty, setDirty] = useState(false);
  const canEdit = hasPermission(me, 'plan.update');

  if (group.isPending || (plan.isPending && year)) return <Loading />;
  if (isApiError(group.error, 404) || isApiError(plan.error, 404)) {
    const e = group.error ?? plan.error;
    if (isApiError(e) && e.code === 'program.cohort_not_found') return <ErrorAlert error={e} />;
    return (
      <OutOfScope message={t('groups.notFound')}>
        <Button component={Link} to="/groups" variant="light" size="xs">
          {t('groups.backToList')}
        </Button>
      </OutOfScope>
    );
  }
  if (group.error || plan.error) return <ErrorAlert error={group.error ?? plan.error} />;
  const g = group.data;
  const p = plan.data;
  if (!p || !year) return <Loading />;

  const current = staleCurrent<GroupPlan>(save.error);
  const createdMeanwhile = isApiError(save.error, 400) && save.error.issues.some((i) => i.path === 'version');

  const onSave = (d: Kt03Draft) => {
    setSaved(false);
    save.mutate(
      { groupId: g.id, cohort: year, plan: { ...kt03Input(d), ...(p.exists ? { version: p.version } : {}) } },
      {
        onSuccess: () => {
          setSaved(true);
          setDirty(false);
          window.scrollTo(0, 0);
        },
      },
    );
  };
  const startFrom = async (latest?: GroupPlan) => {
    save.reset();
    setDirty(false);
    if (latest) qc.setQueryData(['plans', 'group', g.id, year], latest);
    else await plan.refetch();
  };

  return (
    <>
      <PageHeader
        title={t('plan03.title')}
        subtitle={`${g.name} · ${t('place.tambon', { name: nameOf(g.tambon) })} ${t('place.district', { name: nameOf(g.district) })}`}
        actions={
          <Button component={Link} to={`/groups/${g.id}`} variant="default">
            {t('plan03.toGroup')}
          </Button>
        }
      />
      <Stack gap="md" maw={1100}>
        <Paper withBorder p="sm" radius="md">
          <Group justify="space-between" align="flex-end" gap="sm" wrap="wrap">
            <CohortSelect years={years} value={year} onChange={(y) => navigate(`/groups/${g.id}/plans/${y}`)} />
            <Text size="sm" c="dimmed" data-testid="plan-state">
              {p.exists ? (
                <>
                  {t('plan.savedAt')} <ThaiDate value={p.updatedAt} withTime />
                </>
              ) : (
                t('plan.notYet')
              )}
            </Text>
          </Group>
        </Paper>
        {saved && (
          <Alert color="ntag" variant="light" role="status">
            {t('plan.saved')}
          </Alert>
        )}
        {!canEdit && (
          <Text size="sm" c="dimmed">
            {t('plan.readOnly')}
          </Text>
        )}
        <GroupPlanForm
          key={`${g.id}:${year}:${p.version}`}
          initial={kt03DraftOf(p)}
          rollup={p.rollup}
          readOnly={!canEdit}
          pending={save.isPending}
          error={current || createdMeanwhile ? null : save.error}
          onSubmit={onSave}
          onDirty={() => setDirty(true)}
          notice={
            current ? (
              <StaleNotice onUseCurrent={() => void startFrom(current)}>
                {t('plan.staleHint')} {t('plan.savedAt')} <ThaiDate value={current.updatedAt} withTime /> ·{' '}
                {t('plan03.staleSummary', { products: current.products.length, markets: current.markets.length })}
              </StaleNotice>
            ) : createdMeanwhile ? (
              <StaleNotice onUseCurrent={() => void startFrom()}>{t('plan.createdMeanwhile')}</StaleNotice>
            ) : null
          }
        />
        <RollupTable plan={p} group={g} dirty={dirty} />
        <Paper withBorder p="sm" radius="md">
          <Text fw={600} mb={4}>
            {t('plan03.forms')}
          </Text>
          <Text size="sm" c="dimmed" mb="xs">
            {t('plan.formsHint')}
          </Text>
          <FormDownloads
            errorTitle={t('forms.failed')}
            items={[
              { key: 'pdf', label: t('forms.kt03Pdf'), run: () => downloadKt03(g.id, year, 'pdf'), primary: true },
              { key: 'xlsx', label: t('forms.kt03Xlsx'), run: () => downloadKt03(g.id, year, 'xlsx') },
            ]}
          />
        </Paper>
      </Stack>
    </>
  );
}
