import { Alert, Anchor, List } from '@mantine/core';
import { formatDate } from '@ntag/shared';
import { Link } from 'react-router';
import { useFollowUps } from '../../features/plan/usePlan';
import { formatNumber, useLang } from '../../i18n/I18nProvider';
import { usePlanT } from '../../i18n/plan';

/** On the district's home: the visits whose follow-up day has passed with no later visit (issue 13). */
export function OverdueFollowUps() {
  const t = usePlanT();
  const { lang } = useLang();
  const due = useFollowUps();
  const items = due.data?.items ?? [];
  if (!items.length) return null;
  return (
    <Alert color="orange" variant="light" title={t('followups.title')} data-testid="home-follow-ups">
      <List size="sm" spacing={2}>
        {items.slice(0, 10).map((f) => (
          <List.Item key={f.visitId} data-testid="follow-up" data-group={f.groupId}>
            <Anchor component={Link} to={`/groups/${f.groupId}`} size="sm">
              {t('followups.item', { group: f.groupName, tambon: f.tambon.nameTh, date: formatDate(f.followUpOn, lang), days: formatNumber(f.daysLate) })}
            </Anchor>
          </List.Item>
        ))}
      </List>
    </Alert>
  );
}
