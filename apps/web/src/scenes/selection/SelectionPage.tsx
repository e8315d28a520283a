import { useCallback, useState } from 'react';
import { Alert, Button, Grid, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { isApiError } from '../../api/ApiError';
import type { Candidate } from '../../api/contract';
import { AreaPicker } from '../../components/AreaPicker';
import { CohortSelect } from '../../components/CohortSelect';
import { ErrorAlert } from '../../components/ErrorAlert';
import { FormsPanel } from '../../components/FormDownloads';
import { Loading } from '../../components/Loading';
import { OutOfScope } from '../../components/OutOfScope';
import { PageHeader } from '../../components/PageHeader';
import { usePatchParams } from '../../components/usePatchParams';
import { hasPermission, useMe } from '../../features/auth/useMe';
import { useCohortChoice } from '../../features/program/cohort';
import { seesSelectionSummary } from '../../features/selection/summaryAccess';
import { downloadKt01, useSelection } from '../../features/selection/useSelection';
import { useNameOf } from '../../i18n/I18nProvider';
import { useStepsT } from '../../i18n/steps';
import { EmptyState } from '../../components/EmptyState';
import { useWorkT } from '../../i18n/work';
import { BatchConfirmModal, batchable, WaitingTambons } from './BatchSelect';
import { CandidatesTable } from './CandidatesTable';
import { Counts } from './Counts';
import { DecisionModal } from './DecisionModal';
import { ProposeModal } from './ProposeModal';
import { CandidateEditModal } from './CandidateEditModal';

type Dialog = { kind: 'propose' } | { kind: 'edit'; candidate: Candidate } | { kind: 'decide'; candidate: Candidate; decision: 'selected' | 'not_selected' } | null;

/**
 * คัดเลือกเกษตรกร (แบบ กท.01) of one tambon and cohort. The district proposes farmers with the
 * four criteria; the province selects or not. Filters live in the URL (?cohort=2569&area=400101).
 */
export function SelectionPage() {
  const t = useStepsT();
  const nameOf = useNameOf();
  const { data: me } = useMe();
  const [params, patch] = usePatchParams();
  const { years, year, query: cohorts } = useCohortChoice(params.get('cohort'));
  const area = params.get('area') ?? '';
  const tambon = area.length === 6 ? area : undefined;
  const list = useSelection(tambon, year);
  const [dialog, setDialog] = useState<Dialog>(null);
  const canPropose = hasPermission(me, 'selection.propose');
  const canDecide = hasPermission(me, 'selection.decide');
  const setArea = useCallback((code: string) => patch({ area: code || undefined }), [patch]);
  const data = list.data && tambon && list.data.tambon.code === tambon ? list.data : undefined;
  const workT = useWorkT();
  // Issue 15: the province ticks several candidates and selects them with one confirmation.
  const [picked, setPicked] = useState<ReadonlySet<string>>(new Set());
  const [batch, setBatch] = useState(false);
  const [done, setDone] = useState<number | null>(null);
  const pickable = data?.candidates.filter(batchable) ?? [];
  const ticked = pickable.filter((c) => picked.has(c.id));
  const pick = (c: Candidate, on: boolean) => setPicked((old) => { const next = new Set(old); if (on) next.add(c.id); else next.delete(c.id); return next; });

  return (
    <>
      <PageHeader
        title={t('selection.title')}
        subtitle={t('selection.subtitle')}
        actions={
          seesSelectionSummary(me) && (
            <Button component={Link} to={`/selection/summary${year ? `?cohort=${year}` : ''}`} variant="default">
              {t('summary.title')}
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
            <AreaPicker value={area} onChange={setArea} depth="tambon" />
          </Grid.Col>
        </Grid>
      </Paper>

      {canDecide && <WaitingTambons cohort={year} current={area} onPick={(code) => { setPicked(new Set()); setDone(null); setArea(code); }} />}
      {cohorts.error && <ErrorAlert error={cohorts.error} />}
      {!tambon && (
        <Alert color="ntag" variant="light" data-testid="pick-tambon">
          {t('selection.pickTambon')}
        </Alert>
      )}
      {tambon && (list.isPending || (list.isFetching && !data)) && <Loading />}
      {tambon && isApiError(list.error, 404) && list.error.code !== 'program.cohort_not_found' ? (
        <OutOfScope message={t('selection.tambonNotFound')} />
      ) : (
        tambon && list.error && <ErrorAlert error={list.error} />
      )}
      {data && (
        <Stack gap="md" style={{ opacity: list.isPlaceholderData ? 0.6 : 1 }}>
          <Group justify="space-between" align="flex-end" gap="sm" wrap="wrap">
            <Title order={3} size="h4">
              {t('selection.listTitle', { tambon: nameOf(data.tambon), year: data.cohort })}
            </Title>
            {canPropose && (
              <Button onClick={() => setDialog({ kind: 'propose' })} data-testid="propose" disabled={list.isPlaceholderData}>
                {t('selection.propose')}
              </Button>
            )}
          </Group>
          <Counts
            testId="selection-summary"
            items={[
              { label: t('selection.count.candidates'), value: data.summary.candidates },
              { label: t('selection.count.proposed'), value: data.summary.proposed },
              { label: t('selection.count.selected'), value: data.summary.selected },
              { label: t('selection.count.notSelected'), value: data.summary.notSelected },
              { label: t('selection.count.undecided'), value: data.summary.undecided },
            ]}
          />
          {canDecide && data.summary.undecided > 0 && (
            <Text size="sm" c="dimmed">
              {t('selection.decideHint')}
            </Text>
          )}
          {done !== null && (
            <Alert color="ntag" variant="light" role="status" data-testid="batch-done">
              {workT('batch.done', { n: done })}
            </Alert>
          )}
          {canDecide && pickable.length > 0 && (
            <Group gap="sm" wrap="wrap" data-testid="batch-bar">
              <Button variant="default" size="sm" onClick={() => setPicked(new Set(ticked.length === pickable.length ? [] : pickable.map((c) => c.id)))}>
                {workT('batch.pick')}
              </Button>
              <Button size="sm" disabled={!ticked.length} onClick={() => setBatch(true)} data-testid="batch-select">
                {workT('batch.selectN', { n: ticked.length })}
              </Button>
              <Text size="xs" c="dimmed">
                {workT('batch.only1')}
              </Text>
            </Group>
          )}
          <CandidatesTable
            candidates={data.candidates}
            canEdit={canPropose}
            canDecide={canDecide}
            onEdit={(candidate) => setDialog({ kind: 'edit', candidate })}
            onDecide={(candidate, decision) => setDialog({ kind: 'decide', candidate, decision })}
            picked={canDecide ? picked : undefined}
            onPick={canDecide ? pick : undefined}
            empty={
              <EmptyState title={workT('empty.candidates')} hint={canPropose ? workT('empty.candidatesHint') : workT('empty.candidatesWait')} />
            }
          />
          <FormsPanel
            title={t('selection.forms')}
            hint={t('selection.formsHint')}
            errorTitle={t('forms.failed')}
            items={[
              { key: 'pdf', label: t('forms.kt01Pdf'), run: () => downloadKt01(data.tambon.code, data.cohort, 'pdf'), primary: true },
              { key: 'xlsx', label: t('forms.kt01Xlsx'), run: () => downloadKt01(data.tambon.code, data.cohort, 'xlsx') },
            ]}
          />
        </Stack>
      )}

      {dialog?.kind === 'propose' && data && (
        <ProposeModal tambon={data.tambon} cohort={data.cohort} candidates={data.candidates} onClose={() => setDialog(null)} />
      )}
      {batch && ticked.length > 0 && (
        <BatchConfirmModal
          candidates={ticked}
          onClose={() => setBatch(false)}
          onDone={() => {
            setDone(ticked.length);
            setBatch(false);
            setPicked(new Set());
          }}
        />
      )}
      {dialog?.kind === 'edit' && <CandidateEditModal candidate={dialog.candidate} onClose={() => setDialog(null)} />}
      {dialog?.kind === 'decide' && <DecisionModal candidate={dialog.candidate} initial={dialog.decision} onClose={() => setDialog(null)} />}
    </>
  );
}
