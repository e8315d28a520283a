import { useState } from 'react';
import { RecordsEmpty } from '../../components/EmptyState';
import { Stack } from '@mantine/core';
import { formatMonth, PRODUCE_USE_LABELS, PRODUCE_USES, type QuantityUnit } from '@ntag/shared';
import type { Group, ProductionRecord } from '../../api/contract';
import { DataTable, type Column } from '../../components/DataTable';
import { Loading } from '../../components/Loading';
import { ThaiDate } from '../../components/ThaiDate';
import { hasPermission, useMe } from '../../features/auth/useMe';
import { lastProduct, production, rememberProduct, useProducts } from '../../features/production/useProduction';
import { itemsOf } from '../../features/records/useRecords';
import { formatNumber, useLang } from '../../i18n/I18nProvider';
import { useFieldT } from '../../i18n/field';
import { useProgressT } from '../../i18n/progress';
import { GroupStepFrame } from '../field/GroupStepFrame';
import { productOf } from '../field/productLine';
import { StaleRecord } from '../field/RecordParts';
import { actionsColumn, EntryPanel, RecordListSection } from '../field/RecordSections';
import { useProductLine } from '../field/useProductLine';
import { useRecordEditor } from '../field/useRecordEditor';
import { ProductionForm } from './ProductionForm';
import { draftOf, inputOf, newDraft, type ProductionDraft } from './productionDraft';

/**
 * ขั้นตอนที่ 4 ผลผลิต: what the group (or a member) harvested and how it was used. The entry form
 * comes first (today, the whole group, the product last used), the records below, newest first.
 */
export function ProductionPage() {
  const t = useProgressT();
  return (
    <GroupStepFrame screen="production" title={t('screen.production')}>
      {(g) => <ProductionScreen group={g} />}
    </GroupStepFrame>
  );
}

function ProductionScreen({ group: g }: { group: Group }) {
  const t = useFieldT();
  const { lang } = useLang();
  const { data: me } = useMe();
  const canWrite = hasPermission(me, 'production.write');
  const list = production.useList({ group: g.id });
  const editor = useRecordEditor(production, g.id);
  const [carry, setCarry] = useState<ProductionDraft | null>(null);
  const records = itemsOf(list.data);
  const product = useProductLine<ProductionRecord>();
  const products = useProducts().data;
  const { unitOf, nameOf } = product;

  // The next entry starts from the last one saved here, else from this device's last product for
  // the group, else from the newest record.
  const remembered = lastProduct(g.id);
  const newest = records[0];
  const startDraft = carry
    ? newDraft({ product: carry.product, unit: carry.unit, date: carry.date, period: carry.period, farmerId: carry.farmerId })
    : remembered
      ? newDraft({ product: { code: remembered.code, name: remembered.name, other: !remembered.code }, unit: remembered.unit as QuantityUnit })
      : newest
        ? newDraft({ product: productOf(newest, products), unit: newest.unit })
        : newDraft();
  const initial = editor.editing ? draftOf(editor.editing, products) : startDraft;

  const onSubmit = (d: ProductionDraft) =>
    editor.save(inputOf(d), (r) => {
      if (!editor.editing) {
        rememberProduct(g.id, { code: d.product.code, name: d.product.code ? nameOf(r) : r.product, unit: r.unit });
        setCarry(d);
      }
    });

  const usesText = (r: ProductionRecord) =>
    PRODUCE_USES.filter((u) => r.uses[u] > 0)
      .map((u) => `${PRODUCE_USE_LABELS[u][lang]} ${formatNumber(r.uses[u])}`)
      .join(' · ') || '–';

  const columns: Column<ProductionRecord>[] = [
    product.column,
    { key: 'date', header: t('production.recordedOn'), cell: (r) => (r.period === 'month' ? `${formatMonth(r.date.slice(0, 7), lang)} ${t('production.wholeMonth')}` : <ThaiDate value={r.date} />) },
    { key: 'who', header: t('rec.who'), cell: (r) => r.farmerName ?? t('rec.wholeGroup') },
    { key: 'uses', header: t('production.uses'), cell: usesText },
    { key: 'value', header: t('production.valueShort'), align: 'right', cell: (r) => (r.value === null ? '–' : <span style={{ whiteSpace: 'nowrap' }}>{t('rec.bahtValue', { n: formatNumber(r.value) })}</span>) },
  ];
  if (canWrite) columns.push(actionsColumn(editor, product.labelOf));

  return (
    <Stack gap="md" maw={960}>
      {canWrite && (
        <EntryPanel
          title={editor.editing ? t('production.editTitle') : t('production.newTitle')}
          editing={!!editor.editing}
          saved={editor.saved && !editor.editing && t('production.saved', { product: nameOf(editor.saved), n: formatNumber(editor.saved.quantity), unit: unitOf(editor.saved.unit) })}
        >
          {list.isPending ? (
            <Loading />
          ) : (
            <ProductionForm
              key={editor.formKey}
              {...editor.formProps}
              group={g}
              initial={initial}
              onSubmit={onSubmit}
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
      <RecordListSection id="production-list" title={t('production.listTitle')} list={list} removeError={editor.remove.error} readOnly={!canWrite}>
        <DataTable columns={columns} rows={records} rowKey={(r) => r.id} minWidth={760} empty={<RecordsEmpty title={t('production.none')} />} stacked />
      </RecordListSection>
    </Stack>
  );
}
