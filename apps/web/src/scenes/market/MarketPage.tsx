import { Badge, Stack, Text } from '@mantine/core';
import { RecordsEmpty } from '../../components/EmptyState';
import { OUTLET_TYPE_LABELS } from '@ntag/shared';
import type { Outlet, SurveyFramework } from '../../api/contract';
import type { Group } from '../../api/contract';
import { DataTable, type Column } from '../../components/DataTable';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Loading } from '../../components/Loading';
import { ThaiDate } from '../../components/ThaiDate';
import { hasPermission, useMe } from '../../features/auth/useMe';
import { outlets, useFramework } from '../../features/markets/useMarkets';
import { useProducts } from '../../features/production/useProduction';
import { itemsOf } from '../../features/records/useRecords';
import { useLang } from '../../i18n/I18nProvider';
import { useFieldT } from '../../i18n/field';
import { useProgressT } from '../../i18n/progress';
import { GroupStepFrame } from '../field/GroupStepFrame';
import { StaleRecord } from '../field/RecordParts';
import { actionsColumn, EntryPanel, RecordListSection } from '../field/RecordSections';
import { useRecordEditor } from '../field/useRecordEditor';
import { OutletForm } from './OutletForm';
import { draftOf, inputOf, newDraft } from './outletDraft';

/**
 * ขั้นตอนที่ 5 สำรวจตลาด: consumers, shops, community markets and key customers near the group,
 * surveyed with the province's framework (its outlet types and questions).
 */
export function MarketPage() {
  const t = useProgressT();
  return (
    <GroupStepFrame screen="market" title={t('screen.market')}>
      {(g) => <MarketScreen group={g} />}
    </GroupStepFrame>
  );
}

function Answers({ outlet, framework }: { outlet: Outlet; framework: SurveyFramework | undefined }) {
  // In the framework's order (the API keeps answers as jsonb, whose keys come back sorted).
  const order = framework?.questions.map((q) => q.key) ?? [];
  const rank = (k: string) => (order.includes(k) ? order.indexOf(k) : order.length);
  const entries = Object.entries(outlet.answers)
    .filter(([, v]) => v)
    .sort(([a], [b]) => rank(a) - rank(b));
  if (!entries.length) return null;
  const questionOf = (key: string) => framework?.questions.find((q) => q.key === key)?.text ?? key;
  return (
    <dl style={{ margin: '6px 0 0', display: 'grid', gap: 2 }}>
      {entries.map(([k, v]) => (
        <div key={k}>
          <Text component="dt" size="xs" c="dimmed">
            {questionOf(k)}
          </Text>
          <Text component="dd" size="sm" m={0} style={{ overflowWrap: 'anywhere' }}>
            {v}
          </Text>
        </div>
      ))}
    </dl>
  );
}

function MarketScreen({ group: g }: { group: Group }) {
  const t = useFieldT();
  const { lang } = useLang();
  const { data: me } = useMe();
  const canWrite = hasPermission(me, 'market.write');
  const framework = useFramework(g.province.code);
  const list = outlets.useList({ group: g.id });
  const products = useProducts();
  const editor = useRecordEditor(outlets, g.id);
  const records = itemsOf(list.data);
  const suggestions = [...new Set([...(products.data ?? []).map((p) => p.nameTh), ...records.flatMap((r) => r.products)])];

  const columns: Column<Outlet>[] = [
    {
      key: 'name',
      header: t('market.name'),
      primary: true,
      cell: (o) => (
        <>
          {o.name}{' '}
          <Badge size="sm" variant="light" color="orange" tt="none">
            {OUTLET_TYPE_LABELS[o.type][lang]}
          </Badge>
        </>
      ),
    },
    { key: 'products', header: t('market.products'), cell: (o) => o.products.join(', ') || '–' },
    { key: 'volume', header: t('market.volume'), cell: (o) => [o.volume, o.frequency].filter(Boolean).join(' · ') || '–' },
    { key: 'price', header: t('market.price'), cell: (o) => o.price ?? '–' },
    { key: 'date', header: t('market.surveyedOn'), cell: (o) => <ThaiDate value={o.date} /> },
  ];
  if (canWrite) columns.push(actionsColumn(editor, (o) => o.name));

  return (
    <Stack gap="md" maw={960}>
      {framework.data && (
        <Text size="sm" c="dimmed">
          {framework.data.custom ? t('market.frameworkCustom', { province: g.province.nameTh }) : t('market.frameworkDefault')}
        </Text>
      )}
      {framework.error && <ErrorAlert error={framework.error} />}
      {canWrite && (
        <EntryPanel title={editor.editing ? t('market.editTitle') : t('market.newTitle')} editing={!!editor.editing} saved={editor.saved && !editor.editing && t('market.saved', { name: editor.saved.name })}>
          {!framework.data ? (
            <Loading />
          ) : (
            <OutletForm
              key={editor.formKey}
              {...editor.formProps}
              group={g}
              framework={framework.data}
              productSuggestions={suggestions}
              initial={editor.editing ? draftOf(editor.editing) : newDraft(framework.data)}
              onSubmit={(d) => editor.save(inputOf(d, framework.data))}
              notice={
                <StaleRecord current={editor.current} onUseCurrent={editor.startEdit}>
                  {(c) => (
                    <>
                      {c.name} · <ThaiDate value={c.date} />
                    </>
                  )}
                </StaleRecord>
              }
            />
          )}
        </EntryPanel>
      )}
      <RecordListSection id="outlet-list" title={t('market.listTitle')} list={list} removeError={editor.remove.error} readOnly={!canWrite}>
        <DataTable
          columns={columns}
          rows={records}
          rowKey={(o) => o.id}
          minWidth={820}
          empty={<RecordsEmpty title={t('market.none')} />}
          stacked
          expanded={(o) => <Answers outlet={o} framework={framework.data} />}
        />
      </RecordListSection>
    </Stack>
  );
}
