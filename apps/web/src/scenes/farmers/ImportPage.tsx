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
import { downloadImportTemplate, downloadMarkedWorkbook, useImportFarmers, useImportProgress } from '../../features/farmers/useFarmers';
import type { ImportField, ImportMapping } from '../../api/contract';
import { ImportBatches } from './import/ImportBatches';
import { PondListOption } from './import/PondListOption';
import { MappingTable } from './import/MappingTable';
import { useImportT } from './import/importText';
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
 * นำเข้าจาก Excel in three steps: the template (or the office's own file); a check of the
 * chosen file (dry run, nothing written) with the proposed column mapping on one screen, which
 * the officer can change and check again, every problem by row, column and value, and the
 * workbook back with the problem cells marked; then the import with that mapping, and the
 * office's recent imports with undo.
 */
export function ImportPage() {
  const t = useT();
  const ti = useImportT();
  const [file, setFile] = useState<File | null>(null);
  const template = useMutation({ mutationFn: downloadImportTemplate });
  const [progress, setProgress] = useState<{ sent: number; total: number } | null>(null);
  const [batch, setBatch] = useState<string | null>(null);
  const check = useImportFarmers();
  const run = useImportFarmers();
  const marked = useMutation({ mutationFn: ({ f, m }: { f: File; m?: ImportMapping }) => downloadMarkedWorkbook(f, m) });
  const localProblem = checkFile(file);
  const report = check.data;
  const result = run.data;
  // The mapping on screen: what the last check used, as the officer changes it.
  const [fields, setFields] = useState<Record<string, ImportField | null>>({});
  const [sheet, setSheet] = useState('');
  const [edited, setEdited] = useState(false);
  /** The LDD pond list: the cohort whose กท.01 candidates the farmers become (null: an ordinary list). */
  const [cohort, setCohort] = useState<number | null>(null);
  const rowsProgress = useImportProgress(batch, check.isPending || run.isPending);

  useEffect(() => {
    if (!report) return;
    setFields(Object.fromEntries(report.mapping.columns.map((c) => [c.column, c.field ?? null])));
    setSheet(report.mapping.sheet);
    setEdited(false);
  }, [report]);

  const choose = (f: File | null) => {
    setFile(f);
    check.reset();
    run.reset();
    setProgress(null);
  };

  /** The mapping to send: none until the officer has seen one; then the sheet and every column. */
  const mapping = (): ImportMapping | undefined =>
    report ? { sheet, columns: sheet === report.mapping.sheet ? Object.entries(fields).map(([column, field]) => ({ column, field })) : undefined } : undefined;

  const send = (dryRun: boolean) => {
    if (!file || localProblem) return;
    const m = dryRun ? check : run;
    const id = crypto.randomUUID();
    setBatch(id);
    setProgress({ sent: 0, total: file.size });
    m.mutate({ file, dryRun, mapping: mapping(), batch: id, cohort: dryRun ? undefined : (cohort ?? undefined), onProgress: (sent, total) => setProgress({ sent, total }) }, { onSettled: () => setProgress(null) });
  };

  const busy = check.isPending || run.isPending;
  const rows = rowsProgress.data;

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
            {ti('import.step1Any')}
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
            {check.isPending && <Busy progress={progress} rows={rows} />}
            {!!check.error && <ImportError error={check.error} />}
            {report && (
              <Stack gap="xs">
                <Title order={4} size="h5">{ti('import.mapping')}</Title>
                <Text size="sm" c="dimmed">{ti('import.mappingHint')}</Text>
                <MappingTable
                  report={report} fields={fields} sheet={sheet} disabled={busy}
                  onField={(column, field) => { setFields((f) => ({ ...f, [column]: field })); setEdited(true); }}
                  onSheet={(s) => { setSheet(s); setEdited(true); }}
                />
                <Group>
                  <Button variant={edited ? 'filled' : 'light'} onClick={() => send(true)} loading={check.isPending} disabled={run.isPending} data-testid="import-recheck">
                    {ti('import.recheck')}
                  </Button>
                </Group>
              </Stack>
            )}
            {report && <ReportView report={report} />}
            {report && report.problemCount > 0 && file && (
              <Stack gap={4}>
                <Group>
                  <Button variant="light" color="orange" onClick={() => marked.mutate({ f: file, m: mapping() })} loading={marked.isPending} data-testid="import-marked">
                    {ti('import.downloadMarked')}
                  </Button>
                </Group>
                <Text size="xs" c="dimmed">{ti('import.downloadMarkedHint')}</Text>
                {!!marked.error && <ImportError error={marked.error} />}
              </Stack>
            )}
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
                <PondListOption cohort={cohort} onChange={setCohort} disabled={run.isPending} />
                <Group>
                  <Button onClick={() => send(false)} disabled={report.valid === 0 || check.isPending || edited} loading={run.isPending} data-testid="import-run">
                    {t('import.run')}
                  </Button>
                </Group>
              </>
            )}
            {run.isPending && <Busy progress={progress} rows={rows} />}
            {!!run.error && <ImportError error={run.error} />}
            {result && <ResultView result={result} />}
          </Stack>
        </Step>

        <ImportBatches />
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

/** Upload progress, then rows done / total while the server checks and writes (a big file takes a while). */
function Busy({ progress, rows }: { progress: { sent: number; total: number } | null; rows?: { rowsDone: number; rowsTotal: number } }) {
  const t = useT();
  const ti = useImportT();
  const uploading = progress && progress.total > 0 && progress.sent < progress.total;
  const pct = progress && progress.total > 0 ? Math.round((progress.sent / progress.total) * 100) : 0;
  return (
    <Stack gap={4} aria-live="polite" aria-busy="true">
      {uploading ? (
        <>
          <Text size="sm">{t('import.uploading', { pct })}</Text>
          <Progress value={pct} animated aria-label={t('import.uploading', { pct })} />
        </>
      ) : rows && rows.rowsTotal > 0 ? (
        <>
          <Text size="sm" data-testid="import-rows-progress">{ti('import.rowsDone', { done: formatNumber(rows.rowsDone), total: formatNumber(rows.rowsTotal) })}</Text>
          <Progress value={Math.round((rows.rowsDone / rows.rowsTotal) * 100)} animated aria-label={t('import.processing')} />
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
  const ti = useImportT();
  const columns: Column<ImportProblem>[] = [
    { key: 'row', header: t('import.row'), cell: (p) => (p.row ? formatNumber(p.row) : '–'), align: 'right' },
    { key: 'column', header: t('import.column'), cell: (p) => p.column || '–' },
    { key: 'value', header: ti('import.value'), cell: (p) => p.value || '–' },
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
      {report.ignored > 0 && <Text size="sm" c="dimmed">{ti('import.ignoredRows')}: {formatNumber(report.ignored)}</Text>}
      {report.ignoredColumns.length > 0 && <Text size="sm" c="dimmed" data-testid="import-ignored-columns">{ti('import.ignoredColumns', { list: report.ignoredColumns.join(', ') })}</Text>}
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
  const ti = useImportT();
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
      {result.candidates > 0 && <Text size="sm" data-testid="import-candidates">{ti('import.pondListDone', { count: formatNumber(result.candidates) })}</Text>}
      <Group>
        <Anchor component={Link} to="/farmers">
          {t('import.toList')}
        </Anchor>
      </Group>
    </Stack>
  );
}
