import { useState } from 'react';
import { Autocomplete, Paper, Select, SimpleGrid, Stack, Text, Textarea } from '@mantine/core';
import { CHANNEL_LABELS, EXCHANGE_CHANNELS, formatDate, OUTLET_TYPE_LABELS, QUANTITY_UNIT_LABELS, todayIso, type Channel } from '@ntag/shared';
import type { MarketingEvent, Outlet } from '../../api/contract';
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
import { SALE_CHANNELS, validate, valueOf, withOutlet, type SaleDraft, type TxKind } from './salesDraft';

const PLATFORMS = ['Facebook', 'LINE', 'LINE OA', 'Shopee', 'Lazada', 'TikTok Shop', 'Instagram'];

interface Props extends EditorFormProps {
  group: Group;
  initial: SaleDraft;
  outlets: Outlet[];
  events: MarketingEvent[];
  onSubmit: (d: SaleDraft) => void;
}

/**
 * One exchange or sale: first what kind and where (the channel decides the rest: a surveyed
 * buyer, the marketing event, or the online platform), then what, how much and at what price,
 * with the value worked out as it is typed.
 */
export function SaleForm({ group: g, initial, outlets, events, editing, pending, error, idConflict, onStartNew, onSubmit, onCancel, notice }: Props) {
  const t = useFieldT();
  const { lang } = useLang();
  const { d, setD, set, err, submit } = useDraftForm({ name: 'sale', initial, validate: (x) => validate(x, t), error, pending, onSubmit });
  const [more, setMore] = useState(!!(initial.value || initial.notes));
  const unitLabel = d.unit ? QUANTITY_UNIT_LABELS[d.unit][lang] : '';
  const value = valueOf(d);
  const q = parseNumber(d.quantity);
  const price = parseNumber(d.unitPrice);
  const typedValue = parseNumber(d.value);

  const setKind = (kind: TxKind) =>
    setD((x) => ({ ...x, kind, channel: kind === 'exchange' ? (EXCHANGE_CHANNELS.includes(x.channel as Channel) ? x.channel : 'exchange_in_group') : x.channel && SALE_CHANNELS.includes(x.channel) ? x.channel : null }));

  const valueLine =
    typedValue !== null && Number.isFinite(typedValue)
      ? t('sales.valueTyped', { value: formatNumber(typedValue) })
      : q !== null && price !== null && value !== null
        ? t('sales.valueComputed', { q: formatNumber(q), unit: unitLabel, price: formatNumber(price), value: formatNumber(value) })
        : d.kind === 'sale'
          ? t('sales.valueNeeded')
          : t('sales.valueOptional');

  return (
    <form onSubmit={submit} noValidate data-sale-form aria-label={editing ? t('sales.editTitle') : t('sales.newTitle')}>
      <Stack gap="sm">
        {notice}
        <SaveError error={error} idConflict={idConflict} onStartNew={onStartNew} />
        <SegmentedField
          label={t('sales.kind')}
          value={d.kind}
          onChange={setKind}
          data={[
            { value: 'sale', label: t('sales.kind.sale') },
            { value: 'exchange', label: t('sales.kind.exchange') },
          ]}
        />
        {d.kind === 'exchange' ? (
          <SegmentedField
            label={t('sales.channel')}
            value={(d.channel ?? 'exchange_in_group') as Channel}
            onChange={(c) => set('channel', c)}
            data={[
              { value: 'exchange_in_group', label: t('sales.exchangeIn') },
              { value: 'exchange_outside', label: t('sales.exchangeOut') },
            ]}
          />
        ) : (
          <Select
            label={t('sales.channel')}
            placeholder={t('sales.pickChannel')}
            data={SALE_CHANNELS.map((c) => ({ value: c, label: CHANNEL_LABELS[c][lang] }))}
            value={d.channel}
            onChange={(c) => set('channel', c as Channel | null)}
            error={err('channel')}
            required
            allowDeselect={false}
            comboboxProps={{ withinPortal: true }}
          />
        )}
        {d.channel === 'event' && (
          <Select
            label={t('sales.event')}
            placeholder={events.length ? t('rec.pick') : t('sales.noEvents')}
            data={events.map((ev) => ({ value: ev.id, label: `${ev.name} · ${formatDate(ev.startsOn, lang)}` }))}
            value={d.eventId}
            onChange={(v) => set('eventId', v)}
            error={err('eventId')}
            required
            disabled={!events.length}
            description={t('sales.eventHint')}
            comboboxProps={{ withinPortal: true }}
          />
        )}
        {d.channel === 'online' && (
          <Autocomplete label={t('sales.platform')} placeholder={t('sales.platformHint')} data={PLATFORMS} value={d.platform} onChange={(v) => set('platform', v)} error={err('platform')} required maxLength={100} comboboxProps={{ withinPortal: true }} />
        )}
        {withOutlet(d.channel) && outlets.length > 0 && (
          <Select
            label={t('sales.outlet')}
            placeholder={t('sales.outletNone')}
            data={outlets.map((o) => ({ value: o.id, label: `${o.name} (${OUTLET_TYPE_LABELS[o.type][lang]})` }))}
            value={d.outletId}
            onChange={(v) => set('outletId', v)}
            clearable
            searchable
            error={err('outletId')}
            comboboxProps={{ withinPortal: true }}
          />
        )}
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm" verticalSpacing="sm">
          <BeDateInput label={t('sales.occurredOn')} value={d.date} onChange={(v) => set('date', v)} max={todayIso()} min={g.foundedOn ?? undefined} error={err('date')} required />
          <MemberSelect group={g} value={d.farmerId} onChange={(v) => set('farmerId', v)} error={err('farmerId')} label={t('sales.who')} />
        </SimpleGrid>
        <ProductFields
          value={d.product}
          unit={d.unit}
          onChange={(product, unit) => setD((x) => ({ ...x, product, unit }))}
          err={err}
        />
        <SimpleGrid cols={2} spacing="xs">
          <NumberField label={t('sales.quantity')} value={d.quantity} onChange={(v) => set('quantity', v)} unit={unitLabel} error={err('quantity')} required placeholder="0" />
          <NumberField
            label={d.kind === 'sale' ? t('sales.unitPrice') : t('sales.unitPriceOptional')}
            value={d.unitPrice}
            onChange={(v) => set('unitPrice', v)}
            unit={t('rec.baht')}
            error={err('unitPrice')}
            placeholder="0"
          />
        </SimpleGrid>
        <Paper withBorder radius="md" px="sm" py={6} bg="gray.0">
          <Text size="sm" aria-live="polite" data-testid="sale-value" fw={value !== null ? 600 : undefined} c={value === null && d.kind === 'sale' ? 'orange.9' : undefined}>
            {valueLine}
          </Text>
        </Paper>
        <MoreFields label={t('rec.more')} open={more} onToggle={() => setMore((m) => !m)}>
          <NumberField label={t('sales.valueBaht')} description={t('sales.valueBahtHint')} value={d.value} onChange={(v) => set('value', v)} unit={t('rec.baht')} error={err('value')} />
          <Textarea label={t('rec.notes')} value={d.notes} onChange={(e) => set('notes', e.currentTarget.value)} error={err('notes')} autosize minRows={2} maxLength={1000} />
        </MoreFields>
        <RecordFormButtons label={editing ? t('rec.saveChanges') : d.kind === 'sale' ? t('sales.saveSale') : t('sales.saveExchange')} pending={pending} onCancel={onCancel} />
      </Stack>
    </form>
  );
}
