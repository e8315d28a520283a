import { useState } from 'react';
import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { Link, useLocation, useParams } from 'react-router';
import { isApiError, staleCurrent } from '../../api/ApiError';
import type { Farmer, PossibleDuplicate } from '../../api/contract';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Loading } from '../../components/Loading';
import { shownNationalId } from '../../components/NationalIdInput';
import { OutOfScope } from '../../components/OutOfScope';
import { PageHeader } from '../../components/PageHeader';
import { StaleNotice } from '../../components/StaleNotice';
import { ThaiDate } from '../../components/ThaiDate';
import { hasPermission, useMe } from '../../features/auth/useMe';
import { useFarmer, useUpdateFarmer } from '../../features/farmers/useFarmers';
import { useNameOf, useT } from '../../i18n/I18nProvider';
import { useShellT } from '../../i18n/shell';
import { useCohortChoice } from '../../features/program/cohort';
import { FarmerDetails } from './FarmerDetails';
import { FarmerForm } from './FarmerForm';
import { changedFields, FIELD_LABELS, fromFarmer, toInput } from './farmerForm';
import { DuplicateIdAlert, PossibleDuplicates } from './FarmerNotices';
import { fullName } from './format';

/** History state the new-farmer page leaves: show "saved" and any possible duplicates once. */
export interface FarmerCreatedState {
  created: true;
  possibleDuplicates: PossibleDuplicate[];
  possibleDuplicateElsewhere?: boolean;
}

/** One farmer: read first, "แก้ไข" turns the page into the same form as registration. */
export function FarmerPage() {
  const t = useShellT();
  const nameOf = useNameOf();
  const { id } = useParams();
  const location = useLocation();
  const created = (location.state as FarmerCreatedState | null)?.created ? (location.state as FarmerCreatedState) : null;
  const { data: me } = useMe();
  const farmer = useFarmer(id);
  const update = useUpdateFarmer();
  // The record as it was when editing began: its version goes with the PATCH.
  const [base, setBase] = useState<Farmer | null>(null);
  const [saved, setSaved] = useState(false);
  const canEdit = hasPermission(me, 'farmer.update');
  const { year: cohort } = useCohortChoice(null);

  if (farmer.isPending) return <Loading />;
  if (isApiError(farmer.error, 404)) {
    return (
      <OutOfScope message={t('farmers.notFound')}>
        <Button component={Link} to="/farmers" variant="light" size="xs">
          {t('farmers.backToList')}
        </Button>
      </OutOfScope>
    );
  }
  if (farmer.error) return <ErrorAlert error={farmer.error} />;
  const f = farmer.data;
  const current = staleCurrent<Farmer>(update.error);

  const startEdit = () => {
    update.reset();
    setSaved(false);
    setBase(f);
  };
  const cancelEdit = () => {
    update.reset();
    setBase(null);
  };

  return (
    <>
      <PageHeader
        title={fullName(f)}
        subtitle={`${t('place.tambon', { name: nameOf(f.tambon) })} ${t('place.district', { name: nameOf(f.district) })} ${t('place.province', { name: nameOf(f.province) })}`}
        actions={
          <>
            <Button component={Link} to="/farmers" variant="default">
              {t('farmers.backToList')}
            </Button>
            {hasPermission(me, 'plan.read') && cohort && !base && (
              <Button component={Link} to={`/farmers/${f.id}/plans/${cohort}`} variant="light">
                {t('farmers.plan')}
              </Button>
            )}
            {canEdit && !base && <Button onClick={startEdit}>{t('common.edit')}</Button>}
          </>
        }
      />
      <Stack gap="md" maw={880}>
        {created && !base && (
          <Alert color="ntag" variant="light" role="status" title={t('farmers.created')}>
            <Group gap="sm" mt={4}>
              {hasPermission(me, 'farmer.create') && (
                <Button component={Link} to="/farmers/new" size="xs" variant="light">
                  {t('farmers.addNext')}
                </Button>
              )}
            </Group>
          </Alert>
        )}
        {created && !base && <PossibleDuplicates items={created.possibleDuplicates} elsewhere={created.possibleDuplicateElsewhere} />}
        {saved && !base && (
          <Alert color="ntag" variant="light" role="status">
            {t('common.saved')}
          </Alert>
        )}
        {base ? (
          <FarmerForm
            key={`${base.id}:${base.version}`}
            initial={fromFarmer(base)}
            maskedId={base.nationalIdMasked ? base.nationalId : undefined}
            submitLabel={t('common.save')}
            pending={update.isPending}
            error={update.error}
            handledCodes={['record.stale', 'farmer.duplicate_national_id']}
            notices={
              <>
                <DuplicateIdAlert error={update.error} />
                {current && (
                  <StaleNotice
                    onUseCurrent={() => {
                      update.reset();
                      setBase(current);
                    }}
                  >
                    <Text size="sm" c="dimmed" mb={4}>
                      {t('farmers.staleHint')}
                    </Text>
                    <StaleChanges before={base} after={current} />
                    {fullName(current)} · {shownNationalId(current)} · {t('place.tambon', { name: nameOf(current.tambon) })} ·{' '}
                    {t('farmers.updatedAt')} <ThaiDate value={current.updatedAt} withTime />
                  </StaleNotice>
                )}
              </>
            }
            onCancel={cancelEdit}
            onSubmit={(s) => {
              const changes = changedFields(toInput(fromFarmer(base)), toInput(s));
              if (base.nationalIdMasked) delete changes.nationalId;
              if (Object.keys(changes).length === 0) {
                cancelEdit();
                return;
              }
              update.mutate(
                { id: base.id, version: base.version, ...changes },
                {
                  onSuccess: () => {
                    setBase(null);
                    setSaved(true);
                    window.scrollTo(0, 0);
                  },
                },
              );
            }}
          />
        ) : (
          <FarmerDetails farmer={f} />
        )}
      </Stack>
    </>
  );
}

/** Which fields the other person changed, so the officer knows what to look at again. */
function StaleChanges({ before, after }: { before: Farmer; after: Farmer }) {
  const t = useT();
  const keys = Object.keys(changedFields(toInput(fromFarmer(before)), toInput(fromFarmer(after)))) as (keyof typeof FIELD_LABELS)[];
  if (keys.length === 0) return null;
  return (
    <Text size="sm" fw={600} mb={4}>
      {t('farmers.staleChanged', { fields: keys.map((k) => t(FIELD_LABELS[k])).join(', ') })}
    </Text>
  );
}
