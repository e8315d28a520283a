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
          <CandidatesTable
            candidates={data.candidates}
            canEdit={canPropose}
            canDecide={canDecide}
            onEdit={(candidate) => setDialog({ kind: 'edit', candidate })}
            onDecide={(candidate, decision) => setDialog({ kind: 'decide', candidate, decision })}
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
      {dialog?.kind === 'edit' && <CandidateEditModal candidate={dialog.candidate} onClose={() => setDialog(null)} />}
      {dialog?.kind === 'decide' && <DecisionModal candidate={dialog.candidate} initial={dialog.decision} onClose={() => setDialog(null)} />}
    </>
  );
}
