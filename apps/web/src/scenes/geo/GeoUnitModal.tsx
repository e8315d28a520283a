import { useState } from 'react';
import { Button, Modal, Paper, Stack, Switch, Text, TextInput } from '@mantine/core';
import { staleCurrent } from '../../api/ApiError';
import type { GeoUnit } from '../../api/contract';
import { ErrorAlert } from '../../components/ErrorAlert';
import { FormButtons } from '../../components/FormButtons';
import { useFieldErrors } from '../../components/useFieldErrors';
import { useUpdateGeoUnit, type GeoPatch } from '../../features/geo/useGeo';
import { useT } from '../../i18n/I18nProvider';

/** Rename, retire or restore a unit (admins with geo.update). */
export function GeoUnitModal({ unit, onClose }: { unit: GeoUnit | null; onClose: () => void }) {
  const t = useT();
  return (
    <Modal opened={!!unit} onClose={onClose} title={unit ? t('geo.editTitle', { name: unit.nameTh, code: unit.code }) : ''} size="lg">
      {/* A fresh form per unit, so nothing typed for one unit leaks into the next. */}
      {unit && <GeoUnitForm key={`${unit.code}:${unit.version}`} unit={unit} onDone={onClose} />}
    </Modal>
  );
}

/**
 * The edit carries the version it was based on. When someone else saved first, the API
 * answers 409 with the current record: it is shown so the user can start again from it
 * instead of overwriting blindly.
 */
function GeoUnitForm({ unit, onDone }: { unit: GeoUnit; onDone: () => void }) {
  const t = useT();
  const update = useUpdateGeoUnit();
  const [base, setBase] = useState(unit);
  const [nameTh, setNameTh] = useState(unit.nameTh);
  const [nameEn, setNameEn] = useState(unit.nameEn ?? '');
  const [postalCode, setPostalCode] = useState(unit.postalCode ?? '');
  const [active, setActive] = useState(unit.active);
  const errors = useFieldErrors(update.error);
  const current = staleCurrent<GeoUnit>(update.error);

  const loadCurrent = (c: GeoUnit) => {
    setBase(c);
    setNameTh(c.nameTh);
    setNameEn(c.nameEn ?? '');
    setPostalCode(c.postalCode ?? '');
    setActive(c.active);
    update.reset();
  };

  const save = () => {
    // Only what changed: a retire must not also rewrite a name someone else just fixed.
    const patch: GeoPatch = { version: base.version };
    if (nameTh.trim() !== base.nameTh) patch.nameTh = nameTh.trim();
    if ((nameEn.trim() || null) !== base.nameEn) patch.nameEn = nameEn.trim() || null;
    if (base.level === 'tambon' && (postalCode.trim() || null) !== base.postalCode) patch.postalCode = postalCode.trim() || null;
    if (active !== base.active) patch.active = active;
    update.mutate({ code: base.code, patch }, { onSuccess: onDone });
  };

  return (
    <Stack>
      {update.error && <ErrorAlert error={update.error} hideIssues />}
      {current && (
        <Paper withBorder p="sm" bg="yellow.0">
          <Text size="sm" fw={600}>
            {t('common.current')}
          </Text>
          <Text size="sm">
            {current.nameTh} · {current.nameEn ?? '–'} · {current.active ? t('common.active') : t('common.retired')}
          </Text>
          <Button mt="xs" size="compact-sm" variant="light" onClick={() => loadCurrent(current)}>
            {t('common.useCurrent')}
          </Button>
        </Paper>
      )}
      <TextInput label={t('common.nameTh')} value={nameTh} onChange={(e) => setNameTh(e.currentTarget.value)} error={errors.nameTh} required />
      <TextInput label={t('common.nameEn')} value={nameEn} onChange={(e) => setNameEn(e.currentTarget.value)} error={errors.nameEn} />
      {base.level === 'tambon' && (
        <TextInput
          label={t('geo.postalCode')}
          value={postalCode}
          inputMode="numeric"
          maxLength={5}
          onChange={(e) => setPostalCode(e.currentTarget.value)}
          error={errors.postalCode}
        />
      )}
      <Switch label={t('geo.activeLabel')} checked={active} onChange={(e) => setActive(e.currentTarget.checked)} error={errors.active} />
      <FormButtons onCancel={onDone} pending={update.isPending} disabled={!nameTh.trim()} onSubmit={save} />
    </Stack>
  );
}
