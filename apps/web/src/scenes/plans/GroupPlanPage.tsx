import { Button } from '@mantine/core';
import { Link, useNavigate, useParams } from 'react-router';
import { OutOfScope } from '../../components/OutOfScope';
import { hasPermission, useMe } from '../../features/auth/useMe';
import { downloadKt03, useGroup } from '../../features/groups/useGroups';
import { useCohortChoice } from '../../features/program/cohort';
import { groupPlanKey, useGroupPlan, useSaveGroupPlan } from '../../features/plans/usePlans';
import { useNameOf } from '../../i18n/I18nProvider';
import { useStepsT } from '../../i18n/steps';
import { GroupPlanForm } from './GroupPlanForm';
import { kt03DraftOf, kt03Input } from './planForm';
import { planGate, PlanScreen, usePlanSave, versionOf } from './PlanScreen';

/**
 * แบบ กท.03: the group's production plan (product × month), its markets, its capacity
 * development topics and the resources it asks for, compared with the sum of its members'
 * individual plans (กท.02).
 */
export function GroupPlanPage() {
  const t = useStepsT();
  const nameOf = useNameOf();
  const navigate = useNavigate();
  const { id, cohort: cohortParam } = useParams();
  const { data: me } = useMe();
  const { years, year } = useCohortChoice(cohortParam);
  const group = useGroup(id);
  const plan = useGroupPlan(id, year);
  const save = usePlanSave(useSaveGroupPlan(), groupPlanKey(id, year));
  const canEdit = hasPermission(me, 'plan.update');

  const gate = planGate(
    group,
    plan,
    year,
    <OutOfScope message={t('groups.notFound')}>
      <Button component={Link} to="/groups" variant="light" size="xs">
        {t('groups.backToList')}
      </Button>
    </OutOfScope>,
  );
  if ('view' in gate) return gate.view;
  const { owner: g, plan: p } = gate;

  return (
    <PlanScreen
      title={t('plan03.title')}
      subtitle={`${g.name} · ${t('place.tambon', { name: nameOf(g.tambon) })} ${t('place.district', { name: nameOf(g.district) })}`}
      actions={
        <Button component={Link} to={`/groups/${g.id}`} variant="default">
          {t('plan03.toGroup')}
        </Button>
      }
      maw={1100}
      years={years}
      year={gate.year}
      onCohort={(y) => navigate(`/groups/${g.id}/plans/${y}`)}
      plan={p}
      saved={save.saved}
      canEdit={canEdit}
      forms={{ title: t('plan03.forms'), pdf: t('forms.kt03Pdf'), xlsx: t('forms.kt03Xlsx'), download: (kind) => downloadKt03(g.id, gate.year, kind) }}
    >
      <GroupPlanForm
        key={`${g.id}:${gate.year}:${p.version}`}
        plan={p}
        initial={kt03DraftOf(p)}
        readOnly={!canEdit}
        pending={save.pending}
        error={save.error}
        onSubmit={(d) => save.submit({ groupId: g.id, cohort: gate.year, plan: { ...kt03Input(d), ...versionOf(p) } })}
        notice={save.notice((c) => t('plan03.staleSummary', { products: c.products.length, markets: c.markets.length }))}
      />
    </PlanScreen>
  );
}
