import { useState } from 'react';
import { RecordsEmpty } from '../../components/EmptyState';
import { Badge, Stack, Text } from '@mantine/core';
import { CHANNEL_LABELS } from '@ntag/shared';
import type { Transaction } from '../../api/contract';
import type { Group } from '../../api/contract';
import { DataTable, type Column } from '../../components/DataTable';
import { Loading } from '../../components/Loading';
import { ThaiDate } from '../../components/ThaiDate';
import { hasPermission, useMe } from '../../features/auth/useMe';
import { outlets as outletHooks } from '../../features/markets/useMarkets';
import { useProducts } from '../../features/production/useProduction';
import { itemsOf } from '../../features/records/useRecords';
import { transactions, useEvents } from '../../features/sales/useSales';
import { formatNumber, useLang } from '../../i18n/I18nProvider';
import { useFieldT } from '../../i18n/field';
import { useProgressT } from '../../i18n/progress';
import { GroupStepFrame } from '../field/GroupStepFrame';
import { productOf } from '../field/productLine';
import { StaleRecord } from '../field/RecordParts';
import { actionsColumn, EntryPanel, RecordListSection } from '../field/RecordSections';
import { useProductLine } from '../field/useProductLine';
import { useRecordEditor } from '../field/useRecordEditor';
import { SaleForm } from './SaleForm';
import { draftOf, inputOf, newDraft, type SaleDraft } from './salesDraft';

/**
 * ขั้นตอนที่ 6 การแลกเปลี่ยนและจำหน่าย: exchanges inside and outside the group and sales by
 * channel. The entry form comes first (today, the channel and product last used), the records
 * below, newest first, each marked exchange or sale with its value.
 */
export function SalesPage() {
  const t = useProgressT();
  return (
    <GroupStepFrame screen="sales" title={t('screen.sales')}>
      {(g) => <SalesScreen group={g} />}
    </GroupStepFrame>
  );
}

export function KindBadge({ kind }: { kind: Transaction['kind'] }) {
  const t = useFieldT();
  return (
    <Badge size="sm" variant="light" color={kind === 'sale' ? 'teal' : 'grape'} tt="none" data-testid="kind-badge" styles={{ label: { overflow: 'visible' } }}>
      {kind === 'sale' ? t('sales.kind.sale') : t('sales.kind.exchange')}
    </Badge>
  );
}

function SalesScreen({ group: g }: { group: Group }) {
  const t = useFieldT();
  const { lang } = useLang();
  const { data: me } = useMe();
  const canWrite = hasPermission(me, 'sales.write');
  const list = transactions.useList({ group: g.id });
  const outlets = outletHooks.useList({ group: g.id, limit: 500 }, hasPermission(me, 'market.read'));
  const events = useEvents({ group: g.id });
  const editor = useRecordEditor(transactions, g.id);
  const [carry, setCarry] = useState<SaleDraft | null>(null);
  const records = itemsOf(list.data);
  const product = useProductLine<Transaction>();
  const products = useProducts().data;
  const { unitOf, nameOf } = product;
  const newest = records[0];
  const startDraft = carry
    ? newDraft({ ...carry, value: '' })
    : newest
      ? newDraft({ kind: newest.kind, channel: newest.channel, product: productOf(newest, products), unit: newest.unit })
      : newDraft();
  const initial = editor.editing ? draftOf(editor.editing, products) : startDraft;

  const columns: Column<Transaction>[] = [
    product.column,
    { key: 'kind', header: t('sales.kind'), cell: (r) => <KindBadge kind={r.kind} /> },
    { key: 'value', header: t('sales.value'), align: 'right', cell: (r) => (r.value === null ? '–' : <Text span fw={600} size="sm" style={{ whiteSpace: 'nowrap' }}>{t('rec.bahtValue', { n: formatNumber(r.value) })}</Text>) },
    { key: 'date', header: t('sales.occurredOn'), cell: (r) => <ThaiDate value={r.date} /> },
    { key: 'channel', header: t('sales.channel'), cell: (r) => [CHANNEL_LABELS[r.channel][lang], r.platform].filter(Boolean).join(': ') },
    { key: 'who', header: t('sales.who'), cell: (r) => r.farmerName ?? t('rec.wholeGroup') },
  ];
  if (canWrite) columns.push(actionsColumn(editor, product.labelOf));

  return (
    <Stack gap="md" maw={960}>
      {canWrite && (
        <EntryPanel
          title={editor.editing ? t('sales.editTitle') : t('sales.newTitle')}
          editing={!!editor.editing}
          saved={
            editor.saved &&
            !editor.editing &&
            t(editor.saved.kind === 'sale' ? 'sales.savedSale' : 'sales.savedExchange', {
              product: nameOf(editor.saved),
              n: formatNumber(editor.saved.quantity),
              unit: unitOf(editor.saved.unit),
              value: editor.saved.value === null ? '–' : formatNumber(editor.saved.value),
            })
          }
        >
          {list.isPending ? (
            <Loading />
          ) : (
            <SaleForm
              key={editor.formKey}
              {...editor.formProps}
              group={g}
              initial={initial}
              outlets={itemsOf(outlets.data)}
              events={events.data?.items ?? []}
              onSubmit={(d) => editor.save(inputOf(d), () => !editor.editing && setCarry(d))}
              notice={
                <StaleRecord current={editor.current} onUseCurrent={editor.startEdit}>
                  {(c) => (
                    <>
                      {nameOf(c)} {formatNumber(c.quantity)} {unitOf(c.unit)} · <ThaiDate value={c.date} />
                    </>
                  )}
                </StaleRecord>
              }
            />
          )}
        </EntryPanel>
      )}
      <RecordListSection id="sales-list" title={t('sales.listTitle')} list={list} removeError={editor.remove.error} readOnly={!canWrite}>
        <DataTable columns={columns} rows={records} rowKey={(r) => r.id} minWidth={820} empty={<RecordsEmpty title={t('sales.none')} />} stacked />
      </RecordListSection>
    </Stack>
  );
}
