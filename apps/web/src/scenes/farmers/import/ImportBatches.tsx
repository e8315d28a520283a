import { useState } from 'react';
import { Alert, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { formatDateTime } from '@ntag/shared';
import type { ImportBatch, UndoResult } from '../../../api/contract';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { useImportBatches, useUndoImport } from '../../../features/farmers/useFarmers';
import { formatNumber } from '../../../i18n/I18nProvider';
import { useImportT } from './importText';

/** The office's committed imports of the last 30 days; one still within 7 days can be undone as a whole. */
export function ImportBatches() {
  const t = useImportT();
  const batches = useImportBatches();
  const undo = useUndoImport();
  const [result, setResult] = useState<UndoResult | null>(null);
  const items = batches.data?.items ?? [];
  const canUndo = (b: ImportBatch) => b.status === 'done' && !!b.undoUntil && new Date(b.undoUntil) > new Date();
  return (
    <Paper withBorder p="md" radius="md" component="section" data-testid="import-batches">
      <Title order={3} size="h4" mb={4}>{t('import.batches')}</Title>
      <Text size="sm" c="dimmed" mb="sm">{t('import.batchesHint')}</Text>
      {!!batches.error && <ErrorAlert error={batches.error} />}
      {!!undo.error && <ErrorAlert error={undo.error} />}
      {result && (
        <Alert color="ntag" variant="light" role="status" mb="sm" data-testid="undo-result">
          <Text size="sm">{t('import.undone', { removed: formatNumber(result.removed), restored: formatNumber(result.restored) })}</Text>
          {result.kept.length > 0 && (
            <Text size="sm">{t('import.kept', { count: formatNumber(result.kept.length), names: result.kept.slice(0, 10).map((k) => k.name).join(', ') })}</Text>
          )}
        </Alert>
      )}
      {items.length === 0 && !batches.isLoading && <Text size="sm" c="dimmed">{t('import.noBatches')}</Text>}
      <Stack gap="xs">
        {items.slice(0, 10).map((b) => (
          <Group key={b.id} justify="space-between" wrap="wrap" gap="xs">
            <Stack gap={0}>
              <Text size="sm" fw={600}>{b.fileName}</Text>
              <Text size="xs" c="dimmed">
                {formatDateTime(b.createdAt)} · {t(`import.status.${b.status === 'undone' ? 'undone' : b.status === 'done' ? 'done' : 'failed'}`)}
                {' · '}+{formatNumber(b.created)} / ~{formatNumber(b.updated)}
                {canUndo(b) && b.undoUntil ? ` · ${t('import.undoUntil', { date: formatDateTime(b.undoUntil) })}` : ''}
              </Text>
            </Stack>
            {canUndo(b) && (
              <Button
                size="xs" color="red" variant="light" loading={undo.isPending && undo.variables === b.id}
                onClick={() => {
                  if (!window.confirm(t('import.undoConfirm', { file: b.fileName }))) return;
                  undo.mutate(b.id, { onSuccess: setResult });
                }}
              >
                {t('import.undo')}
              </Button>
            )}
          </Group>
        ))}
      </Stack>
    </Paper>
  );
}
