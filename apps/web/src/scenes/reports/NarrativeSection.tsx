import { useEffect, useState } from 'react';
import { Alert, Button, Group, Stack, Text, Textarea } from '@mantine/core';
import { NARRATIVE_FIELDS, NARRATIVE_LABELS, formatMonth, type NarrativeField } from '@ntag/shared';
import { staleCurrent } from '../../api/ApiError';
import { ErrorAlert } from '../../components/ErrorAlert';
import { StaleNotice } from '../../components/StaleNotice';
import { useReportAction, useSaveNarrative } from '../../features/reports/useReports';
import type { Report } from '../../api/contract';
import { useLang } from '../../i18n/I18nProvider';
import { useReportsT } from '../../i18n/reports';
import { useWorkT } from '../../i18n/work';
import { ConfirmModal } from './ConfirmModal';
import { Section } from './ReportNumbers';

type Narrative = Partial<Record<NarrativeField, string>>;

const same = (a: Narrative, b: Narrative) => NARRATIVE_FIELDS.every((f) => (a[f] ?? '') === (b[f] ?? ''));

/**
 * The four narrative fields of the report (results, problems, suggestions, support needed),
 * written by the unit while it holds the report, read-only for everyone else. "ส่งรายงาน"
 * saves what is typed first, then submits the version that answer carries.
 */
export function NarrativeSection({ report, onSubmitted }: { report: Report; onSubmitted: () => void }) {
  const t = useReportsT();
  const { lang } = useLang();
  const save = useSaveNarrative();
  const act = useReportAction();
  const [values, setValues] = useState<Narrative>(report.narrative);
  // What the text was based on: an edit carries this version, never a newer one it has not seen.
  const [base, setBase] = useState({ version: report.version, narrative: report.narrative });
  const [conflict, setConflict] = useState<Narrative | null>(null);
  const [saved, setSaved] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const dirty = !same(values, base.narrative);
  const workT = useWorkT();
  // Issue 15: sending with narrative boxes empty asks first, naming them.
  const empties = NARRATIVE_FIELDS.filter((f) => !(values[f] ?? '').trim());
  // A host agency's กท.05 sent while provinces' reports are not accepted: named once each.
  const missing = (report.content.provinces ?? []).filter((p) => !p.accepted);

  // Someone else's change (or a refetch) while nothing is typed here: follow it.
  useEffect(() => {
    if (!dirty && report.version !== base.version) {
      setValues(report.narrative);
      setBase({ version: report.version, narrative: report.narrative });
    }
  }, [report.version]); // only when the server's version moves

  const saveNow = async (): Promise<Report | null> => {
    setSaved(false);
    try {
      const r = await save.mutateAsync({ id: report.id, narrative: Object.fromEntries(NARRATIVE_FIELDS.map((f) => [f, values[f] ?? ''])), version: base.version });
      setBase({ version: r.version, narrative: r.narrative });
      setValues(r.narrative);
      setConflict(null);
      setSaved(true);
      return r;
    } catch (e) {
      const current = staleCurrent<Report>(e);
      if (current) {
        // Keep what was typed, show what is there now; saving again is then a choice, not an accident.
        setConflict(current.narrative);
        setBase({ version: current.version, narrative: current.narrative });
      }
      return null;
    }
  };

  const submit = async () => {
    const version = dirty ? (await saveNow())?.version : report.version;
    if (version === undefined) {
      setConfirming(false);
      return;
    }
    act.mutate(
      { id: report.id, action: 'submit', version },
      {
        onSuccess: () => {
          setConfirming(false);
          onSubmitted();
        },
      },
    );
  };

  if (!report.can.edit) {
    return (
      <Section title={t('narrative.title')} testId="report-narrative">
        <Stack gap="sm">
          {/* A save refused because the report was sent meanwhile: say so, the text is now read-only. */}
          {!!save.error && <ErrorAlert error={save.error} />}
          {NARRATIVE_FIELDS.map((f) => (
            <div key={f}>
              <Text size="sm" fw={700}>
                {NARRATIVE_LABELS[f][lang]}
              </Text>
              <Text size="sm" c={report.narrative[f] ? undefined : 'dimmed'} style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }} data-testid={`narrative-${f}`}>
                {report.narrative[f] || t('narrative.empty')}
              </Text>
            </div>
          ))}
        </Stack>
      </Section>
    );
  }

  const toWhom = t(`submit.to.${report.definition.toLevel}` as 'submit.to.agency');
  return (
    <Section title={t('narrative.title')} testId="report-narrative">
      <Stack gap="sm">
        <Text size="sm" c="dimmed">
          {t('narrative.hint')}
        </Text>
        {NARRATIVE_FIELDS.map((f) => (
          <Textarea
            key={f}
            label={NARRATIVE_LABELS[f][lang]}
            value={values[f] ?? ''}
            onChange={(e) => {
              const v = e.currentTarget.value;
              setSaved(false);
              setValues((old) => ({ ...old, [f]: v }));
            }}
            autosize
            minRows={2}
            maxRows={12}
            maxLength={5000}
          />
        ))}
        {conflict && (
          <StaleNotice
            onUseCurrent={() => {
              setValues(conflict);
              setConflict(null);
            }}
          >
            {t('narrative.conflict')}
            {NARRATIVE_FIELDS.filter((f) => conflict[f]).map((f) => (
              <div key={f}>
                <b>{NARRATIVE_LABELS[f][lang]}:</b> {conflict[f]}
              </div>
            ))}
          </StaleNotice>
        )}
        {!!save.error && !conflict && <ErrorAlert error={save.error} />}
        {!!act.error && !confirming && <ErrorAlert error={act.error} />}
        <Group gap="sm" wrap="wrap">
          <Button variant="default" onClick={() => void saveNow()} loading={save.isPending && !confirming} disabled={!dirty}>
            {t('narrative.save')}
          </Button>
          {report.can.submit && (
            <Button
              onClick={() => {
                act.reset();
                setConfirming(true);
              }}
              data-testid="report-submit"
            >
              {t('submit.button', { to: toWhom })}
            </Button>
          )}
          {saved && !dirty && (
            <Text size="sm" c="ntag.8" role="status">
              {t('narrative.saved')}
            </Text>
          )}
        </Group>
      </Stack>
      {confirming && (
        <ConfirmModal
          title={t('submit.title')}
          confirmLabel={t('submit.confirm')}
          busy={save.isPending || act.isPending}
          error={act.error ?? (conflict ? null : save.error)}
          onClose={() => setConfirming(false)}
          onConfirm={() => void submit()}
        >
          {missing.length > 0 && (
            <Alert color="orange" variant="light" mb="sm" data-testid="warn-missing-provinces" title={workT('warn.missingTitle', { n: missing.length })}>
              {workT('warn.missingBody')} {missing.map((p) => p.nameTh).join(', ')}
            </Alert>
          )}
          {empties.length > 0 && (
            <Alert color="orange" variant="light" mb="sm" data-testid="warn-empty-narrative" title={workT('warn.emptyNarrativeTitle', { n: empties.length })}>
              {workT('warn.emptyNarrativeBody', { list: empties.map((f) => NARRATIVE_LABELS[f][lang]).join(', ') })}
            </Alert>
          )}
          {t('submit.body', { month: formatMonth(report.period, lang), to: toWhom, n: report.versions.length + 1 })}
        </ConfirmModal>
      )}
    </Section>
  );
}
