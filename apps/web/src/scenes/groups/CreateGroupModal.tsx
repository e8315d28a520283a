import { useCallback, useRef, useState, type FormEvent } from 'react';
import { Alert, Anchor, Modal, Stack, Text, TextInput } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { Link, useNavigate } from 'react-router';
import { todayIso } from '@ntag/shared';
import { isApiError } from '../../api/ApiError';
import { newId } from '../../api/newId';
import { AreaPicker } from '../../components/AreaPicker';
import { BeDateInput } from '../../components/BeDateInput';
import { CohortSelect } from '../../components/CohortSelect';
import { ErrorAlert } from '../../components/ErrorAlert';
import { FormButtons } from '../../components/FormButtons';
import { useFieldErrors } from '../../components/useFieldErrors';
import { useGeoUnit } from '../../features/geo/useGeo';
import { useCreateGroup } from '../../features/groups/useGroups';
import { useSelection } from '../../features/selection/useSelection';
import { formatNumber, useNameOf } from '../../i18n/I18nProvider';
import { useStepsT } from '../../i18n/steps';

interface Props {
  years: number[];
  cohort: number;
  /** The list's area filter: a tambon there is the form's first guess. */
  area: string;
  onClose: () => void;
}

/**
 * "จัดตั้งกลุ่ม": one model group per tambon and cohort. The name is suggested from the tambon
 * until the officer types one; the dialog says how many farmers the province selected there.
 */
export function CreateGroupModal({ years, cohort: initialCohort, area, onClose }: Props) {
  const t = useStepsT();
  const nameOf = useNameOf();
  const navigate = useNavigate();
  const phone = useMediaQuery('(max-width: 48em)');
  const create = useCreateGroup();
  const id = useRef(newId()).current;
  const [tambon, setTambon] = useState(area.length === 6 ? area : '');
  const [cohort, setCohort] = useState(initialCohort);
  const [name, setName] = useState('');
  const [nameTouched, setNameTouched] = useState(false);
  const [foundedOn, setFoundedOn] = useState<string | null>(null);
  const [local, setLocal] = useState<Record<string, string>>({});
  const server = useFieldErrors(create.error);
  const err = (f: string) => local[f] ?? server[f];
  const unit = useGeoUnit(tambon.length === 6 ? tambon : undefined);
  const selection = useSelection(tambon.length === 6 ? tambon : undefined, cohort);
  const suggested = unit.data && unit.data.code === tambon ? t('groups.suggestedName', { tambon: unit.data.nameTh }) : '';
  const shownName = nameTouched ? name : name || suggested;
  const setArea = useCallback((code: string) => setTambon(code), []);
  const duplicateOf = isApiError(create.error, 409) && create.error.code === 'group.duplicate_tambon_cohort' ? (create.error.details?.groupId as string | undefined) : undefined;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const problems: Record<string, string> = {};
    if (!shownName.trim()) problems.name = t('groups.nameRequired');
    if (tambon.length !== 6) problems.tambonCode = t('groups.tambonRequired');
    setLocal(problems);
    if (Object.keys(problems).length) return;
    create.mutate(
      { id, name: shownName.trim(), tambonCode: tambon, cohort, foundedOn },
      { onSuccess: (g) => navigate(`/groups/${g.id}`, { state: { created: true } }) },
    );
  };

  const selected = selection.data?.tambon.code === tambon ? selection.data.summary.selected : undefined;

  return (
    <Modal opened onClose={onClose} title={t('groups.create')} size="lg" fullScreen={phone}>
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <Text size="sm" c="dimmed">
            {t('groups.createHint')}
          </Text>
          <AreaPicker value={tambon} onChange={setArea} depth="tambon" required error={err('tambonCode')} />
          <CohortSelect years={years} value={cohort} onChange={setCohort} label={t('groups.col.cohort')} w={{ base: '100%', xs: 180 }} />
          {selected !== undefined && (
            <Text size="sm" c={selected > 0 ? 'dimmed' : 'orange.9'} data-testid="selected-in-tambon">
              {selected > 0
                ? t('groups.selectedInTambon', { count: formatNumber(selected), tambon: nameOf(selection.data!.tambon) })
                : t('groups.noneSelectedInTambon', { tambon: nameOf(selection.data!.tambon) })}
            </Text>
          )}
          <TextInput
            label={t('groups.name')}
            value={shownName}
            onChange={(e) => {
              setName(e.currentTarget.value);
              setNameTouched(true);
            }}
            error={err('name')}
            required
            maxLength={200}
          />
          <BeDateInput label={t('groups.foundedOn')} value={foundedOn} onChange={setFoundedOn} max={todayIso()} error={err('foundedOn')} description={t('groups.foundedOnHint')} />
          {duplicateOf ? (
            <Alert color="orange" variant="light" role="alert" title={t('groups.duplicate')}>
              <Anchor component={Link} to={`/groups/${duplicateOf}`} onClick={onClose}>
                {t('groups.openExisting')}
              </Anchor>
            </Alert>
          ) : (
            !!create.error && <ErrorAlert error={create.error} hideIssues />
          )}
          <FormButtons onCancel={onClose} pending={create.isPending} label={t('groups.createSubmit')} gap="sm" />
        </Stack>
      </form>
    </Modal>
  );
}
