import { Alert, Badge, Button, Group as Row, Stack } from '@mantine/core';
import { Link, useLocation } from 'react-router';
import type { Group } from '../../api/contract';
import { PageHeader } from '../../components/PageHeader';
import { useNameOf } from '../../i18n/I18nProvider';
import { useStepsT } from '../../i18n/steps';
import { GroupGate } from '../field/GroupGate';
import { GroupStepNav } from '../field/GroupStepNav';
import { CommitteeSection } from './CommitteeSection';
import { EnterpriseBadge } from './EnterpriseBadge';
import { FormedBadge } from './FormedBadge';
import { GroupDetailsSection } from './GroupDetailsSection';
import { GroupFormsSection } from './GroupFormsSection';
import { MembersSection } from './MembersSection';
import { StepsSection } from './StepsSection';
import { VisitsSection } from '../visits/VisitsSection';
import { MoveCohortSection } from './MoveCohortSection';
import { usePlanT } from '../../i18n/plan';

/**
 * One model group: its seven steps (stepper, links to the records of steps 3–7), its members
 * (farmers the province selected in its tambon), its committee (a president makes it
 * "formed"), its plans and printed file, and its details and contacts.
 */
export function GroupPage() {
  return <GroupGate>{(g) => <GroupOverview g={g} />}</GroupGate>;
}

function GroupOverview({ g }: { g: Group }) {
  const t = useStepsT();
  const pt = usePlanT();
  const nameOf = useNameOf();
  const location = useLocation();
  const created = (location.state as { created?: boolean } | null)?.created === true;

  return (
    <>
      <PageHeader
        title={g.name}
        subtitle={`${t('place.tambon', { name: nameOf(g.tambon) })} ${t('place.district', { name: nameOf(g.district) })} ${t('place.province', { name: nameOf(g.province) })} · ${t('groups.cohortOf', { year: g.cohort })}`}
        actions={
          <Row gap="xs" wrap="wrap">
            {g.enterpriseCode && <EnterpriseBadge code={g.enterpriseCode} size="lg" />}
            <FormedBadge formed={g.formed} size="lg" />
            {!g.inTarget && <Badge size="lg" color="orange" variant="light" style={{ textTransform: 'none' }} data-testid="outside-target">{pt('target.outside')}</Badge>}
            <Button component={Link} to={`/groups?cohort=${g.cohort}`} variant="default">
              {t('groups.backToList')}
            </Button>
          </Row>
        }
      />
      <GroupStepNav groupId={g.id} current="overview" />
      <Stack gap="md" maw={960}>
        {created && (
          <Alert color="ntag" variant="light" role="status" title={t('groups.created')}>
            {t('groups.createdHint')}
          </Alert>
        )}
        <StepsSection group={g} />
        <VisitsSection group={g} />
        <MembersSection group={g} />
        <CommitteeSection group={g} />
        <GroupFormsSection group={g} />
        <GroupDetailsSection group={g} />
        <MoveCohortSection group={g} />
      </Stack>
    </>
  );
}
