import { useState } from 'react';
import { Alert, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate, useParams } from 'react-router';
import { isApiError, staleCurrent } from '../../api/ApiError';
import type { IndividualPlan } from '../../api/types';
import { CohortSelect } from '../../components/CohortSelect';
import { ErrorAlert } from '../../components/ErrorAlert';
import { FormDownloads } from '../../components/FormDownloads';
import { Loading } from '../../components/Loading';
import { OutOfScope } from '../../components/OutOfScope';
import { PageHeader } from '../../components/PageHeader';
import { StaleNotice } from '../../components/StaleNotice';
import { ThaiDate } from '../../components/ThaiDate';
import { hasPermission, useMe } from '../../features/auth/useMe';
import { useFarmer } from '../../features/farmers/useFarmers';
import { useCohortChoice } from '../../features/program/cohort';
import { downloadKt02, useFarmerPlan, useSaveFarmerPlan } from '../../features/plans/usePlans';
import { useNameOf } from '../../i18n/I18nProvider';
import { useStepsT } from '../../i18n/steps';
import { fullName } from '../farmers/format';
import { FarmerPlanForm } from './FarmerPlanForm';
import { kt02DraftOf, kt02Input, type Kt02Draft } from './planForm';

/**
 * แบบ กท.02: a farmer's current activities, production plan for the cohort year (what, how
 * much, which months, shares for the household / exchange / sale) and the potential
 * assessment. Created without a version, changed with the version read; a 409 shows the
 * plan as it is now.
 */
export function FarmerPlanPage() {
  const t = useStepsT();
  const nameOf = useNameOf();
  const navigate = useNavigate();
  const qc = useQueryClient();
  const { id, cohort: cohortParam } = useParams();
  const { data: me } = useMe();
  const { years, year } = useCohortChoice(cohortParam);
  const farmer = useFarmer(id);
  const plan = useFarmerPlan(id, year);
  const save = useSaveFarmerPlan();
  const [saved, setSaved] = useState(false);
  const canEdit = hasPermission(me, 'plan.update');

  if (farmer.isPending || (plan.isPending && year)) return <Loading />;
  if (isApiError(farmer.error, 404) || isApiError(plan.error, 404)) {
    const e = farmer.error ?? plan.error;
    if (isApiError(e) && e.code === 'program.cohort_not_found') return <ErrorAlert error={e} />;
    return (
      <OutOfScope message={t('plan02.notFound')}>
        <Button component={Link} to="/farmers" variant="light" size="xs">
          {t('farmers.backToList')}
        </Button>
      </OutOfScope>
    );
  }
  if (farmer.error || plan.error) return <ErrorAlert error={farmer.error ?? plan.error} />;
  const f = farmer.data;
  const p = plan.data;
  if (!p || !year) return <Loading />;

  const current = staleCurrent<IndividualPlan>(save.error);
  // Someone created the plan after this page read "no plan yet": the API asks for its version.
  const createdMeanwhile = isApiError(save.error, 400) && save.error.issues.some((i) => i.path === 'version');

  const onSave = (d: Kt02Draft) => {
    setSaved(false);
    save.mutate(
      { farmerId: f.id, cohort: year, plan: { ...kt02Input(d), ...(p.exists ? { version: p.version } : {}) } },
      {
        onSuccess: () => {
          setSaved(true);
          window.scrollTo(0, 0);
        },
      },
    );
  };
  const startFrom = async (latest?: IndividualPlan) => {
    save.reset();
    if (latest) qc.setQueryData(['plans', 'farmer', f.id, year], latest);
    else await plan.refetch();
  };

  return (
    <>
      <PageHeader
        title={t('plan02.title')}
        subtitle={`${fullName(f)} · ${t('place.tambon', { name: nameOf(f.tambon) })} ${t('place.district', { name: nameOf(f.district) })}`}
        actions={
          <>
            <Button component={Link} to={`/farmers/${f.id}`} variant="default">
              {t('plan02.toFarmer')}
            </Button>
            {f.groupId && hasPermission(me, 'group.read') && (
              <Button component={Link} to={`/groups/${f.groupId}`} variant="default">
                {t('plan02.toGroup')}
              </Button>
            )}
          </>
        }
      />
      <Stack gap="md" maw={960}>
        <Paper withBorder p="sm" radius="md">
          <Group justify="space-between" align="flex-end" gap="sm" wrap="wrap">
            <CohortSelect years={years} value={year} onChange={(y) => navigate(`/farmers/${f.id}/plans/${y}`)} />
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
        <FarmerPlanForm
          key={`${f.id}:${year}:${p.version}`}
          initial={kt02DraftOf(p, f.activities)}
          readOnly={!canEdit}
          pending={save.isPending}
          error={current || createdMeanwhile ? null : save.error}
          onSubmit={onSave}
          notice={
            current ? (
              <StaleNotice onUseCurrent={() => void startFrom(current)}>
                {t('plan.staleHint')} {t('plan.savedAt')} <ThaiDate value={current.updatedAt} withTime /> ·{' '}
                {t('plan02.staleSummary', { products: current.plannedProducts.length, activities: current.currentActivities.length })}
              </StaleNotice>
            ) : createdMeanwhile ? (
              <StaleNotice onUseCurrent={() => void startFrom()}>{t('plan.createdMeanwhile')}</StaleNotice>
            ) : null
          }
        />
        <Paper withBorder p="sm" radius="md">
          <Text fw={600} mb={4}>
            {t('plan02.forms')}
          </Text>
          <Text size="sm" c="dimmed" mb="xs">
            {t('plan.formsHint')}
          </Text>
          <FormDownloads
            errorTitle={t('forms.failed')}
            items={[
              { key: 'pdf', label: t('forms.kt02Pdf'), run: () => downloadKt02(f.id, year, 'pdf'), primary: true },
              { key: 'xlsx', label: t('forms.kt02Xlsx'), run: () => downloadKt02(f.id, year, 'xlsx') },
            ]}
          />
        </Paper>
      </Stack>
    </>
  );
}
