import { useState, type ReactNode } from 'react';
import { Alert, Group, Paper, Stack, Text } from '@mantine/core';
import { useQueryClient, type QueryKey, type UseMutationResult, type UseQueryResult } from '@tanstack/react-query';
import { isApiError, staleCurrent } from '../../api/ApiError';
import { CohortSelect } from '../../components/CohortSelect';
import { ErrorAlert } from '../../components/ErrorAlert';
import { FormsPanel } from '../../components/FormDownloads';
import { Loading } from '../../components/Loading';
import { PageHeader } from '../../components/PageHeader';
import { StaleNotice } from '../../components/StaleNotice';
import { ThaiDate } from '../../components/ThaiDate';
import { useStepsT } from '../../i18n/steps';

/*
 * What the two plan pages share — แบบ กท.02 of a farmer and กท.03 of a group: the farmer or group
 * and its plan for the cohort loaded together, the save with its "saved" line and its 409s, and
 * the page around the form (cohort, saved when, read-only note, printed forms).
 */

/** What each plan carries besides its sections. */
interface SavedPlan {
  exists: boolean;
  version: number;
  updatedAt: string | null;
}

/**
 * The page's farmer or group (`owner`) and its plan for the cohort `year`: `view` while they load,
 * on a 404 (`notFound`: not found or outside my scope; an unknown cohort says so instead) or on
 * another error; both records once they are there.
 */
export function planGate<O, P>(owner: UseQueryResult<O>, plan: UseQueryResult<P>, year: number | null, notFound: ReactNode): { view: ReactNode } | { owner: O; plan: P; year: number } {
  if (owner.isPending || (plan.isPending && year)) return { view: <Loading /> };
  if (isApiError(owner.error, 404) || isApiError(plan.error, 404)) {
    const e = owner.error ?? plan.error;
    return { view: isApiError(e) && e.code === 'program.cohort_not_found' ? <ErrorAlert error={e} /> : notFound };
  }
  if (owner.error || plan.error) return { view: <ErrorAlert error={owner.error ?? plan.error} /> };
  if (!owner.data || !plan.data || !year) return { view: <Loading /> };
  return { owner: owner.data, plan: plan.data, year };
}

/**
 * The save of a plan page. A plan is created without a version and changed with the version
 * read (`versionOf`); a stale version, or none for a plan someone created since this page read
 * "no plan yet", is a 409 with the plan as it is now. `notice` says so above the form, with the
 * way to take that plan into the page (`key` is its query).
 */
export function usePlanSave<P extends SavedPlan, V>(save: UseMutationResult<P, Error, V>, key: QueryKey) {
  const t = useStepsT();
  const qc = useQueryClient();
  const [saved, setSaved] = useState(false);
  const current = staleCurrent<P>(save.error);
  return {
    saved,
    pending: save.isPending,
    /** The save's error for the form: none while the notice speaks for it. */
    error: current ? null : save.error,
    submit: (vars: V) => {
      setSaved(false);
      save.mutate(vars, {
        onSuccess: () => {
          setSaved(true);
          window.scrollTo(0, 0);
        },
      });
    },
    /** The notice after a 409 (`summary` sums the newer plan up); null while there is none. */
    notice: (summary: (current: P) => string): ReactNode =>
      current && (
        <StaleNotice
          onUseCurrent={() => {
            save.reset();
            qc.setQueryData(key, current);
          }}
        >
          {t('plan.staleHint')} {t('plan.savedAt')} <ThaiDate value={current.updatedAt} withTime /> · {summary(current)}
        </StaleNotice>
      ),
  };
}

/** `version` for a change of a saved plan, nothing for its first save. */
export const versionOf = (p: SavedPlan): { version?: number } => (p.exists ? { version: p.version } : {});

interface Props {
  title: string;
  subtitle: string;
  actions: ReactNode;
  maw: number;
  years: number[];
  year: number;
  onCohort: (year: number) => void;
  plan: SavedPlan;
  saved: boolean;
  canEdit: boolean;
  /** The printed form: its section title, the two buttons' labels and the download. */
  forms: { title: string; pdf: string; xlsx: string; download: (kind: 'pdf' | 'xlsx') => Promise<void> };
  /** The form (and what goes with it). */
  children: ReactNode;
}

/** A plan page: the cohort and when the plan was saved, the saved line, the form, the printed forms. */
export function PlanScreen({ title, subtitle, actions, maw, years, year, onCohort, plan, saved, canEdit, forms, children }: Props) {
  const t = useStepsT();
  return (
    <>
      <PageHeader title={title} subtitle={subtitle} actions={actions} />
      <Stack gap="md" maw={maw}>
        <Paper withBorder p="sm" radius="md">
          <Group justify="space-between" align="flex-end" gap="sm" wrap="wrap">
            <CohortSelect years={years} value={year} onChange={onCohort} />
            <Text size="sm" c="dimmed" data-testid="plan-state">
              {plan.exists ? (
                <>
                  {t('plan.savedAt')} <ThaiDate value={plan.updatedAt} withTime />
                </>
              ) : (
                t('plan.notYet')
              )}
            </Text>
          </Group>
        </Paper>
        {saved && (
          <Alert color="ntag" variant="light" role="status">
            {t('plan.saved')}
          </Alert>
        )}
        {!canEdit && (
          <Text size="sm" c="dimmed">
            {t('plan.readOnly')}
          </Text>
        )}
        {children}
        <FormsPanel
          title={forms.title}
          hint={t('plan.formsHint')}
          errorTitle={t('forms.failed')}
          items={[
            { key: 'pdf', label: forms.pdf, run: () => forms.download('pdf'), primary: true },
            { key: 'xlsx', label: forms.xlsx, run: () => forms.download('xlsx') },
          ]}
        />
      </Stack>
    </>
  );
}
