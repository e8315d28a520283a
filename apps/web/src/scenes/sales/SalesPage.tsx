import { useState } from 'react';
import { Badge, Group as Row, Paper, Stack, Text, Title } from '@mantine/core';
import { CHANNEL_LABELS, QUANTITY_UNIT_LABELS, type QuantityUnit } from '@ntag/shared';
import type { Transaction } from '../../api/stepTypes';
import type { Group } from '../../api/types';
import { DataTable, type Column } from '../../components/DataTable';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Loading } from '../../components/Loading';
import { StaleNotice } from '../../components/StaleNotice';
import { ThaiDate } from '../../components/ThaiDate';
import { hasPermission, useMe } from '../../features/auth/useMe';
import { outlets as outletHooks } from '../../features/markets/useMarkets';
import { itemsOf } from '../../features/records/useRecords';
import { useProductName } from '../../features/production/useProduction';
import { transactions, useEvents } from '../../features/sales/useSales';
import { formatNumber, useLang } from '../../i18n/I18nProvider';
import { useFieldT } from '../../i18n/field';
import { useProgressT } from '../../i18n/progress';
import { GroupStepFrame } from '../field/GroupStepFrame';
import { LoadMore, RowActions, SavedNote } from '../field/RecordParts';
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
  const unitOf = (u: QuantityUnit) => QUANTITY_UNIT_LABELS[u][lang];
  const productName = useProductName();
  const newest = records[0];
  const startDraft = carry
    ? newDraft({ ...carry, valueBaht: '' })
    : newest
      ? newDraft({ kind: newest.kind, channel: newest.channel, product: newest.productCode ? { code: newest.productCode, name: newest.productName, other: false } : { code: null, name: newest.productName, other: true }, unit: newest.unit })
      : newDraft();
  const initial = editor.editing ? draftOf(editor.editing) : startDraft;

  const columns: Column<Transaction>[] = [
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
    { key: 'kind', header: t('sales.kind'), cell: (r) => <KindBadge kind={r.kind} /> },
    { key: 'value', header: t('sales.value'), align: 'right', cell: (r) => (r.valueBaht === null ? '–' : <Text span fw={600} size="sm" style={{ whiteSpace: 'nowrap' }}>{t('rec.bahtValue', { n: formatNumber(r.valueBaht) })}</Text>) },
    { key: 'date', header: t('sales.occurredOn'), cell: (r) => <ThaiDate value={r.occurredOn} /> },
    { key: 'channel', header: t('sales.channel'), cell: (r) => [CHANNEL_LABELS[r.channel][lang], r.platform].filter(Boolean).join(': ') },
    { key: 'who', header: t('sales.who'), cell: (r) => r.farmerName ?? t('rec.wholeGroup') },
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
              {editor.editing ? t('sales.editTitle') : t('sales.newTitle')}
            </Title>
            {editor.editing && <Badge variant="light">{t('rec.editing')}</Badge>}
          </Row>
          {editor.saved && !editor.editing && (
            <SavedNote>
              {t(editor.saved.kind === 'sale' ? 'sales.savedSale' : 'sales.savedExchange', {
                product: editor.saved.productName,
                n: formatNumber(editor.saved.quantity),
                unit: unitOf(editor.saved.unit),
                value: editor.saved.valueBaht === null ? '–' : formatNumber(editor.saved.valueBaht),
              })}
            </SavedNote>
          )}
          {list.isPending ? (
            <Loading />
          ) : (
            <SaleForm
              key={editor.formKey}
              group={g}
              initial={initial}
              outlets={itemsOf(outlets.data)}
              events={events.data?.items ?? []}
              editing={!!editor.editing}
              pending={editor.pending}
              error={editor.current ? null : editor.error}
              idConflict={editor.idConflict}
              onStartNew={editor.startNew}
              onSubmit={(d) => editor.save(inputOf(d), () => !editor.editing && setCarry(d))}
              onCancel={editor.editing ? editor.cancelEdit : undefined}
              notice={
                editor.current && (
                  <StaleNotice onUseCurrent={() => editor.startEdit(editor.current!)}>
                    {t('rec.staleHint')} {editor.current.productName} {formatNumber(editor.current.quantity)} {unitOf(editor.current.unit)} · <ThaiDate value={editor.current.occurredOn} />
                  </StaleNotice>
                )
              }
            />
          )}
        </Paper>
      )}
      <section aria-labelledby="sales-list">
        <Title order={3} size="h4" id="sales-list" mb="xs">
          {t('sales.listTitle')}
        </Title>
        {list.isPending ? (
          <Loading />
        ) : list.error && !list.data ? (
          <ErrorAlert error={list.error} />
        ) : (
          <Stack gap="sm">
            {!!editor.remove.error && <ErrorAlert error={editor.remove.error} />}
            <DataTable columns={columns} rows={records} rowKey={(r) => r.id} minWidth={820} empty={t('sales.none')} stacked />
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
