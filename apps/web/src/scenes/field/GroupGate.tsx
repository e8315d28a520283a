import type { ReactNode } from 'react';
import { Button } from '@mantine/core';
import { Link, useParams } from 'react-router';
import { isApiError } from '../../api/ApiError';
import type { Group } from '../../api/contract';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Loading } from '../../components/Loading';
import { OutOfScope } from '../../components/OutOfScope';
import { useGroup } from '../../features/groups/useGroups';
import { useProgressT } from '../../i18n/progress';

/**
 * The group of a `/groups/:id…` screen (its overview and its step screens): while it loads, a
 * 404 (not found or outside my scope) with the way back to the groups, another error, or the
 * screen itself with the group.
 */
export function GroupGate({ children }: { children: (group: Group) => ReactNode }) {
  const t = useProgressT();
  const { id } = useParams();
  const group = useGroup(id);

  if (group.isPending) return <Loading />;
  if (isApiError(group.error, 404)) {
    return (
      <OutOfScope message={t('frame.notFound')}>
        <Button component={Link} to="/groups" variant="light" size="xs">
          {t('frame.toGroups')}
        </Button>
      </OutOfScope>
    );
  }
  if (group.error) return <ErrorAlert error={group.error} />;
  return children(group.data);
}
