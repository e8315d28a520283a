import { useCallback, useEffect, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { Button, Checkbox, Fieldset, Grid, Group, NumberInput, Radio, Select, SimpleGrid, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { SEXES, TITLE_DEED_LABELS, TITLE_DEED_TYPES, todayIso, type Sex, type TitleDeedType } from '@ntag/shared';
import { isApiError } from '../../api/ApiError';
import { AreaPicker } from '../../components/AreaPicker';
import { BeDateInput } from '../../components/BeDateInput';
import { ErrorAlert } from '../../components/ErrorAlert';
import { NationalIdInput } from '../../components/NationalIdInput';
import { useFieldErrors } from '../../components/useFieldErrors';
import { useLang, useT } from '../../i18n/I18nProvider';
import { ActivitiesInput } from './ActivitiesInput';
import { COMMON_TITLES, currentBeYear, OTHER_TITLE, validate, type FarmerFormState, type Num } from './farmerForm';
import { LandInput } from './LandInput';

/** Fields this form shows; an API issue on any other path is listed in the alert instead. */
const PLACED = new Set([
  'nationalId', 'title', 'firstName', 'lastName', 'birthDate', 'sex', 'phone', 'householdSize', 'farmerRegistryNo',
  'houseNo', 'villageNo', 'villageName', 'tambonCode', 'plotAreaSqm', 'titleDeedType', 'pondYear', 'pondVolumeM3', 'notes',
]);

interface Props {
  initial: FarmerFormState;
  /** Edit of a record whose id this caller sees masked: shown, never sent. */
  maskedId?: string;
  submitLabel: string;
  pending: boolean;
  error: unknown;
  onSubmit: (state: FarmerFormState) => void;
  onCancel?: () => void;
  /** Notices above the first section (duplicate id, stale record). */
  notices?: ReactNode;
  /** Error codes those notices explain already: no second, generic alert for them. */
  handledCodes?: string[];
}

/**
 * The one farmer form (new and edit), in the order an officer asks a farmer: who, where, land
 * and pond, what they produce, notes. Mobile first: one column on a phone, short pairs side by
 * side from the small breakpoint up.
 */
export function FarmerForm({ initial, maskedId, submitLabel, pending, error, onSubmit, onCancel, notices, handledCodes = [] }: Props) {
  const t = useT();
  const { lang } = useLang();
  const [s, setS] = useState(initial);
  const [submitted, setSubmitted] = useState(false);
  const set = useCallback(<K extends keyof FarmerFormState>(key: K, value: FarmerFormState[K]) => setS((prev) => ({ ...prev, [key]: value })), []);
  const setArea = useCallback((code: string) => set('tambonCode', code), [set]);

  const local = submitted ? validate(s, t, { checkId: !maskedId }) : {};
  const server = useFieldErrors(error);
  const err = (path: string) => local[path] ?? server[path];
  const activityErrors = Object.entries({ ...server, ...local })
    .filter(([path]) => path.startsWith('activities'))
    .map(([, message]) => message);
  const unplaced = isApiError(error) ? error.issues.filter((i) => !PLACED.has(i.path) && !i.path.startsWith('activities')) : [];

  // An answer from the API lands at the top of a long form, far above the save button: bring the
  // bad field (validation) or the notice (duplicate id, stale record, other errors) into view.
  const top = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!error) return;
    requestAnimationFrame(() => {
      const field = isApiError(error) && error.code === 'validation.failed' ? document.querySelector<HTMLElement>('[aria-invalid="true"]') : null;
      if (field) field.focus();
      else top.current?.scrollIntoView({ block: 'start', behavior: 'smooth' });
    });
  }, [error]);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setSubmitted(true);
    const problems = validate(s, t, { checkId: !maskedId });
    if (Object.keys(problems).length > 0) {
      // Bring the first field to fix into view (a long form on a phone).
      requestAnimationFrame(() => document.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
      return;
    }
    if (!pending) onSubmit(s);
  };

  const numberProps = (key: 'householdSize' | 'villageNo' | 'pondYear' | 'pondVolumeM3') => ({
    value: s[key],
    onChange: (v: string | number) => set(key, (typeof v === 'number' ? v : v === '' ? '' : Number(v)) as Num),
    error: err(key),
    hideControls: true,
  });

  return (
    <form onSubmit={submit} noValidate>
      {/* scroll-margin: the fixed header (60 px) must not cover the notices */}
      <Stack gap="md" ref={top} style={{ scrollMarginTop: 76 }}>
        {notices}
        {!!error && !(isApiError(error) && handledCodes.includes(error.code)) && <ErrorAlert error={error} hideIssues />}
        {unplaced.length > 0 && (
          <Text size="sm" c="red.8" component="ul" m={0} pl="md">
            {unplaced.map((i) => (
              <li key={i.path}>
                {i.path}: {i.message}
              </li>
            ))}
          </Text>
        )}

        <Fieldset legend={t('farmers.section.person')} radius="md">
          <Stack gap="sm">
            {maskedId ? (
              <TextInput label={t('farmers.nationalId')} value={maskedId} readOnly description={t('farmers.idMaskedReadOnly')} />
            ) : (
              <NationalIdInput
                label={t('farmers.nationalId')}
                value={s.nationalId}
                onChange={(v) => set('nationalId', v)}
                error={err('nationalId')}
                required
                showIncomplete={submitted}
              />
            )}
            <SimpleGrid cols={{ base: 1, xs: 3 }} spacing="sm" verticalSpacing="sm">
              <Select
                label={t('farmers.nameTitle')}
                placeholder={t('farmers.pick')}
                data={[...COMMON_TITLES, OTHER_TITLE]}
                value={s.titleChoice}
                onChange={(v) => set('titleChoice', v)}
                clearable
                error={err('title')}
              />
              <TextInput label={t('farmers.firstName')} value={s.firstName} onChange={(e) => set('firstName', e.currentTarget.value)} error={err('firstName')} required autoComplete="off" />
              <TextInput label={t('farmers.lastName')} value={s.lastName} onChange={(e) => set('lastName', e.currentTarget.value)} error={err('lastName')} required autoComplete="off" />
            </SimpleGrid>
            {s.titleChoice === OTHER_TITLE && (
              <TextInput label={t('farmers.titleOther')} placeholder={t('farmers.titleOtherHint')} value={s.titleOther} onChange={(e) => set('titleOther', e.currentTarget.value)} maxLength={30} />
            )}
            <BeDateInput
              label={t('farmers.birthDate')}
              value={s.birthDate}
              onChange={(v) => set('birthDate', v)}
              error={err('birthDate')}
              description={t('farmers.birthDateHint')}
              max={todayIso()}
            />
            <Radio.Group label={t('farmers.sex')} value={s.sex ?? ''} onChange={(v) => set('sex', (v || null) as Sex | null)} error={err('sex')}>
              <Group gap="md" mt={6}>
                {SEXES.map((x) => (
                  <Radio key={x} value={x} label={t(`farmers.sex.${x}`)} />
                ))}
              </Group>
            </Radio.Group>
            <SimpleGrid cols={{ base: 1, xs: 3 }} spacing="sm" verticalSpacing="sm">
              <TextInput label={t('farmers.phone')} value={s.phone} onChange={(e) => set('phone', e.currentTarget.value)} error={err('phone')} inputMode="tel" type="tel" autoComplete="off" placeholder="08x-xxx-xxxx" />
              <NumberInput label={t('farmers.householdSize')} {...numberProps('householdSize')} min={1} max={50} allowDecimal={false} allowNegative={false} suffix={` ${t('farmers.persons')}`} />
              <TextInput label={t('farmers.farmerRegistryNo')} placeholder={t('farmers.farmerRegistryNoHint')} value={s.farmerRegistryNo} onChange={(e) => set('farmerRegistryNo', e.currentTarget.value)} error={err('farmerRegistryNo')} maxLength={30} />
            </SimpleGrid>
          </Stack>
        </Fieldset>

        <Fieldset legend={t('farmers.section.address')} radius="md">
          <Stack gap="sm">
            <Grid gap="sm">
              <Grid.Col span={{ base: 6, xs: 3 }}>
                <TextInput label={t('farmers.houseNo')} value={s.houseNo} onChange={(e) => set('houseNo', e.currentTarget.value)} error={err('houseNo')} maxLength={30} />
              </Grid.Col>
              <Grid.Col span={{ base: 6, xs: 3 }}>
                <NumberInput label={t('farmers.villageNo')} {...numberProps('villageNo')} min={1} max={99} allowDecimal={false} allowNegative={false} />
              </Grid.Col>
              <Grid.Col span={{ base: 12, xs: 6 }}>
                <TextInput label={t('farmers.villageName')} value={s.villageName} onChange={(e) => set('villageName', e.currentTarget.value)} error={err('villageName')} maxLength={100} />
              </Grid.Col>
            </Grid>
            <AreaPicker value={s.tambonCode} onChange={setArea} depth="tambon" required error={err('tambonCode')} />
          </Stack>
        </Fieldset>

        <Fieldset legend={t('farmers.section.land')} radius="md">
          <Stack gap="sm">
            <LandInput rai={s.rai} ngan={s.ngan} wa={s.wa} onChange={(k, v) => set(k, v)} error={err('plotAreaSqm')} />
            <Select
              label={t('farmers.titleDeedType')}
              placeholder={t('farmers.pick')}
              data={TITLE_DEED_TYPES.map((d) => ({ value: d, label: TITLE_DEED_LABELS[d][lang] }))}
              value={s.titleDeedType}
              onChange={(v) => set('titleDeedType', v as TitleDeedType | null)}
              clearable
              error={err('titleDeedType')}
            />
            <Checkbox label={t('farmers.pondDug')} checked={s.pondDug} onChange={(e) => set('pondDug', e.currentTarget.checked)} />
            {s.pondDug && (
              <SimpleGrid cols={{ base: 2 }} spacing="sm">
                <NumberInput
                  label={t('farmers.pondYear')}
                  description={t('farmers.pondYearHint', { year: currentBeYear() })}
                  {...numberProps('pondYear')}
                  allowDecimal={false}
                  allowNegative={false}
                  thousandSeparator={false}
                />
                <NumberInput
                  label={t('farmers.pondVolume')}
                  description={t('farmers.pondVolumeHint')}
                  {...numberProps('pondVolumeM3')}
                  min={0}
                  allowNegative={false}
                  decimalScale={2}
                  thousandSeparator=","
                />
              </SimpleGrid>
            )}
          </Stack>
        </Fieldset>

        <Fieldset legend={t('farmers.section.activities')} radius="md">
          <ActivitiesInput rows={s.activities} onChange={(rows) => set('activities', rows)} errors={activityErrors} />
        </Fieldset>

        <Fieldset legend={t('farmers.section.notes')} radius="md">
          <Textarea
            aria-label={t('farmers.section.notes')}
            value={s.notes}
            onChange={(e) => set('notes', e.currentTarget.value)}
            error={err('notes')}
            autosize
            minRows={2}
            maxLength={2000}
          />
        </Fieldset>

        {submitted && Object.keys(local).length > 0 && (
          <Text size="sm" c="red.8" role="alert">
            {t('farmers.fixFields')}
          </Text>
        )}
        <Group justify="flex-end" gap="sm">
          {onCancel && (
            <Button variant="default" onClick={onCancel}>
              {t('common.cancel')}
            </Button>
          )}
          <Button type="submit" loading={pending}>
            {submitLabel}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
