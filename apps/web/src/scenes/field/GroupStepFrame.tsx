import type { ReactNode } from 'react';
import { Badge, Group as Row } from '@mantine/core';
import type { Group } from '../../api/contract';
import { PageHeader } from '../../components/PageHeader';
import { useNameOf } from '../../i18n/I18nProvider';
import { useProgressT } from '../../i18n/progress';
import { OfflineHint } from '../../offline/OfflineHint';
import { EnterpriseBadge } from '../groups/EnterpriseBadge';
import { GroupGate } from './GroupGate';
import { GroupStepNav, type GroupScreen } from './GroupStepNav';

interface Props {
  screen: GroupScreen;
  /** The page's title, e.g. "ขั้นตอนที่ 4 ผลผลิต". */
  title: string;
  children: (group: Group) => ReactNode;
}

/**
 * The frame of a group's step screen: the group (`GroupGate`), the title with the group's name
 * and place, and the row of links to its other screens.
 */
export function GroupStepFrame({ screen, title, children }: Props) {
  const t = useProgressT();
  const nameOf = useNameOf();
  return (
    <>
      <OfflineHint />
      <GroupGate>
        {(g) => (
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
        )}
      </GroupGate>
    </>
  );
}
