import { useRef, useState, type FormEvent } from 'react';
import { Alert, Anchor, Badge, Button, Group, Modal, Paper, Stack, Text, TextInput, Textarea, UnstyledButton } from '@mantine/core';
import { useDebouncedValue, useMediaQuery } from '@mantine/hooks';
import { Link } from 'react-router';
import { ACTIVITY_LABELS, SELECTION_CRITERIA, SELECTION_CRITERIA_LABELS, type Proposal } from '@ntag/shared';
import { isApiError } from '../../api/ApiError';
import { newId } from '../../api/newId';
import type { Candidate, Farmer, Place } from '../../api/contract';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Loading } from '../../components/Loading';
import { SegmentedChoice } from '../../components/SegmentedChoice';
import { shownNationalId } from '../../components/NationalIdInput';
import { hasPermission, useMe } from '../../features/auth/useMe';
import { usePropose, useTambonFarmers } from '../../features/selection/useSelection';
import { formatNumber, useLang, useNameOf } from '../../i18n/I18nProvider';
import { useStepsT, type StepsT } from '../../i18n/steps';
import { useWorkT } from '../../i18n/work';
import { fullName } from '../farmers/format';
import { criteriaOf, CriteriaForm, type CriteriaDraft } from './Criteria';
import classes from './ProposeModal.module.css';

interface Props {
  tambon: Place;
  cohort: number;
  /** Farmers already candidates of this tambon and cohort: not offered again. */
  candidates: Candidate[];
  onClose: () => void;
}

/** Criterion 1 from the registry (pond dug, and when); the others start unticked. */
export function initialCriteria(f: Pick<Farmer, 'pondDug' | 'pondYear'>, t: StepsT): CriteriaDraft {
  const draft = Object.fromEntries(SELECTION_CRITERIA.map((c) => [c, { met: false, notes: '' }])) as CriteriaDraft;
  draft.pondDug = { met: f.pondDug, notes: f.pondDug && f.pondYear ? t('criteria.pondYearRemark', { year: f.pondYear }) : '' };
  return draft;
}

/**
 * "เสนอรายชื่อ": find a farmer of the tambon who is not a candidate yet, tick the criteria,
 * choose เสนอ / ไม่เสนอ, save; the dialog then offers the next farmer, so a district can
 * propose a whole list in one sitting.
 */
export function ProposeModal({ tambon, cohort, candidates, onClose }: Props) {
  const t = useStepsT();
  const nameOf = useNameOf();
  const phone = useMediaQuery('(max-width: 48em)');
  const [picked, setPicked] = useState<Farmer | null>(null);
  const [saved, setSaved] = useState<string[]>([]);
  return (
    <Modal opened onClose={onClose} title={t('propose.title', { tambon: nameOf(tambon), year: cohort })} size="lg" fullScreen={phone}>
      <Stack gap="sm">
        {saved.length > 0 && !picked && (
          <Alert color="ntag" variant="light" role="status" data-testid="proposed-saved">
            {t('propose.saved', { names: saved.join(', ') })}
          </Alert>
        )}
        {picked ? (
          <ProposeForm
            key={picked.id}
            farmer={picked}
            cohort={cohort}
            onBack={() => setPicked(null)}
            onSaved={() => {
              setSaved((s) => [...s, fullName(picked)]);
              setPicked(null);
            }}
          />
        ) : (
          <FarmerSearch tambon={tambon} candidates={candidates} onPick={setPicked} />
        )}
        {!picked && (
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.close')}
            </Button>
          </Group>
        )}
      </Stack>
    </Modal>
  );
}

function FarmerSearch({ tambon, candidates, onPick }: { tambon: Place; candidates: Candidate[]; onPick: (f: Farmer) => void }) {
  const t = useStepsT();
  const { lang } = useLang();
  const nameOf = useNameOf();
  const { data: me } = useMe();
  const [q, setQ] = useState('');
  const [debounced] = useDebouncedValue(q.trim(), 300);
  const farmers = useTambonFarmers(tambon.code, debounced);
  const taken = new Set(candidates.map((c) => c.farmer.id));
  const items = (farmers.data?.items ?? []).filter((f) => !taken.has(f.id));
  const hidden = (farmers.data?.items.length ?? 0) - items.length;
  return (
    <Stack gap="xs">
      <TextInput
        type="search"
        label={t('propose.search', { tambon: nameOf(tambon) })}
        placeholder={t('propose.searchHint')}
        value={q}
        onChange={(e) => setQ(e.currentTarget.value)}
        autoComplete="off"
        data-autofocus
      />
      {farmers.isPending && <Loading />}
      {farmers.error && <ErrorAlert error={farmers.error} />}
      {farmers.data && (
        <Text size="xs" c="dimmed" aria-live="polite">
          {t('propose.found', { shown: formatNumber(items.length), total: formatNumber(farmers.data.total) })}
          {hidden > 0 && ` ${t('propose.hiddenCandidates', { count: hidden })}`}
        </Text>
      )}
      {farmers.data && items.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('propose.noFarmers')}{' '}
          {hasPermission(me, 'farmer.create') && (
            <Anchor component={Link} to="/farmers/new">
              {t('propose.addFarmer')}
            </Anchor>
          )}
        </Text>
      )}
      <Stack gap={6} style={{ opacity: farmers.isPlaceholderData ? 0.6 : 1 }}>
        {items.map((f) => (
          <UnstyledButton key={f.id} onClick={() => onPick(f)} aria-label={t('propose.pick', { name: fullName(f) })}>
            <Paper withBorder px="sm" py={6} radius="md" className={classes.pick}>
              <Group justify="space-between" gap="xs" wrap="nowrap" align="flex-start">
                <div style={{ minWidth: 0 }}>
                  <Text fw={600}>{fullName(f)}</Text>
                  <Text size="xs" c="dimmed" ff="monospace">
                    {shownNationalId(f)}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {f.activities.map((a) => `${ACTIVITY_LABELS[a.kind][lang]}${a.detail ? `: ${a.detail}` : ''}`).join('; ') || t('propose.noActivities')}
                  </Text>
                </div>
                {f.pondDug ? (
                  <Badge variant="light" color="ntag" style={{ flex: 'none' }}>
                    {f.pondYear ? t('propose.pondIn', { year: f.pondYear }) : t('propose.pond')}
                  </Badge>
                ) : (
                  <Badge variant="light" color="gray" style={{ flex: 'none' }}>
                    {t('propose.noPond')}
                  </Badge>
                )}
              </Group>
            </Paper>
          </UnstyledButton>
        ))}
      </Stack>
    </Stack>
  );
}

function ProposeForm({ farmer, cohort, onBack, onSaved }: { farmer: Farmer; cohort: number; onBack: () => void; onSaved: () => void }) {
  const t = useStepsT();
  const propose = usePropose();
  // One id per dialog and farmer: a double tap or a retry returns the saved candidate.
  const id = useRef(newId()).current;
  const [criteria, setCriteria] = useState(() => initialCriteria(farmer, t));
  const [proposal, setProposal] = useState<Proposal>('proposed');
  const workT = useWorkT();
  const { lang } = useLang();
  // Issue 15: proposing with criteria unticked asks for confirmation and a remark (kept as the unmet criteria's notes).
  const unmet = SELECTION_CRITERIA.filter((k) => !criteria[k].met);
  const [warned, setWarned] = useState(false);
  const [remark, setRemark] = useState('');
  const [remarkMissing, setRemarkMissing] = useState(false);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (proposal === 'proposed' && unmet.length) {
      if (!warned) {
        setWarned(true);
        return;
      }
      if (!remark.trim()) {
        setRemarkMissing(true);
        return;
      }
    }
    const withRemark = proposal === 'proposed' && unmet.length
      ? Object.fromEntries(SELECTION_CRITERIA.map((k) => [k, !criteria[k].met ? { met: false, notes: [criteria[k].notes.trim(), remark.trim()].filter(Boolean).join(' · ').slice(0, 500) } : criteria[k]]))
      : criteria;
    propose.mutate({ id, cohort, farmerId: farmer.id, criteria: criteriaOf(withRemark as CriteriaDraft), proposal }, { onSuccess: onSaved });
  };
  const duplicate = isApiError(propose.error, 409) && propose.error.code === 'selection.duplicate';
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <Paper withBorder p="sm" radius="md" bg="gray.0">
          <Group justify="space-between" gap="xs" wrap="nowrap" align="flex-start">
            <div style={{ minWidth: 0 }}>
              <Text fw={600}>{fullName(farmer)}</Text>
              <Text size="xs" c="dimmed" ff="monospace">
                {shownNationalId(farmer)}
              </Text>
            </div>
            <Button size="compact-sm" variant="subtle" onClick={onBack}>
              {t('propose.otherFarmer')}
            </Button>
          </Group>
        </Paper>
        <Text fw={600} size="sm">
          {t('criteria.title')}
        </Text>
        <CriteriaForm value={criteria} onChange={setCriteria} pondHint={farmer.pondDug ? t('criteria.pondFromRegistry') : t('criteria.pondNotInRegistry')} />
        <ProposalChoice value={proposal} onChange={setProposal} />
        {warned && proposal === 'proposed' && unmet.length > 0 && (
          <Alert color="orange" variant="light" title={workT('warn.unmetTitle', { n: unmet.length })} data-testid="warn-unmet">
            <Text size="sm" mb="xs">
              {workT('warn.unmetBody')} {unmet.map((k) => `${SELECTION_CRITERIA.indexOf(k) + 1}. ${SELECTION_CRITERIA_LABELS[k][lang === 'en' ? 'en' : 'th']}`).join(' · ')}
            </Text>
            <Textarea
              label={workT('warn.unmetRemark')}
              value={remark}
              onChange={(e) => {
                setRemark(e.currentTarget.value);
                setRemarkMissing(false);
              }}
              error={remarkMissing ? workT('warn.unmetRemark') : undefined}
              autosize
              minRows={2}
              maxLength={300}
              required
              data-autofocus
            />
          </Alert>
        )}
        {duplicate ? <Alert color="orange" variant="light">{t('propose.duplicate')}</Alert> : !!propose.error && <ErrorAlert error={propose.error} />}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onBack}>
            {t('common.back')}
          </Button>
          <Button type="submit" loading={propose.isPending}>
            {warned && proposal === 'proposed' && unmet.length ? workT('warn.unmetGo') : t('propose.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** เสนอ / ไม่เสนอ: whether the district puts the farmer before the province. */
export function ProposalChoice({ value, onChange }: { value: Proposal; onChange: (p: Proposal) => void }) {
  const t = useStepsT();
  return (
    <Stack gap={4}>
      <Text fw={600} size="sm" id="proposal-label">
        {t('proposal.label')}
      </Text>
      <SegmentedChoice<Proposal>
        labelledBy="proposal-label"
        value={value}
        onChange={onChange}
        data={[
          { value: 'proposed', label: t('proposal.proposed') },
          { value: 'not_proposed', label: t('proposal.not_proposed') },
        ]}
        fullWidth
      />
      <Text size="xs" c="dimmed">
        {value === 'proposed' ? t('proposal.proposedHint') : t('proposal.notProposedHint')}
      </Text>
    </Stack>
  );
}
