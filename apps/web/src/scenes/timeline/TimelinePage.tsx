import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { formatDate } from '@ntag/shared';
import type { TimelineItem } from '../../api/contract';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Loading } from '../../components/Loading';
import { useTimeline } from '../../features/progress/useProgress';
import { useLang } from '../../i18n/I18nProvider';
import { useProgressT } from '../../i18n/progress';
import { GroupStepFrame } from '../field/GroupStepFrame';
import { KindIcon } from './KindIcon';

/** Items in order, cut into days (the API sends them newest first). */
function byDay(items: TimelineItem[]): { on: string; items: TimelineItem[] }[] {
  const days: { on: string; items: TimelineItem[] }[] = [];
  for (const item of items) {
    const last = days.at(-1);
    if (last && last.on === item.date) last.items.push(item);
    else days.push({ on: item.date, items: [item] });
  }
  return days;
}

/**
 * ลำดับเหตุการณ์: everything recorded for a group, newest first, under Buddhist-era date
 * headings; "โหลดก่อนหน้า" continues before the oldest day shown.
 */
export function TimelinePage() {
  const t = useProgressT();
  return (
    <GroupStepFrame screen="timeline" title={t('timeline.title')}>
      {(g) => <TimelineList groupId={g.id} />}
    </GroupStepFrame>
  );
}

function TimelineList({ groupId }: { groupId: string }) {
  const t = useProgressT();
  const { lang } = useLang();
  const timeline = useTimeline(groupId);
  if (timeline.isPending) return <Loading />;
  if (timeline.error && !timeline.data) return <ErrorAlert error={timeline.error} />;
  const items = timeline.data?.pages.flatMap((p) => p.items) ?? [];
  const days = byDay(items);
  return (
    <Stack gap="md" maw={760} data-testid="timeline">
      {days.length === 0 && <Text c="dimmed">{t('timeline.none')}</Text>}
      {days.map((d) => (
        <section key={d.on} aria-labelledby={`day-${d.on}`}>
          <Title order={3} size="h5" id={`day-${d.on}`} mb={6} c="ntag.9">
            <time dateTime={d.on}>{formatDate(d.on, lang, 'long')}</time>
          </Title>
          <Paper withBorder radius="md" px="sm" py={4}>
            <Stack gap={0} component="ul" style={{ listStyle: 'none', margin: 0, padding: 0 }}>
              {d.items.map((item, i) => (
                <li key={`${item.kind}-${item.refId}-${i}`} style={{ borderTop: i ? '1px solid var(--mantine-color-gray-2)' : undefined }}>
                  <Group gap="sm" wrap="nowrap" py={6} align="flex-start">
                    <KindIcon kind={item.kind} />
                    <Text size="sm" style={{ minWidth: 0, overflowWrap: 'anywhere', alignSelf: 'center' }}>
                      {item.title}
                    </Text>
                  </Group>
                </li>
              ))}
            </Stack>
          </Paper>
        </section>
      ))}
      {!!timeline.error && <ErrorAlert error={timeline.error} />}
      {timeline.hasNextPage && (
        <Group>
          <Button variant="light" onClick={() => void timeline.fetchNextPage()} loading={timeline.isFetchingNextPage} data-testid="timeline-more">
            {t('timeline.more')}
          </Button>
        </Group>
      )}
    </Stack>
  );
}
