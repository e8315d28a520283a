import { useState, type FormEvent } from 'react';
import { Modal, Paper, Stack, Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import type { Proposal } from '@ntag/shared';
import { staleCurrent } from '../../api/ApiError';
import type { Candidate } from '../../api/contract';
import { ErrorAlert } from '../../components/ErrorAlert';
import { FormButtons } from '../../components/FormButtons';
import { StaleNotice } from '../../components/StaleNotice';
import { useUpdateCandidate } from '../../features/selection/useSelection';
import { useStepsT } from '../../i18n/steps';
import { CriteriaCompact, criteriaOf, CriteriaForm, draftOf } from './Criteria';
import { ProposalBadge } from './CandidatesTable';
import { ProposalChoice } from './ProposeModal';

/** The district corrects a candidate's criteria or proposal until the province decides. */
export function CandidateEditModal({ candidate, onClose }: { candidate: Candidate; onClose: () => void }) {
  const t = useStepsT();
  const phone = useMediaQuery('(max-width: 48em)');
  const update = useUpdateCandidate();
  const [base, setBase] = useState(candidate);
  const [criteria, setCriteria] = useState(() => draftOf(candidate.criteria));
  const [proposal, setProposal] = useState<Proposal>(candidate.proposal);
  const current = staleCurrent<Candidate>(update.error);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    update.mutate({ id: base.id, criteria: criteriaOf(criteria), proposal, version: base.version }, { onSuccess: onClose });
  };

  return (
    <Modal opened onClose={onClose} title={t('selection.editTitle', { name: base.farmer.fullName })} size="lg" fullScreen={phone}>
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <Paper withBorder p="sm" radius="md" bg="gray.0">
            <Text fw={600}>{base.farmer.fullName}</Text>
            <Text size="xs" c="dimmed">
              {[base.farmer.address, base.farmer.activities].filter(Boolean).join(' · ')}
            </Text>
          </Paper>
          {current && (
            <StaleNotice
              onUseCurrent={() => {
                update.reset();
                setBase(current);
                setCriteria(draftOf(current.criteria));
                setProposal(current.proposal);
              }}
            >
              <Text size="sm" c="dimmed" mb={4}>
                {t('selection.staleHint')}
              </Text>
              <ProposalBadge c={current} />
              <CriteriaCompact criteria={current.criteria} />
            </StaleNotice>
          )}
          {!!update.error && !current && <ErrorAlert error={update.error} />}
          <Text fw={600} size="sm">
            {t('criteria.title')}
          </Text>
          <CriteriaForm value={criteria} onChange={setCriteria} pondHint={base.farmer.pondDug ? t('criteria.pondFromRegistry') : t('criteria.pondNotInRegistry')} />
          <ProposalChoice value={proposal} onChange={setProposal} />
          <FormButtons onCancel={onClose} pending={update.isPending} disabled={!!current} gap="sm" />
        </Stack>
      </form>
    </Modal>
  );
}
