import { useState } from 'react';
import { Button, FileButton, Group, Paper, Stack, Text, Textarea } from '@mantine/core';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useResolveTambons } from '../../features/plan/usePlan';
import { formatNumber } from '../../i18n/I18nProvider';
import { usePlanT } from '../../i18n/plan';

/**
 * A list of target tambons pasted from a spreadsheet or read from a .csv/.txt file: the API
 * reads it line by line (codes, or tambon/district/province names) and says which lines name no
 * tambon or several; the tambons found are added to the list on the page, to be saved.
 */
export function TargetImport({ cohort, onAdd }: { cohort: number; onAdd: (codes: string[]) => void }) {
  const t = usePlanT();
  const [text, setText] = useState('');
  const resolve = useResolveTambons();
  const lines = text.split(/\r?\n/);
  const result = resolve.data;
  const codes = [...new Set((result?.matched ?? []).map((m) => m.code))];

  return (
    <Paper withBorder p="sm" radius="md">
      <Stack gap="xs">
        <Text fw={600}>{t('targets.import')}</Text>
        <Text size="sm" c="dimmed">{t('targets.importHint')}</Text>
        <Textarea label={t('targets.importLines')} value={text} onChange={(e) => { setText(e.currentTarget.value); resolve.reset(); }} autosize minRows={3} maxRows={10} data-testid="targets-import-text" />
        <Group gap="xs">
          <FileButton accept=".csv,.txt,text/plain,text/csv" onChange={(f) => f && void f.text().then((s) => { setText(s); resolve.reset(); })}>
            {(props) => <Button variant="default" {...props}>{t('targets.importFile')}</Button>}
          </FileButton>
          <Button variant="light" disabled={!text.trim()} loading={resolve.isPending} onClick={() => resolve.mutate({ cohort, lines: lines.slice(0, 10000) })} data-testid="targets-check">
            {t('targets.check')}
          </Button>
        </Group>
        {!!resolve.error && <ErrorAlert error={resolve.error} />}
        {result && (
          <Stack gap={4} data-testid="targets-import-result">
            <Text size="sm" c="green.8">{t('targets.matched', { count: formatNumber(codes.length), already: formatNumber(result.matched.filter((m) => m.alreadyTarget).length) })}</Text>
            {result.problems.length > 0 && (
              <>
                <Text size="sm" c="red.8">{t('targets.problems', { count: formatNumber(result.problems.length) })}</Text>
                {result.problems.slice(0, 50).map((p) => (
                  <Text size="xs" key={p.line}>
                    {t('targets.line', { line: p.line })}: {p.text} — {p.message}
                    {p.candidates.length > 0 && ` · ${t('targets.candidates', { list: p.candidates.map((c) => `${c.nameTh} อ.${c.districtNameTh} จ.${c.provinceNameTh} (${c.code})`).join(', ') })}`}
                  </Text>
                ))}
              </>
            )}
            <Group>
              <Button size="xs" disabled={!codes.length} onClick={() => { onAdd(codes); setText(''); resolve.reset(); }} data-testid="targets-add">
                {t('targets.addMatched', { count: formatNumber(codes.length) })}
              </Button>
            </Group>
          </Stack>
        )}
      </Stack>
    </Paper>
  );
}
