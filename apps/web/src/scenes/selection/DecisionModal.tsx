import { useState, type FormEvent } from 'react';
import { Alert, Button, Group, Modal, Paper, Radio, Stack, Text, Textarea } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { SELECTION_CRITERIA, SELECTION_CRITERIA_LABELS, type Decision } from '@ntag/shared';
import { isApiError, staleCurrent } from '../../api/ApiError';
import type { Candidate } from '../../api/contract';
import { ErrorAlert } from '../../components/ErrorAlert';
import { shownNationalId } from '../../components/NationalIdInput';
import { StaleNotice } from '../../components/StaleNotice';
import { useFieldErrors } from '../../components/useFieldErrors';
import { useDecide } from '../../features/selection/useSelection';
import { useLang } from '../../i18n/I18nProvider';
import { useStepsT } from '../../i18n/steps';
import { useWorkT } from '../../i18n/work';
import { cannotSelect, DecisionBadge, ProposalBadge } from './CandidatesTable';
import { CriteriaFull } from './Criteria';

interface Props {
  candidate: Candidate;
  initial: Decision;
  onClose: () => void;
}

/**
 * The province's decision on one candidate: what the district proposed and checked, then
 * "คัดเลือก" (not offered when criterion 1 fails or the district did not propose) or
 * "ไม่คัดเลือก" with the reason the form records.
 */
export function DecisionModal({ candidate, initial, onClose }: Props) {
  const t = useStepsT();
  const phone = useMediaQuery('(max-width: 48em)');
  const decide = useDecide();
  const [base, setBase] = useState(candidate);
  const why = cannotSelect(base);
  const [picked, setDecision] = useState<Decision>(initial);
  // "คัดเลือก" is never sent for a candidate that cannot be selected (also after a reload).
  const decision: Decision = why ? 'not_selected' : picked;
  const [reason, setReason] = useState(candidate.decisionReason ?? '');
  const [missing, setMissing] = useState(false);
  const server = useFieldErrors(decide.error);
  const current = staleCurrent<Candidate>(decide.error);
  const name = base.farmer.fullName;

  const workT = useWorkT();
  const { lang } = useLang();
  // Issue 15: selecting a candidate with criteria unmet asks once more, naming them.
  const unmet = SELECTION_CRITERIA.filter((k) => !base.criteria[k].met);
  const [warned, setWarned] = useState(false);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (decision === 'not_selected' && !reason.trim()) {
      setMissing(true);
      return;
    }
    if (decision === 'selected' && unmet.length && !warned) {
      setWarned(true);
      return;
    }
    decide.mutate({ id: base.id, decision, reason: reason.trim() || null, version: base.version }, { onSuccess: onClose });
  };

  return (
    <Modal opened onClose={onClose} title={t('decision.title', { name })} size="lg" fullScreen={phone}>
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <Paper withBorder p="sm" radius="md">
            <Text fw={600}>{name}</Text>
            <Text size="sm" c="dimmed" ff="monospace">
              {shownNationalId(base.farmer)}
            </Text>
            <Text size="sm" c="dimmed">
              {[base.farmer.address, base.farmer.activities].filter(Boolean).join(' · ')}
            </Text>
            <Group gap="xs" mt={6}>
              <Text size="sm">{t('selection.col.proposal')}:</Text>
              <ProposalBadge c={base} />
              {base.decision && (
                <>
                  <Text size="sm">{t('decision.current')}:</Text>
                  <DecisionBadge c={base} />
                </>
              )}
            </Group>
          </Paper>
          <div>
            <Text fw={600} size="sm" mb={4}>
              {t('criteria.title')}
            </Text>
            <CriteriaFull criteria={base.criteria} />
          </div>

          {current && (
            <StaleNotice
              onUseCurrent={() => {
                decide.reset();
                setBase(current);
              }}
            >
              {t('decision.staleHint')} <ProposalBadge c={current} /> <DecisionBadge c={current} />
            </StaleNotice>
          )}
          {!!decide.error && !current && !(isApiError(decide.error) && decide.error.code === 'validation.failed') && <ErrorAlert error={decide.error} hideIssues />}

          <Radio.Group label={t('decision.label')} value={decision} onChange={(v) => setDecision(v as Decision)} required>
            <Stack gap={6} mt={6}>
              <Radio value="selected" label={t('decision.select')} disabled={!!why} description={why ? t(why) : undefined} />
              <Radio value="not_selected" label={t('decision.reject')} />
            </Stack>
          </Radio.Group>
          <Textarea
            label={decision === 'not_selected' ? t('decision.reason') : t('decision.note')}
            description={decision === 'not_selected' ? t('decision.reasonHint') : undefined}
            required={decision === 'not_selected'}
            value={reason}
            onChange={(e) => {
              setReason(e.currentTarget.value);
              setMissing(false);
            }}
            error={(missing && decision === 'not_selected' ? t('decision.reasonRequired') : undefined) ?? server.reason}
            autosize
            minRows={2}
            maxLength={500}
          />
          {warned && decision === 'selected' && (
            <Alert color="orange" variant="light" title={workT('warn.decideUnmetTitle', { n: unmet.length })} data-testid="warn-unmet">
              {workT('warn.unmetBody')}{' '}
              {unmet.map((k) => `${SELECTION_CRITERIA.indexOf(k) + 1}. ${SELECTION_CRITERIA_LABELS[k][lang === 'en' ? 'en' : 'th']}${base.criteria[k].notes ? ` (${base.criteria[k].notes})` : ''}`).join(' · ')}
            </Alert>
          )}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={decide.isPending} color={decision === 'not_selected' ? 'red' : undefined} disabled={!!current}>
              {decision === 'selected' ? (warned && unmet.length ? workT('warn.decideUnmetGo') : t('decision.confirmSelect')) : t('decision.confirmReject')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
