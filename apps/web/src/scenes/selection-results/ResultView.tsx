import { Alert, Group, List, Paper, Stack, Text, Title } from '@mantine/core';
import { formatDateTime } from '@ntag/shared';
import type { SelectionResult } from '../../api/contract';
import { FormDownloads } from '../../components/FormDownloads';
import { downloadSelectionResult } from '../../features/plan/usePlan';
import { formatNumber, useLang } from '../../i18n/I18nProvider';
import { usePlanT } from '../../i18n/plan';
import { StateBadge } from '../reports/StateBadge';
import { ResultActions } from './ResultActions';
import { ProvinceTable, TambonTable } from './ResultTables';

/** One selection result: where it stands, its figures (live while the unit holds it, frozen once sent), actions, versions, print. */
export function ResultView({ result }: { result: SelectionResult }) {
  const t = usePlanT();
  const { lang } = useLang();
  const c = result.content;
  const kind = result.unit.kind === 'agency' ? 'agency' : 'province';
  const missing = (c.provinces ?? []).filter((p) => p.accepted && (p.totals?.tambonsSelected ?? 0) === 0);
  return (
    <Paper withBorder p={{ base: 'sm', sm: 'md' }} radius="md" data-testid="selection-result" data-unit={result.unit.code} data-state={result.state}>
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" wrap="wrap">
          <Stack gap={2}>
            <Title order={3} size="h4">{kind === 'agency' ? `${t('results.summary')} · ${result.unit.nameTh}` : result.unit.nameTh}</Title>
            {result.sentTo && <Text size="sm" c="dimmed">{t('results.sentTo', { name: result.sentTo.nameTh })}</Text>}
          </Stack>
          <span data-testid="result-state"><StateBadge state={result.state} /></span>
        </Group>
        {result.state === 'returned' && result.returnReason && (
          <Alert color="orange" variant="light" data-testid="result-return-reason">{t('results.returnedBecause', { reason: result.returnReason })}</Alert>
        )}
        <Text size="sm" data-testid="result-totals">
          {t('results.totals', {
            tambons: formatNumber(c.totals.tambonsSelected), targets: formatNumber(c.totals.targetTambonsSelected), allTargets: formatNumber(c.totals.targetTambons),
            selected: formatNumber(c.totals.selected), groups: formatNumber(c.totals.groups), formed: formatNumber(c.totals.groupsFormed),
          })}
        </Text>
        {missing.length > 0 && <Alert color="yellow" variant="light">{t('results.atLeastOne', { list: missing.map((p) => p.nameTh).join(', ') })}</Alert>}
        {kind === 'agency' ? <ProvinceTable content={c} /> : <TambonTable content={c} />}
        <ResultActions key={`${result.id}-${result.version}`} result={result} />
        {result.versions.length > 0 && (
          <div>
            <Text fw={600} size="sm">{t('results.versions')}</Text>
            <List size="sm" data-testid="result-versions">
              {result.versions.map((v) => (
                <List.Item key={v.number} data-testid="result-version" data-version={v.number}>
                  {t('results.version', { n: v.number, at: formatDateTime(v.submittedAt, lang), by: v.submittedBy ?? '–' })}
                  {v.decision === 'accepted' && ` · ${t('results.decision.accepted')}`}
                  {v.decision === 'returned' && ` · ${t('results.decision.returned', { reason: v.reason ?? '' })}`}
                </List.Item>
              ))}
            </List>
          </div>
        )}
        <FormDownloads
          errorTitle={t('results.printError')}
          items={[
            { key: 'pdf', label: t('results.pdf'), run: () => downloadSelectionResult(kind, result.unit.code, result.cohort, 'pdf'), primary: true },
            { key: 'xlsx', label: t('results.xlsx'), run: () => downloadSelectionResult(kind, result.unit.code, result.cohort, 'xlsx') },
          ]}
        />
      </Stack>
    </Paper>
  );
}
