import { Button } from '@mantine/core';
import { Link, useNavigate, useParams } from 'react-router';
import { OutOfScope } from '../../components/OutOfScope';
import { hasPermission, useMe } from '../../features/auth/useMe';
import { useFarmer } from '../../features/farmers/useFarmers';
import { useCohortChoice } from '../../features/program/cohort';
import { downloadKt02, farmerPlanKey, useFarmerPlan, useSaveFarmerPlan } from '../../features/plans/usePlans';
import { useNameOf } from '../../i18n/I18nProvider';
import { useStepsT } from '../../i18n/steps';
import { fullName } from '../farmers/format';
import { FarmerPlanForm } from './FarmerPlanForm';
import { kt02DraftOf, kt02Input } from './planForm';
import { planGate, PlanScreen, usePlanSave, versionOf } from './PlanScreen';

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
  const { id, cohort: cohortParam } = useParams();
  const { data: me } = useMe();
  const { years, year } = useCohortChoice(cohortParam);
  const farmer = useFarmer(id);
  const plan = useFarmerPlan(id, year);
  const save = usePlanSave(useSaveFarmerPlan(), farmerPlanKey(id, year));
  const canEdit = hasPermission(me, 'plan.update');

  const gate = planGate(
    farmer,
    plan,
    year,
    <OutOfScope message={t('plan02.notFound')}>
      <Button component={Link} to="/farmers" variant="light" size="xs">
        {t('farmers.backToList')}
      </Button>
    </OutOfScope>,
  );
  if ('view' in gate) return gate.view;
  const { owner: f, plan: p } = gate;

  return (
    <PlanScreen
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
      maw={960}
      years={years}
      year={gate.year}
      onCohort={(y) => navigate(`/farmers/${f.id}/plans/${y}`)}
      plan={p}
      saved={save.saved}
      canEdit={canEdit}
      forms={{ title: t('plan02.forms'), pdf: t('forms.kt02Pdf'), xlsx: t('forms.kt02Xlsx'), download: (kind) => downloadKt02(f.id, gate.year, kind) }}
    >
      <FarmerPlanForm
        key={`${f.id}:${gate.year}:${p.version}`}
        initial={kt02DraftOf(p, f.activities)}
        readOnly={!canEdit}
        pending={save.pending}
        error={save.error}
        onSubmit={(d) => save.submit({ farmerId: f.id, cohort: gate.year, plan: { ...kt02Input(d), ...versionOf(p) } })}
        notice={save.notice((c) => t('plan02.staleSummary', { products: c.plannedProducts.length, activities: c.currentActivities.length }))}
      />
    </PlanScreen>
  );
}
