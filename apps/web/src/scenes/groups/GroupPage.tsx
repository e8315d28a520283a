import { Alert, Button, Group as Row, Stack } from '@mantine/core';
import { Link, useLocation, useParams } from 'react-router';
import { isApiError } from '../../api/ApiError';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Loading } from '../../components/Loading';
import { OutOfScope } from '../../components/OutOfScope';
import { PageHeader } from '../../components/PageHeader';
import { useGroup } from '../../features/groups/useGroups';
import { useNameOf } from '../../i18n/I18nProvider';
import { useStepsT } from '../../i18n/steps';
import { GroupStepNav } from '../field/GroupStepNav';
import { CommitteeSection } from './CommitteeSection';
import { EnterpriseBadge } from './EnterpriseBadge';
import { FormedBadge } from './FormedBadge';
import { GroupDetailsSection } from './GroupDetailsSection';
import { GroupFormsSection } from './GroupFormsSection';
import { MembersSection } from './MembersSection';
import { StepsSection } from './StepsSection';

/**
 * One model group: its seven steps (stepper, links to the records of steps 3–7), its members
 * (farmers the province selected in its tambon), its committee (a president makes it
 * "formed"), its plans and printed file, and its details and contacts.
 */
export function GroupPage() {
  const t = useStepsT();
  const nameOf = useNameOf();
  const { id } = useParams();
  const location = useLocation();
  const created = (location.state as { created?: boolean } | null)?.created === true;
  const group = useGroup(id);

  if (group.isPending) return <Loading />;
  if (isApiError(group.error, 404)) {
    return (
      <OutOfScope message={t('groups.notFound')}>
        <Button component={Link} to="/groups" variant="light" size="xs">
          {t('groups.backToList')}
        </Button>
      </OutOfScope>
    );
  }
  if (group.error) return <ErrorAlert error={group.error} />;
  const g = group.data;

  return (
    <>
      <PageHeader
        title={g.name}
        subtitle={`${t('place.tambon', { name: nameOf(g.tambon) })} ${t('place.district', { name: nameOf(g.district) })} ${t('place.province', { name: nameOf(g.province) })} · ${t('groups.cohortOf', { year: g.cohort })}`}
        actions={
          <Row gap="xs" wrap="wrap">
            {g.enterpriseCode && <EnterpriseBadge code={g.enterpriseCode} size="lg" />}
            <FormedBadge formed={g.formed} size="lg" />
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
        <MembersSection group={g} />
        <CommitteeSection group={g} />
        <GroupFormsSection group={g} />
        <GroupDetailsSection group={g} />
      </Stack>
    </>
  );
}
