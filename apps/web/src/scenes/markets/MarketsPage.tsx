import { useCallback } from 'react';
import { Box, Paper, Stack, Text } from '@mantine/core';
import { PageHeader } from '../../components/PageHeader';
import { usePatchParams } from '../../components/usePatchParams';
import { useFieldT } from '../../i18n/field';
import { ProvinceSelect, useScopeProvinces } from '../field/ProvinceSelect';
import { AnalysisSection } from './AnalysisSection';
import { ChannelsSection } from './ChannelsSection';
import { FrameworkSection } from './FrameworkSection';

/**
 * การตลาด (step 5, the province's part): how market data is collected (outlet types and
 * questions), the analysis of what the districts surveyed (outlets by type and by product), and
 * the websites and social-media channels the province compiles. ?province=40.
 */
export function MarketsPage() {
  const t = useFieldT();
  const [params, patch] = usePatchParams();
  const province = params.get('province') ?? '';
  const setProvince = useCallback((code: string) => patch({ province: code || undefined }, true), [patch]);
  const several = useScopeProvinces().length > 1;
  return (
    <>
      <PageHeader title={t('markets.title')} subtitle={t('markets.subtitle')} />
      {several ? (
        <Paper withBorder p="sm" radius="md" mb="md">
          <ProvinceSelect value={province} onChange={setProvince} />
        </Paper>
      ) : (
        <Box mb="sm" mt={-8}>
          <ProvinceSelect value={province} onChange={setProvince} />
        </Box>
      )}
      {!province ? (
        <Text c="dimmed">{t('markets.pickProvince')}</Text>
      ) : (
        <Stack gap="md" maw={1100}>
          <FrameworkSection provinceCode={province} />
          <AnalysisSection provinceCode={province} />
          <ChannelsSection provinceCode={province} />
        </Stack>
      )}
    </>
  );
}
