import { useState } from 'react';
import { Button, Group as Row, Select, SimpleGrid, Stack, TagsInput, Text, Textarea, TextInput } from '@mantine/core';
import { OUTLET_TYPE_LABELS, todayIso, type OutletType } from '@ntag/shared';
import type { SurveyFramework } from '../../api/contract';
import type { Group } from '../../api/contract';
import { BeDateInput } from '../../components/BeDateInput';
import { NumberField } from '../../components/NumberField';
import { useDraftForm } from '../../components/useDraftForm';
import { useLang } from '../../i18n/I18nProvider';
import { useFieldT } from '../../i18n/field';
import { MoreFields } from '../field/MoreFields';
import { RecordFormButtons, SaveError } from '../field/RecordParts';
import type { EditorFormProps } from '../field/useRecordEditor';
import { validate, type OutletDraft } from './outletDraft';

interface Props extends EditorFormProps {
  group: Group;
  framework: SurveyFramework;
  productSuggestions: string[];
  initial: OutletDraft;
  onSubmit: (d: OutletDraft) => void;
}

type Locating = 'idle' | 'busy' | 'denied' | 'failed';

/**
 * One outlet surveyed near the group (a shop, a market, a key customer…): the types and the
 * questions are the province's (its survey framework). What it buys, how much, how often and at
 * what price come first; its address, position and contact wait behind "ข้อมูลเพิ่มเติม".
 */
export function OutletForm({ group: g, framework, productSuggestions, initial, editing, pending, error, idConflict, onStartNew, onSubmit, onCancel, notice }: Props) {
  const t = useFieldT();
  const { lang } = useLang();
  const [more, setMore] = useState(!!(initial.address || initial.latitude || initial.contact));
  const [locating, setLocating] = useState<Locating>('idle');
  const { d, setD, set, err, submit } = useDraftForm({
    name: 'outlet',
    initial,
    validate: (x) => validate(x, t),
    error,
    pending,
    onSubmit,
    // The position is folded away: unfold it when it is what is wrong.
    onInvalid: (problems) => setMore((m) => m || !!(problems.latitude || problems.longitude)),
  });
  // A type the province has since dropped stays choosable on the record that has it.
  const types = d.type && !framework.outletTypes.includes(d.type) ? [...framework.outletTypes, d.type] : framework.outletTypes;

  const locate = () => {
    if (!('geolocation' in navigator)) return setLocating('failed');
    setLocating('busy');
    navigator.geolocation.getCurrentPosition(
      (pos) => {
        setD((x) => ({ ...x, latitude: pos.coords.latitude.toFixed(6), longitude: pos.coords.longitude.toFixed(6) }));
        setLocating('idle');
      },
      (e) => setLocating(e.code === e.PERMISSION_DENIED ? 'denied' : 'failed'),
      { enableHighAccuracy: true, timeout: 15_000, maximumAge: 60_000 },
    );
  };

  return (
    <form onSubmit={submit} noValidate data-outlet-form aria-label={editing ? t('market.editTitle') : t('market.newTitle')}>
      <Stack gap="sm">
        {notice}
        <SaveError error={error} idConflict={idConflict} onStartNew={onStartNew} />
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm" verticalSpacing="sm">
          <Select
            label={t('market.type')}
            placeholder={t('rec.pick')}
            data={types.map((ty) => ({ value: ty, label: OUTLET_TYPE_LABELS[ty][lang] }))}
            value={d.type}
            onChange={(v) => set('type', v as OutletType | null)}
            error={err('type')}
            required
            allowDeselect={false}
            comboboxProps={{ withinPortal: true }}
          />
          <TextInput label={t('market.name')} placeholder={t('market.nameHint')} value={d.name} onChange={(e) => set('name', e.currentTarget.value)} error={err('name')} required maxLength={200} />
        </SimpleGrid>
        <BeDateInput label={t('market.surveyedOn')} value={d.date} onChange={(v) => set('date', v)} max={todayIso()} min={g.foundedOn ?? undefined} error={err('date')} required />
        <TagsInput
          label={t('market.products')}
          description={t('market.productsHint')}
          value={d.products}
          onChange={(v) => set('products', v)}
          data={productSuggestions}
          error={err('products')}
          maxTags={50}
          splitChars={[',', '，']}
          clearable
          comboboxProps={{ withinPortal: true }}
        />
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm" verticalSpacing="sm">
          <TextInput label={t('market.volume')} placeholder={t('market.volumeHint')} value={d.volume} onChange={(e) => set('volume', e.currentTarget.value)} error={err('volume')} maxLength={200} />
          <TextInput label={t('market.frequency')} placeholder={t('market.frequencyHint')} value={d.frequency} onChange={(e) => set('frequency', e.currentTarget.value)} error={err('frequency')} maxLength={200} />
          <TextInput label={t('market.price')} placeholder={t('market.priceHint')} value={d.price} onChange={(e) => set('price', e.currentTarget.value)} error={err('price')} maxLength={200} />
        </SimpleGrid>
        {framework.questions.length > 0 && (
          <Stack gap="xs">
            <Text size="sm" fw={600}>
              {t('market.questions')}
            </Text>
            {framework.questions.map((q) => (
              <Textarea key={q.key} label={q.text} value={d.answers[q.key] ?? ''} onChange={(e) => set('answers', { ...d.answers, [q.key]: e.currentTarget.value })} error={err(`answers.${q.key}`)} autosize minRows={1} maxLength={1000} />
            ))}
          </Stack>
        )}
        <MoreFields label={t('market.moreDetails')} open={more} onToggle={() => setMore((m) => !m)}>
          <Textarea label={t('market.address')} value={d.address} onChange={(e) => set('address', e.currentTarget.value)} error={err('address')} autosize minRows={1} maxLength={500} />
          <SimpleGrid cols={2} spacing="xs">
            <NumberField label={t('market.latitude')} value={d.latitude} onChange={(v) => set('latitude', v)} error={err('latitude')} placeholder="16.4419" />
            <NumberField label={t('market.longitude')} value={d.longitude} onChange={(v) => set('longitude', v)} error={err('longitude')} placeholder="102.8360" />
          </SimpleGrid>
          <Row gap="sm" wrap="wrap">
            <Button variant="light" onClick={locate} loading={locating === 'busy'}>
              {t('market.useLocation')}
            </Button>
            {locating === 'denied' && (
              <Text size="sm" c="orange.9">
                {t('market.locationDenied')}
              </Text>
            )}
            {locating === 'failed' && (
              <Text size="sm" c="orange.9">
                {t('market.locationFailed')}
              </Text>
            )}
          </Row>
          <TextInput label={t('market.contact')} placeholder={t('market.contactHint')} value={d.contact} onChange={(e) => set('contact', e.currentTarget.value)} error={err('contact')} maxLength={300} />
        </MoreFields>
        <RecordFormButtons label={editing ? t('rec.saveChanges') : t('market.save')} pending={pending} onCancel={onCancel} />
      </Stack>
    </form>
  );
}
