import type { ReactNode } from 'react';
import { Badge, Button, Group as Row } from '@mantine/core';
import { Link, useParams } from 'react-router';
import { isApiError } from '../../api/ApiError';
import type { Group } from '../../api/types';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Loading } from '../../components/Loading';
import { OutOfScope } from '../../components/OutOfScope';
import { PageHeader } from '../../components/PageHeader';
import { useGroup } from '../../features/groups/useGroups';
import { useNameOf } from '../../i18n/I18nProvider';
import { useProgressT } from '../../i18n/progress';
import { EnterpriseBadge } from '../groups/EnterpriseBadge';
import { GroupStepNav, type GroupScreen } from './GroupStepNav';

interface Props {
  screen: GroupScreen;
  /** The page's title, e.g. "ขั้นตอนที่ 4 ผลผลิต". */
  title: string;
  children: (group: Group) => ReactNode;
}

/**
 * The frame of a group's step screen: the group (404 = not found or outside my scope), the
 * title with the group's name and place, and the row of links to its other screens.
 */
export function GroupStepFrame({ screen, title, children }: Props) {
  const t = useProgressT();
  const nameOf = useNameOf();
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
  const g = group.data;
  return (
    <>
      <PageHeader
        title={title}
        subtitle={
          <>
            {g.name} · {t('place.tambon', { name: nameOf(g.tambon) })} {t('place.district', { name: nameOf(g.district) })}
          </>
        }
        actions={
          <Row gap="xs" wrap="wrap">
            {g.enterpriseCode ? <EnterpriseBadge code={g.enterpriseCode} /> : <Badge variant="light" color="gray">{t('frame.cohort', { year: g.cohort })}</Badge>}
          </Row>
        }
      />
      <GroupStepNav groupId={g.id} current={screen} />
      {children(g)}
    </>
  );
}
