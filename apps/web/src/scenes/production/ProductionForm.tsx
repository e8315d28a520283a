import { useState } from 'react';
import { Paper, SimpleGrid, Stack, Text, Textarea } from '@mantine/core';
import { PRODUCE_USE_LABELS, PRODUCE_USES, QUANTITY_UNIT_LABELS, todayIso } from '@ntag/shared';
import type { Group } from '../../api/contract';
import { BeDateInput } from '../../components/BeDateInput';
import { NumberField, parseNumber } from '../../components/NumberField';
import { SegmentedField } from '../../components/SegmentedChoice';
import { useDraftForm } from '../../components/useDraftForm';
import { formatNumber, useLang } from '../../i18n/I18nProvider';
import { useFieldT } from '../../i18n/field';
import { MemberSelect } from '../field/MemberSelect';
import { ProductFields } from '../field/ProductFields';
import { MoreFields } from '../field/MoreFields';
import { RecordFormButtons, SaveError } from '../field/RecordParts';
import type { EditorFormProps } from '../field/useRecordEditor';
import { usesOf, validate, type ProductionDraft } from './productionDraft';

interface Props extends EditorFormProps {
  group: Group;
  initial: ProductionDraft;
  onSubmit: (d: ProductionDraft) => void;
}

/**
 * One harvest (or a month's total): when, whose, what, how much, and how it was used, with
 * what is left shown as the numbers are typed. Short enough for a phone in the field; the
 * value and notes wait behind "ข้อมูลเพิ่มเติม".
 */
export function ProductionForm({ group: g, initial, editing, pending, error, idConflict, onStartNew, onSubmit, onCancel, notice }: Props) {
  const t = useFieldT();
  const { lang } = useLang();
  const { d, setD, set, err, submit } = useDraftForm({ name: 'production', initial, validate: (x) => validate(x, t), error, pending, onSubmit });
  const [more, setMore] = useState(!!(initial.value || initial.notes));
  const quantity = parseNumber(d.quantity);
  const { sum } = usesOf(d);
  const unitLabel = d.unit ? QUANTITY_UNIT_LABELS[d.unit][lang] : '';
  const left = quantity && Number.isFinite(quantity) ? quantity - sum : null;

  return (
    <form onSubmit={submit} noValidate data-production-form aria-label={editing ? t('production.editTitle') : t('production.newTitle')}>
      <Stack gap="sm">
        {notice}
        <SaveError error={error} idConflict={idConflict} onStartNew={onStartNew} />
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm" verticalSpacing="sm">
          <BeDateInput label={t('production.recordedOn')} value={d.date} onChange={(v) => set('date', v)} max={todayIso()} min={g.foundedOn ?? undefined} error={err('date')} required />
          <SegmentedField
            label={t('production.period')}
            id="production-period"
            value={d.period}
            onChange={(v) => set('period', v)}
            data={[
              { value: 'day', label: t('production.period.day') },
              { value: 'month', label: t('production.period.month') },
            ]}
          />
        </SimpleGrid>
        <MemberSelect group={g} value={d.farmerId} onChange={(v) => set('farmerId', v)} error={err('farmerId')} />
        <ProductFields
          value={d.product}
          unit={d.unit}
          onChange={(product, unit) => setD((x) => ({ ...x, product, unit }))}
          err={err}
        />
        <NumberField label={t('production.quantity')} value={d.quantity} onChange={(v) => set('quantity', v)} unit={unitLabel} error={err('quantity')} required placeholder="0" />

        <Paper withBorder radius="md" p="sm" bg="gray.0">
          <Text size="sm" fw={600} mb={2}>
            {t('production.uses')}
          </Text>
          <Text size="xs" c="dimmed" mb="xs">
            {t('production.usesHint')}
          </Text>
          <SimpleGrid cols={{ base: 2, sm: 5 }} spacing="xs" verticalSpacing="xs">
            {PRODUCE_USES.map((u) => (
              <NumberField key={u} label={PRODUCE_USE_LABELS[u][lang]} value={d.uses[u]} onChange={(v) => set('uses', { ...d.uses, [u]: v })} error={err(`uses.${u}`)} placeholder="0" />
            ))}
          </SimpleGrid>
          <Text size="sm" mt="xs" aria-live="polite" data-testid="uses-left" c={left !== null && left < 0 ? 'red.8' : 'dimmed'} fw={left !== null && left < 0 ? 600 : undefined}>
            {left === null
              ? t('production.usesNoQuantity', { used: formatNumber(sum) })
              : left < 0
                ? t('production.usesOverBy', { n: formatNumber(-left), unit: unitLabel })
                : t('production.usesLeft', { used: formatNumber(sum), total: formatNumber(quantity!), left: formatNumber(left), unit: unitLabel })}
          </Text>
          {err('uses') && (
            <Text size="sm" c="red.8" role="alert">
              {err('uses')}
            </Text>
          )}
        </Paper>

        <MoreFields label={t('rec.more')} open={more} onToggle={() => setMore((m) => !m)}>
          <NumberField label={t('production.valueBaht')} description={t('production.valueHint')} value={d.value} onChange={(v) => set('value', v)} unit={t('rec.baht')} error={err('value')} />
          <Textarea label={t('rec.notes')} value={d.notes} onChange={(e) => set('notes', e.currentTarget.value)} error={err('notes')} autosize minRows={2} maxLength={1000} />
        </MoreFields>
        <RecordFormButtons label={editing ? t('rec.saveChanges') : t('production.save')} pending={pending} onCancel={onCancel} />
      </Stack>
    </form>
  );
}
