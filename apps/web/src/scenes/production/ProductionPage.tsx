import { useState } from 'react';
import { Badge, Group as Row, Paper, Stack, Text, Title } from '@mantine/core';
import { formatMonth, PRODUCE_USE_LABELS, PRODUCE_USES, QUANTITY_UNIT_LABELS, type QuantityUnit } from '@ntag/shared';
import type { ProductionRecord } from '../../api/stepTypes';
import type { Group } from '../../api/types';
import { DataTable, type Column } from '../../components/DataTable';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Loading } from '../../components/Loading';
import { StaleNotice } from '../../components/StaleNotice';
import { ThaiDate } from '../../components/ThaiDate';
import { hasPermission, useMe } from '../../features/auth/useMe';
import { lastProduct, production, rememberProduct, useProductName } from '../../features/production/useProduction';
import { itemsOf } from '../../features/records/useRecords';
import { formatNumber, useLang } from '../../i18n/I18nProvider';
import { useFieldT } from '../../i18n/field';
import { useProgressT } from '../../i18n/progress';
import { GroupStepFrame } from '../field/GroupStepFrame';
import { LoadMore, RowActions, SavedNote } from '../field/RecordParts';
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
  const unitOf = (u: QuantityUnit) => QUANTITY_UNIT_LABELS[u][lang];
  const productName = useProductName();

  // The next entry starts from the last one saved here, else from this device's last product for
  // the group, else from the newest record.
  const remembered = lastProduct(g.id);
  const newest = records[0];
  const startDraft = carry
    ? newDraft({ product: carry.product, unit: carry.unit, recordedOn: carry.recordedOn, period: carry.period, farmerId: carry.farmerId })
    : remembered
      ? newDraft({ product: { code: remembered.code, name: remembered.name, other: !remembered.code }, unit: remembered.unit as QuantityUnit })
      : newest
        ? newDraft({ product: newest.productCode ? { code: newest.productCode, name: newest.productName, other: false } : { code: null, name: newest.productName, other: true }, unit: newest.unit })
        : newDraft();
  const initial = editor.editing ? draftOf(editor.editing) : startDraft;

  const onSubmit = (d: ProductionDraft) =>
    editor.save(inputOf(d), (r) => {
      if (!editor.editing) {
        rememberProduct(g.id, { code: r.productCode, name: r.productName, unit: r.unit });
        setCarry(d);
      }
    });

  const usesText = (r: ProductionRecord) =>
    PRODUCE_USES.filter((u) => r.uses[u] > 0)
      .map((u) => `${PRODUCE_USE_LABELS[u][lang]} ${formatNumber(r.uses[u])}`)
      .join(' · ') || '–';

  const columns: Column<ProductionRecord>[] = [
    {
      key: 'product',
      header: t('rec.product'),
      primary: true,
      cell: (r) => (
        <>
          {productName(r)}{' '}
          <Text span fw={700} style={{ whiteSpace: 'nowrap' }}>
            {formatNumber(r.quantity)} {unitOf(r.unit)}
          </Text>
        </>
      ),
    },
    { key: 'date', header: t('production.recordedOn'), cell: (r) => (r.period === 'month' ? `${formatMonth(r.recordedOn.slice(0, 7), lang)} ${t('production.wholeMonth')}` : <ThaiDate value={r.recordedOn} />) },
    { key: 'who', header: t('rec.who'), cell: (r) => r.farmerName ?? t('rec.wholeGroup') },
    { key: 'uses', header: t('production.uses'), cell: usesText },
    { key: 'value', header: t('production.valueShort'), align: 'right', cell: (r) => (r.valueBaht === null ? '–' : <span style={{ whiteSpace: 'nowrap' }}>{t('rec.bahtValue', { n: formatNumber(r.valueBaht) })}</span>) },
  ];
  if (canWrite) {
    columns.push({
      key: 'actions',
      header: '',
      cell: (r) => (
        <RowActions
          label={`${productName(r)} ${formatNumber(r.quantity)} ${unitOf(r.unit)}`}
          onEdit={() => {
            editor.startEdit(r);
            window.scrollTo({ top: 0, behavior: 'smooth' });
          }}
          onDelete={() => editor.remove.mutate({ id: r.id, version: r.version })}
          deleting={editor.remove.isPending && editor.remove.variables?.id === r.id}
        />
      ),
    });
  }

  return (
    <Stack gap="md" maw={960}>
      {canWrite && (
        <Paper withBorder radius="md" p="sm">
          <Row justify="space-between" mb="xs" gap="xs">
            <Title order={3} size="h4">
              {editor.editing ? t('production.editTitle') : t('production.newTitle')}
            </Title>
            {editor.editing && <Badge variant="light">{t('rec.editing')}</Badge>}
          </Row>
          {editor.saved && !editor.editing && (
            <SavedNote>{t('production.saved', { product: editor.saved.productName, n: formatNumber(editor.saved.quantity), unit: unitOf(editor.saved.unit) })}</SavedNote>
          )}
          {list.isPending ? (
            <Loading />
          ) : (
          <ProductionForm
            key={editor.formKey}
            group={g}
            initial={initial}
            editing={!!editor.editing}
            pending={editor.pending}
            error={editor.current ? null : editor.error}
            idConflict={editor.idConflict}
            onStartNew={editor.startNew}
            onSubmit={onSubmit}
            onCancel={editor.editing ? editor.cancelEdit : undefined}
            notice={
              editor.current && (
                <StaleNotice onUseCurrent={() => editor.startEdit(editor.current!)}>
                  {t('rec.staleHint')} {editor.current.productName} {formatNumber(editor.current.quantity)} {unitOf(editor.current.unit)} · <ThaiDate value={editor.current.recordedOn} />
                </StaleNotice>
              )
            }
          />
          )}
        </Paper>
      )}
      <section aria-labelledby="production-list">
        <Title order={3} size="h4" id="production-list" mb="xs">
          {t('production.listTitle')}
        </Title>
        {list.isPending ? (
          <Loading />
        ) : list.error && !list.data ? (
          <ErrorAlert error={list.error} />
        ) : (
          <Stack gap="sm">
            {!!editor.remove.error && <ErrorAlert error={editor.remove.error} />}
            <DataTable columns={columns} rows={records} rowKey={(r) => r.id} minWidth={760} empty={t('production.none')} stacked />
            <LoadMore show={!!list.hasNextPage} loading={list.isFetchingNextPage} onMore={() => void list.fetchNextPage()} />
          </Stack>
        )}
      </section>
      {!canWrite && (
        <Text size="sm" c="dimmed">
          {t('rec.readOnly')}
        </Text>
      )}
    </Stack>
  );
}
