import { useMemo, useState } from 'react';
import { Button, Stack } from '@mantine/core';
import { Link, useNavigate } from 'react-router';
import { newId } from '../../api/newId';
import { PageHeader } from '../../components/PageHeader';
import { useMe } from '../../features/auth/useMe';
import { useCreateFarmer } from '../../features/farmers/useFarmers';
import { homeAreaCode } from '../../features/geo/scope';
import { useT } from '../../i18n/I18nProvider';
import { FarmerForm } from './FarmerForm';
import { emptyForm, toInput } from './farmerForm';
import { DuplicateIdAlert, IdConflictAlert } from './FarmerNotices';
import { PdpaNotice } from './PdpaNotice';
import type { FarmerCreatedState } from './FarmerPage';

/**
 * "เพิ่มเกษตรกร". The record's id is made once when the form opens, so a double tap or a retry
 * after a timeout on a weak signal sends the same id: the API then answers with the record it
 * already saved instead of registering the farmer twice.
 */
export function FarmerNewPage() {
  const t = useT();
  const navigate = useNavigate();
  const { data: me } = useMe();
  const [id] = useState(newId);
  const create = useCreateFarmer();
  const initial = useMemo(() => emptyForm(homeAreaCode(me) ?? ''), [me]);

  return (
    <>
      <PageHeader
        title={t('farmers.new')}
        actions={
          <Button component={Link} to="/farmers" variant="default">
            {t('farmers.backToList')}
          </Button>
        }
      />
      <Stack gap="md" maw={880}>
        <PdpaNotice />
        <FarmerForm
          initial={initial}
          submitLabel={t('farmers.save')}
          pending={create.isPending}
          error={create.error}
          handledCodes={['farmer.duplicate_national_id', 'farmer.id_conflict']}
          notices={
            <>
              <DuplicateIdAlert error={create.error} />
              <IdConflictAlert error={create.error} id={id} />
            </>
          }
          onCancel={() => navigate('/farmers')}
          onSubmit={(s) =>
            create.mutate(
              { id, ...toInput(s) },
              {
                onSuccess: (f) => {
                  const state: FarmerCreatedState = { created: true, possibleDuplicates: f.possibleDuplicates, possibleDuplicateElsewhere: f.possibleDuplicateElsewhere };
                  navigate(`/farmers/${f.id}`, { state, replace: true });
                  window.scrollTo(0, 0); // the form was long; the saved record starts at the top
                },
              },
            )
          }
        />
      </Stack>
    </>
  );
}
