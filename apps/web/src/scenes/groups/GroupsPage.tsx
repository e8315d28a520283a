import { useCallback, useState } from 'react';
import { Button, Grid, Paper, Stack, Text, TextInput } from '@mantine/core';
import { isApiError } from '../../api/ApiError';
import { AreaPicker } from '../../components/AreaPicker';
import { CohortSelect } from '../../components/CohortSelect';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Loading } from '../../components/Loading';
import { OutOfScope } from '../../components/OutOfScope';
import { PageHeader } from '../../components/PageHeader';
import { usePatchParams, useSearchText } from '../../components/usePatchParams';
import { hasPermission, useMe } from '../../features/auth/useMe';
import { useGroupList } from '../../features/groups/useGroups';
import { useCohortChoice } from '../../features/program/cohort';
import { formatNumber } from '../../i18n/I18nProvider';
import { useStepsT } from '../../i18n/steps';
import { CreateGroupModal } from './CreateGroupModal';
import { GroupsTable } from './GroupsTable';
import { Link } from 'react-router';
import { EmptyState } from '../../components/EmptyState';
import { useWorkT } from '../../i18n/work';

/**
 * กลุ่มต้นแบบ: the model groups in my scope for a cohort, by area and name, with their member
 * count and whether they are formed. Filters live in the URL (?cohort=2569&area=4001&q=...).
 */
export function GroupsPage() {
  const t = useStepsT();
  const workT = useWorkT();
  const { data: me } = useMe();
  const [params, patch] = usePatchParams();
  const { years, year, query: cohorts } = useCohortChoice(params.get('cohort'));
  const area = params.get('area') ?? '';
  const q = params.get('q') ?? '';
  const [search, setSearch] = useSearchText(params, patch, 350);
  const [creating, setCreating] = useState(false);
  const setArea = useCallback((code: string) => patch({ area: code || undefined }), [patch]);

  const enabled = year !== null;
  const list = useGroupList({ unit: area || undefined, cohort: year ?? undefined, q: q || undefined }, enabled);
  const groups = list.data ?? [];
  const formed = groups.filter((g) => g.formed).length;

  return (
    <>
      <PageHeader
        title={t('groups.title')}
        actions={
          hasPermission(me, 'group.create') && (
            <Button onClick={() => setCreating(true)} disabled={!enabled}>
              {t('groups.create')}
            </Button>
          )
        }
      />
      <Paper withBorder p="sm" radius="md" mb="md">
        <Grid gap="xs" align="flex-start">
          <Grid.Col span={{ base: 12, sm: 'content' }}>
            <CohortSelect years={years} value={year} onChange={(y) => patch({ cohort: String(y) })} w={{ base: '100%', sm: 150 }} />
          </Grid.Col>
          <Grid.Col span={{ base: 12, sm: 'auto' }}>
            <TextInput
              type="search"
              label={t('common.search')}
              placeholder={t('groups.search')}
              value={search}
              onChange={(e) => setSearch(e.currentTarget.value)}
              autoComplete="off"
            />
          </Grid.Col>
          <Grid.Col span={12}>
            <AreaPicker value={area} onChange={setArea} />
          </Grid.Col>
        </Grid>
      </Paper>
      {cohorts.error && <ErrorAlert error={cohorts.error} />}
      {(list.isPending || cohorts.isPending) && !cohorts.error && <Loading />}
      {isApiError(list.error, 404) ? <OutOfScope message={t('area.notFound')} /> : list.error && <ErrorAlert error={list.error} />}
      {list.data && (
        <Stack gap="sm" style={{ opacity: list.isPlaceholderData ? 0.6 : 1 }}>
          <Text size="sm" c="dimmed" aria-live="polite" data-testid="group-count">
            {t('groups.count', { count: formatNumber(groups.length), formed: formatNumber(formed) })}
          </Text>
          <GroupsTable
            groups={groups}
            empty={
              area || search ? (
                <EmptyState title={workT('empty.filtered')} hint={workT('empty.groupsHint')}>
                  <Button size="sm" variant="light" onClick={() => { setSearch(''); patch({ area: undefined, q: undefined }); }}>
                    {workT('empty.clearFilter')}
                  </Button>
                </EmptyState>
              ) : (
                <EmptyState title={workT('empty.groups')} hint={workT('empty.groupsHint')}>
                  <Button size="sm" variant="light" component={Link} to={`/selection${year ? `?cohort=${year}` : ''}`}>
                    {t('selection.title')}
                  </Button>
                </EmptyState>
              )
            }
          />
        </Stack>
      )}
      {creating && year !== null && <CreateGroupModal years={years} cohort={year} area={area} onClose={() => setCreating(false)} />}
    </>
  );
}
