import { SimpleGrid, Stack, Text } from '@mantine/core';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Loading } from '../../components/Loading';
import { PageHeader } from '../../components/PageHeader';
import { hasPermission, useMe } from '../../features/auth/useMe';
import { useAgencies, useRegions } from '../../features/program/useAgencies';
import { formatNumber, useT } from '../../i18n/I18nProvider';
import { AgencyCard } from './AgencyCard';

/** The four host agencies and their provinces; the counts come from the data, not the seed text. */
export function AgenciesPage() {
  const t = useT();
  const agencies = useAgencies();
  const regions = useRegions();
  const { data: me } = useMe();
  const canAssign = hasPermission(me, 'agency.assign');
  const total = agencies.data?.reduce((s, a) => s + a.provinceCount, 0) ?? 0;

  return (
    <>
      <PageHeader title={t('agencies.title')} subtitle={t('agencies.intro')} />
      {agencies.isPending && <Loading />}
      {agencies.isError && <ErrorAlert error={agencies.error} />}
      {agencies.data && (
        <Stack>
          <Text size="sm" c="dimmed">
            {t('common.total')} {t('agencies.provinceCount', { count: formatNumber(total) })}
          </Text>
          <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md" style={{ alignItems: 'start' }}>
            {agencies.data.map((a) => (
              <AgencyCard
                key={a.code}
                agency={a}
                agencies={agencies.data}
                region={regions.data?.find((r) => r.code === a.regionCode)}
                canAssign={canAssign}
              />
            ))}
          </SimpleGrid>
        </Stack>
      )}
    </>
  );
}
