import { useEffect, useRef, useState, type ReactNode } from 'react';
import { Alert, Anchor, Badge, Button, FileInput, Group, Loader, Paper, Progress, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { Link } from 'react-router';
import { ERROR_MESSAGES } from '@ntag/shared';
import { isApiError } from '../../api/ApiError';
import type { ImportProblem, ImportReport } from '../../api/contract';
import { DataTable, type Column } from '../../components/DataTable';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageHeader } from '../../components/PageHeader';
import { StatCard } from '../../components/StatCard';
import { downloadImportTemplate, useImportFarmers } from '../../features/farmers/useFarmers';
import { formatNumber, useT } from '../../i18n/I18nProvider';
import { PdpaNotice } from './PdpaNotice';

/** The API refuses bigger files (413); checked here first so nobody waits for an upload to fail. */
const MAX_BYTES = 20 * 1024 * 1024;
const ACCEPT = '.xlsx,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv';

type LocalProblem = 'type' | 'size' | null;

function checkFile(file: File | null): LocalProblem {
  if (!file) return null;
  if (!/\.(xlsx|csv)$/i.test(file.name)) return 'type';
  if (file.size > MAX_BYTES) return 'size';
  return null;
}

const mb = (bytes: number) => (bytes / 1024 / 1024).toLocaleString('en-US', { maximumFractionDigits: 2 });

/**
 * นำเข้าจาก Excel in three steps: the template; a check of the chosen file (dry run, nothing
 * written) with every problem by row and column; then the import of the same file.
 */
export function ImportPage() {
  const t = useT();
  const [file, setFile] = useState<File | null>(null);
  const template = useMutation({ mutationFn: downloadImportTemplate });
  const [progress, setProgress] = useState<{ sent: number; total: number } | null>(null);
  const check = useImportFarmers();
  const run = useImportFarmers();
  const localProblem = checkFile(file);
  const report = check.data;
  const result = run.data;

  const choose = (f: File | null) => {
    setFile(f);
    check.reset();
    run.reset();
    setProgress(null);
  };

  const send = (dryRun: boolean) => {
    if (!file || localProblem) return;
    const m = dryRun ? check : run;
    setProgress({ sent: 0, total: file.size });
    m.mutate({ file, dryRun, onProgress: (sent, total) => setProgress({ sent, total }) }, { onSettled: () => setProgress(null) });
  };

  const busy = check.isPending || run.isPending;

  return (
    <>
      <PageHeader
        title={t('import.title')}
        actions={
          <Button component={Link} to="/farmers" variant="default">
            {t('farmers.backToList')}
          </Button>
        }
      />
      <Stack gap="md" maw={960}>
        <PdpaNotice />

        <Step n={1} title={t('import.step1')}>
          <Text size="sm" mb="xs">
            {t('import.step1Hint')}
          </Text>
          <Button variant="light" onClick={() => template.mutate()} loading={template.isPending}>
            {t('import.downloadTemplate')}
          </Button>
          {!!template.error && (
            <Stack mt="xs">
              <ImportError error={template.error} />
            </Stack>
          )}
        </Step>

        <Step n={2} title={t('import.step2')}>
          <Stack gap="sm">
            <FileInput
              label={t('import.file')}
              description={t('import.fileHint')}
              placeholder={t('import.pickFile')}
              accept={ACCEPT}
              value={file}
              onChange={choose}
              clearable
              disabled={busy}
              error={localProblem === 'type' ? t('import.notSpreadsheet') : localProblem === 'size' ? t('import.tooLargeSize', { size: mb(file!.size) }) : undefined}
            />
            <Group>
              <Button onClick={() => send(true)} disabled={!file || !!localProblem || run.isPending} loading={check.isPending}>
                {t('import.check')}
              </Button>
            </Group>
            {check.isPending && <Busy progress={progress} />}
            {!!check.error && <ImportError error={check.error} />}
            {report && <ReportView report={report} />}
          </Stack>
        </Step>

        <Step n={3} title={t('import.step3')}>
          <Stack gap="sm">
            {!report && !result && (
              <Text size="sm" c="dimmed">
                {t('import.step3Wait')}
              </Text>
            )}
            {report && !result && (
              <>
                <Text size="sm">
                  {report.valid > 0
                    ? t('import.willImport', { valid: formatNumber(report.valid), invalid: formatNumber(report.invalid) })
                    : t('import.nothingValid')}
                </Text>
                <Group>
                  <Button onClick={() => send(false)} disabled={report.valid === 0 || check.isPending} loading={run.isPending}>
                    {t('import.run')}
                  </Button>
                </Group>
              </>
            )}
            {run.isPending && <Busy progress={progress} />}
            {!!run.error && <ImportError error={run.error} />}
            {result && <ResultView result={result} />}
          </Stack>
        </Step>
      </Stack>
    </>
  );
}

function Step({ n, title, children }: { n: number; title: string; children: ReactNode }) {
  return (
    <Paper withBorder p="md" radius="md" component="section">
      <Group gap="xs" mb="sm" wrap="nowrap" align="center">
        <Badge size="lg" circle variant="filled">
          {n}
        </Badge>
        <Title order={3} size="h4">
          {title}
        </Title>
      </Group>
      {children}
    </Paper>
  );
}

/** Upload progress, then a spinner while the server reads the file (a big file takes a while). */
function Busy({ progress }: { progress: { sent: number; total: number } | null }) {
  const t = useT();
  const uploading = progress && progress.total > 0 && progress.sent < progress.total;
  const pct = progress && progress.total > 0 ? Math.round((progress.sent / progress.total) * 100) : 0;
  return (
    <Stack gap={4} aria-live="polite" aria-busy="true">
      {uploading ? (
        <>
          <Text size="sm">{t('import.uploading', { pct })}</Text>
          <Progress value={pct} animated aria-label={t('import.uploading', { pct })} />
        </>
      ) : (
        <Group gap="xs">
          <Loader size="sm" />
          <Text size="sm">{t('import.processing')}</Text>
        </Group>
      )}
    </Stack>
  );
}

/** 413 and "not a spreadsheet" in words the officer can act on; the rest as everywhere else. */
function ImportError({ error }: { error: unknown }) {
  const t = useT();
  if (isApiError(error, 413)) {
    return (
      <Alert color="red" variant="light" role="alert">
        {t('import.tooLarge')}
      </Alert>
    );
  }
  if (isApiError(error, 415) || (isApiError(error) && !(error.code in ERROR_MESSAGES) && /spreadsheet|file|format/i.test(error.code))) {
    return (
      <Alert color="red" variant="light" role="alert">
        {t('import.notSpreadsheet')}
      </Alert>
    );
  }
  // Field issues here are about the upload itself ("file"), in developer English: not shown.
  return <ErrorAlert error={error} hideIssues />;
}

function ReportView({ report }: { report: ImportReport }) {
  const t = useT();
  const columns: Column<ImportProblem>[] = [
    { key: 'row', header: t('import.row'), cell: (p) => formatNumber(p.row), align: 'right' },
    { key: 'column', header: t('import.column'), cell: (p) => p.column || '–' },
    // On a phone each card is titled by the problem, with its row and column under it.
    { key: 'message', header: t('import.problem'), cell: (p) => p.message, primary: true },
  ];
  return (
    <Stack gap="sm" data-testid="import-report">
      <Text size="sm" fw={600}>
        {t('import.reportFor', { file: report.fileName })}
      </Text>
      <SimpleGrid cols={{ base: 3 }} spacing="xs">
        <StatCard label={t('import.rows')} value={report.rows} />
        <StatCard label={t('import.valid')} value={report.valid} />
        <StatCard label={t('import.invalid')} value={report.invalid} />
      </SimpleGrid>
      {report.problemCount === 0 ? (
        <Alert color="ntag" variant="light">
          {t('import.noProblems')}
        </Alert>
      ) : (
        <>
          <Text size="sm">
            {t('import.problemCount', { count: formatNumber(report.problemCount) })}
            {report.truncated && (
              <Text span size="sm" c="orange.9" fw={600}>
                {' '}
                {t('import.truncated', { count: formatNumber(report.problems.length) })}
              </Text>
            )}
          </Text>
          <ProblemRows problems={report.problems} columns={columns} />
        </>
      )}
    </Stack>
  );
}

/** The problem table; long lists scroll inside their own box so step 3 stays in reach. */
function ProblemRows({ problems, columns }: { problems: ImportProblem[]; columns: Column<ImportProblem>[] }) {
  const t = useT();
  return (
    <div style={{ maxHeight: 480, overflowY: 'auto' }}>
      <DataTable columns={columns} rows={problems} rowKey={(p) => `${p.row}:${p.column}:${p.code}:${p.message}`} minWidth={520} caption={t('import.problems')} />
    </div>
  );
}

function ResultView({ result }: { result: ImportReport }) {
  const t = useT();
  const ref = useRef<HTMLDivElement>(null);
  // The result appears under a long report: bring it into view. (A block body: Chromium's
  // scrollIntoView now returns a promise, which React would take for the effect's cleanup.)
  useEffect(() => {
    ref.current?.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
  }, []);
  return (
    <Stack gap="sm" data-testid="import-result" ref={ref}>
      <Alert color="ntag" variant="light" role="status" title={t('import.done')}>
        <Text size="sm">{t('import.doneHint', { file: result.fileName })}</Text>
      </Alert>
      <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="xs">
        <StatCard label={t('import.created')} value={result.created} />
        <StatCard label={t('import.updated')} value={result.updated} />
        <StatCard label={t('import.unchanged')} value={result.unchanged} />
        <StatCard label={t('import.invalid')} value={result.invalid} />
      </SimpleGrid>
      <Group>
        <Anchor component={Link} to="/farmers">
          {t('import.toList')}
        </Anchor>
      </Group>
    </Stack>
  );
}
