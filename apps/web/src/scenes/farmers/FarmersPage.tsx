import { Button, Grid, Group, Paper, Stack, Text, TextInput } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { Link } from 'react-router';
import { isApiError } from '../../api/ApiError';
import { AreaPicker } from '../../components/AreaPicker';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Loading } from '../../components/Loading';
import { OutOfScope } from '../../components/OutOfScope';
import { PageHeader } from '../../components/PageHeader';
import { usePatchParams, useSearchText } from '../../components/usePatchParams';
import { hasPermission, useMe } from '../../features/auth/useMe';
import { exportFarmers, useFarmerList } from '../../features/farmers/useFarmers';
import { formatNumber, useT } from '../../i18n/I18nProvider';
import { FarmersTable } from './FarmersTable';
import { EmptyState } from '../../components/EmptyState';
import { useWorkT } from '../../i18n/work';

/**
 * ทะเบียนเกษตรกร: farmers in my scope, by name or national id, filtered by area. The filters
 * live in the query string (?area=4001&q=สมใจ) so that links and the back button keep them.
 */
export function FarmersPage() {
  const t = useT();
  const workT = useWorkT();
  const { data: me } = useMe();
  const [params, update] = usePatchParams();
  const area = params.get('area')?.trim() || '';
  const q = params.get('q') ?? '';
  const [search, setSearch] = useSearchText(params, update, 350);
  const exporter = useMutation({ mutationFn: exportFarmers });

  const filter = { area: area || undefined, q: q || undefined };
  const list = useFarmerList(filter);
  const areaMissing = isApiError(list.error, 404);
  const items = list.data?.pages.flatMap((p) => p.items) ?? [];
  const total = list.data?.pages[0]?.total ?? 0;

  return (
    <>
      <PageHeader
        title={t('farmers.title')}
        actions={
          <Group gap="xs" wrap="wrap">
            {hasPermission(me, 'farmer.create') && (
              <Button component={Link} to="/farmers/new">
                {t('farmers.add')}
              </Button>
            )}
            {hasPermission(me, 'farmer.import') && (
              <Button component={Link} to="/farmers/import" variant="light">
                {t('farmers.import')}
              </Button>
            )}
            {hasPermission(me, 'farmer.export') && (
              <Button variant="default" onClick={() => exporter.mutate(filter)} loading={exporter.isPending}>
                {t('farmers.export')}
              </Button>
            )}
          </Group>
        }
      />
      {!!exporter.error && (
        <Stack mb="md">
          <ErrorAlert error={exporter.error} title={t('farmers.exportFailed')} />
        </Stack>
      )}
      <Paper withBorder p="sm" radius="md" mb="md">
        <Grid gap="xs" align="flex-start">
          <Grid.Col span={{ base: 12, md: 5 }}>
            <TextInput
              type="search"
              label={t('common.search')}
              placeholder={t('farmers.search')}
              value={search}
              onChange={(e) => setSearch(e.currentTarget.value)}
              autoComplete="off"
            />
            {!hasPermission(me, 'farmer.read_id') && (
              <Text size="xs" c="dimmed" mt={4}>
                {t('farmers.searchMaskedHint')}
              </Text>
            )}
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 7 }}>
            <AreaPicker value={area} onChange={(code) => update({ area: code || undefined })} />
          </Grid.Col>
        </Grid>
      </Paper>

      {list.isPending && <Loading />}
      {areaMissing ? (
        <OutOfScope message={t('area.notFound')}>
          <Button variant="light" size="xs" onClick={() => update({ area: undefined })}>
            {t('common.clear')}
          </Button>
        </OutOfScope>
      ) : (
        list.error && !list.data && <ErrorAlert error={list.error} />
      )}
      {list.data && !areaMissing && (
        <Stack gap="sm">
          <Text size="sm" c="dimmed" aria-live="polite" data-testid="farmer-count">
            {t('farmers.count', { shown: formatNumber(items.length), total: formatNumber(total) })}
          </Text>
          <div style={{ opacity: list.isPlaceholderData ? 0.6 : 1 }}>
            <FarmersTable
              farmers={items}
              empty={
                area || q ? (
                  <EmptyState title={workT('empty.filtered')} hint={t('farmers.none')}>
                    <Button size="sm" variant="light" onClick={() => update({ area: undefined, q: undefined })}>
                      {workT('empty.clearFilter')}
                    </Button>
                  </EmptyState>
                ) : (
                  <EmptyState title={workT('empty.farmers')} hint={workT('empty.farmersHint')}>
                    {hasPermission(me, 'farmer.create') && (
                      <Button size="sm" component={Link} to="/farmers/new">
                        {workT('empty.addFarmer')}
                      </Button>
                    )}
                    {hasPermission(me, 'farmer.import') && (
                      <Button size="sm" variant="light" component={Link} to="/farmers/import">
                        {workT('empty.importFarmers')}
                      </Button>
                    )}
                  </EmptyState>
                )
              }
            />
          </div>
          {list.error && <ErrorAlert error={list.error} />}
          {list.hasNextPage && (
            <Group justify="center">
              <Button variant="light" onClick={() => void list.fetchNextPage()} loading={list.isFetchingNextPage}>
                {t('farmers.loadMore')}
              </Button>
            </Group>
          )}
        </Stack>
      )}
    </>
  );
}
