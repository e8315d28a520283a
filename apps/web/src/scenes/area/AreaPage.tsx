import { lazy, Suspense } from 'react';
import { Anchor, Breadcrumbs, Button, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { formatDate, todayIso } from '@ntag/shared';
import { Link, useSearchParams } from 'react-router';
import { isApiError } from '../../api/ApiError';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Loading } from '../../components/Loading';
import { OutOfScope } from '../../components/OutOfScope';
import { PageHeader } from '../../components/PageHeader';
import { StatCard } from '../../components/StatCard';
import { COUNT_KEYS, useArea } from '../../features/area/useArea';
import { hasPermission, useMe } from '../../features/auth/useMe';
import { useLang, useNameOf, useT } from '../../i18n/I18nProvider';
import { useShellT } from '../../i18n/shell';
import { useWorkT } from '../../i18n/work';
import { TaskList } from '../home/TaskList';
import { AreaChildren } from './AreaChildren';

/** Imported from this chunk, not statically: its list of chunks then stays out of the entry chunk /login downloads. */
const ReturnedReportAlert = lazy(async () => ({ default: (await import('../reports/ReturnedReportAlert')).ReturnedReportAlert }));
const OverdueFollowUps = lazy(async () => ({ default: (await import('../visits/OverdueFollowUps')).OverdueFollowUps }));

/**
 * Home (issue 15): without ?unit, what waits for me (TaskList) with one tap to act, then my area's
 * parents and children; with ?unit, "พื้นที่ของฉัน" of that unit with its figures.
 */
export function AreaPage() {
  const t = useT();
  const shellT = useShellT();
  const { lang } = useLang();
  const nameOf = useNameOf();
  const [params] = useSearchParams();
  const unitCode = params.get('unit') ?? undefined;
  const area = useArea(unitCode);
  const { data: me } = useMe();
  const today = t('area.today', { date: formatDate(todayIso(), lang, 'long') });
  const workT = useWorkT();
  const home = !unitCode;

  return (
    <>
      <Text c="dimmed" size="sm" mb={4}>
        {today}
      </Text>
      <PageHeader title={home ? workT('home.title') : t('area.title')} subtitle={home ? workT('home.subtitle') : undefined} />
      {home ? (
        <Stack gap="md" mb="xl">
          <TaskList />
          <Suspense fallback={null}>
            <ReturnedReportAlert />
            {hasPermission(me, 'visit.write') && <OverdueFollowUps />}
          </Suspense>
        </Stack>
      ) : (
        <Suspense fallback={null}>
          <ReturnedReportAlert />
          {hasPermission(me, 'visit.write') && <OverdueFollowUps />}
        </Suspense>
      )}
      {home && area.data && !area.isError && (
        <Group gap="md">
          <Anchor component={Link} to={`/?unit=${encodeURIComponent(area.data.unit.code)}`} size="sm" data-testid="home-area">
            {workT('home.area')}: {nameOf(area.data.unit)}
          </Anchor>
          {hasPermission(me, 'progress.read') && (
            <Anchor component={Link} to={/^\d{2,6}$/.test(area.data.unit.code) ? `/progress?unit=${area.data.unit.code}` : '/progress'} size="sm">
              {workT('home.progress')}
            </Anchor>
          )}
        </Group>
      )}
      {!home && area.isPending && <Loading />}
      {area.isError &&
        (isApiError(area.error, 404) ? (
          <OutOfScope message={t('area.notFound')}>
            <Button component={Link} to="/" variant="light" size="xs">
              {t('error.toHome')}
            </Button>
          </OutOfScope>
        ) : (
          <ErrorAlert error={area.error} />
        ))}
      {!home && area.data && !area.isError && (
        <Stack gap="lg">
          {area.data.parents.length > 0 && (
            <Breadcrumbs separator="›" separatorMargin={6} style={{ flexWrap: 'wrap', rowGap: 4 }}>
              {area.data.parents.map((p) => (
                <Anchor key={p.code} component={Link} to={`/?unit=${encodeURIComponent(p.code)}`} size="sm">
                  {nameOf(p)}
                </Anchor>
              ))}
              <Text size="sm" fw={600} span>
                {nameOf(area.data.unit)}
              </Text>
            </Breadcrumbs>
          )}

          <div>
            <Group gap="xs" align="baseline" wrap="wrap">
              <Title order={3} size="h3">
                {nameOf(area.data.unit)}
              </Title>
              <Text c="dimmed" size="sm">
                {t(`kind.${area.data.unit.kind}`)} · {t('common.code')} {area.data.unit.code}
              </Text>
            </Group>
            <Group gap="md" wrap="wrap">
              {hasPermission(me, 'user.read') && (
                <Anchor component={Link} to={`/users?unit=${encodeURIComponent(area.data.unit.code)}`} size="sm">
                  {t('area.viewUsers')}
                </Anchor>
              )}
              {hasPermission(me, 'progress.read') && (
                <Anchor component={Link} to={/^\d{2,6}$/.test(area.data.unit.code) ? `/progress?unit=${area.data.unit.code}` : '/progress'} size="sm" data-testid="area-progress">
                  {shellT('area.progress')}
                </Anchor>
              )}
            </Group>
          </div>

          <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="sm">
            {COUNT_KEYS.filter((k) => area.data.unit.counts[k] !== undefined).map((k) => (
              <StatCard key={k} label={t(`count.${k}`)} value={area.data.unit.counts[k] ?? 0} />
            ))}
          </SimpleGrid>

          {area.data.roots.length > 1 && (
            <Group gap="xs">
              <Text size="sm" c="dimmed">
                {t('area.roots')}:
              </Text>
              {area.data.roots.map((r) => (
                <Button key={r.code} component={Link} to={`/?unit=${encodeURIComponent(r.code)}`} size="compact-sm" variant="light">
                  {nameOf(r)}
                </Button>
              ))}
            </Group>
          )}

          <AreaChildren area={area.data} />
        </Stack>
      )}
    </>
  );
}
