import { Button, CloseButton, Fieldset, Group, NumberInput, Select, SimpleGrid, Stack, Table, Text, TextInput } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { CHANNEL_LABELS, CHANNELS, QUANTITY_UNIT_LABELS, nameKey, type Channel } from '@ntag/shared';
import type { GroupPlan } from '../../api/contract';
import { BeDateInput } from '../../components/BeDateInput';
import { useDraftForm } from '../../components/useDraftForm';
import { formatNumber, useLang } from '../../i18n/I18nProvider';
import { useStepsT } from '../../i18n/steps';
import { AddRow, patchAt, PlanFormFrame, RowCard, RowsFieldset, UnitSelect, type PlanFormProps } from './PlanParts';
import { emptyGroupProduct, MONTHS, monthlyTotal, num, validateKt03, type GroupProductDraft, type Kt03Draft } from './planForm';
import { RollupTable } from './RollupTable';

/**
 * The four parts of แบบ กท.03 (products by month, markets, development topics, resources), and
 * under them the plan against its members' กท.02 (`plan.rollup`): products the members plan and
 * the group does not are offered as rows, and the comparison says when the form holds changes
 * it does not count yet.
 */
export function GroupPlanForm({ plan, initial, readOnly, pending, error, onSubmit, notice }: PlanFormProps<Kt03Draft> & { plan: GroupPlan }) {
  const t = useStepsT();
  const { lang } = useLang();
  const { d, set, err, problems, submit } = useDraftForm({ name: 'plan', initial, validate: (x) => validateKt03(x, t), error, pending, onSubmit });
  const unsaved = JSON.stringify(d) !== JSON.stringify(initial);
  // A desktop gets the spreadsheet-like grid (a product per row, a month per column); a phone
  // or tablet gets one card per product with the months in rows of 3, 4 or 6.
  const wide = useMediaQuery('(min-width: 75em)', false, { getInitialValueInEffect: false });

  // Members plan these, the group plan does not (yet): offered as rows to fill in.
  const inPlan = new Set(d.products.map((p) => `${nameKey(p.product)}|${p.unit}`));
  const missing = plan.rollup.filter((l) => l.membersPlan > 0 && !inPlan.has(`${nameKey(l.product)}|${l.unit}`));

  return (
    <>
      <PlanFormFrame submit={submit} problems={problems} saveLabel={t('plan03.save')} readOnly={readOnly} pending={pending} error={error} notice={notice}>
        <Fieldset legend={t('plan03.products')} radius="md" disabled={readOnly}>
          <Stack gap="sm">
            <Text size="xs" c="dimmed">
              {t('plan03.productsHint')}
            </Text>
            {wide && d.products.length > 0 ? (
              <ProductGrid products={d.products} err={err} readOnly={readOnly} onChange={(products) => set('products', products)} />
            ) : (
              d.products.map((p, i) => {
                const at = `products.${i}`;
                const patch = (x: Partial<typeof p>) => set('products', patchAt(d.products, i, x));
                return (
                  <RowCard key={i} title={t('plan03.productN', { n: i + 1 })} removeLabel={t('plan03.removeProduct', { n: i + 1 })} onRemove={() => set('products', d.products.filter((_, j) => j !== i))} readOnly={readOnly}>
                    <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="xs">
                      <TextInput label={t('plan.product')} placeholder={t('plan.productHint')} value={p.product} onChange={(e) => patch({ product: e.currentTarget.value })} error={err(`${at}.product`)} required maxLength={200} />
                      <UnitSelect value={p.unit} onChange={(u) => patch({ unit: u })} error={err(`${at}.unit`)} />
                    </SimpleGrid>
                    <SimpleGrid cols={{ base: 3, xs: 4, sm: 6 }} spacing={6} verticalSpacing={6} role="group" aria-label={t('plan03.monthlyOf', { product: p.product || t('plan03.productN', { n: i + 1 }) })}>
                      {MONTHS.map((m, k) => (
                        <NumberInput
                          key={m}
                          label={t(`month.${m}`)}
                          size="xs"
                          value={p.monthly[k]}
                          onChange={(v) => patch({ monthly: p.monthly.map((x, j) => (j === k ? num(v) : x)) })}
                          min={0}
                          decimalScale={2}
                          allowNegative={false}
                          hideControls
                          thousandSeparator=","
                          error={err(`${at}.monthly.${k}`)}
                          styles={{ label: { fontWeight: 400 } }}
                        />
                      ))}
                    </SimpleGrid>
                    <Text size="sm" ta="right" data-testid="product-total">
                      {t('plan03.yearTotal', { total: formatNumber(monthlyTotal(p)), unit: p.unit ? QUANTITY_UNIT_LABELS[p.unit][lang] : '' })}
                    </Text>
                  </RowCard>
                );
              })
            )}
            <AddRow label={t('plan03.addProduct')} onAdd={() => set('products', [...d.products, emptyGroupProduct()])} empty={t('plan03.noProducts')} count={d.products.length} readOnly={readOnly} />
            {!readOnly && missing.length > 0 && (
              <Group gap="xs">
                <Text size="xs" c="dimmed">
                  {t('plan03.fromMembers')}
                </Text>
                {missing.map((l) => (
                  <Button key={`${l.product}|${l.unit}`} size="compact-xs" variant="default" onClick={() => set('products', [...d.products, emptyGroupProduct(l.product, l.unit)])}>
                    + {l.product} ({QUANTITY_UNIT_LABELS[l.unit][lang]})
                  </Button>
                ))}
              </Group>
            )}
          </Stack>
        </Fieldset>

        <RowsFieldset
          legend={t('plan03.markets')}
          rows={d.markets}
          onChange={(rows) => set('markets', rows)}
          blank={() => ({ channel: null, target: '', notes: '' })}
          rowTitle={(n) => t('plan03.marketN', { n })}
          removeLabel={(n) => t('plan03.removeMarket', { n })}
          addLabel={t('plan03.addMarket')}
          empty={t('plan03.noMarkets')}
          readOnly={readOnly}
        >
          {(m, i, patch) => (
            <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="xs">
              <Select
                label={t('plan03.channel')}
                placeholder={t('plan.pick')}
                data={CHANNELS.map((c) => ({ value: c, label: CHANNEL_LABELS[c][lang] }))}
                value={m.channel}
                onChange={(v) => patch({ channel: v as Channel | null })}
                error={err(`markets.${i}.channel`)}
                required
                comboboxProps={{ withinPortal: true }}
              />
              <TextInput label={t('plan03.target')} placeholder={t('plan03.targetHint')} value={m.target} onChange={(e) => patch({ target: e.currentTarget.value })} maxLength={300} />
              <TextInput label={t('plan.note')} value={m.notes} onChange={(e) => patch({ notes: e.currentTarget.value })} maxLength={500} />
            </SimpleGrid>
          )}
        </RowsFieldset>

        <RowsFieldset
          legend={t('plan03.topics')}
          hint={t('plan03.topicsHint')}
          rows={d.topics}
          onChange={(rows) => set('topics', rows)}
          blank={() => ({ topic: '', plannedOn: null })}
          rowTitle={(n) => t('plan03.topicN', { n })}
          removeLabel={(n) => t('plan03.removeTopic', { n })}
          addLabel={t('plan03.addTopic')}
          empty={t('plan03.noTopics')}
          readOnly={readOnly}
        >
          {(x, i, patch) => (
            <>
              <TextInput label={t('plan03.topic')} placeholder={t('plan03.topicHint')} value={x.topic} onChange={(e) => patch({ topic: e.currentTarget.value })} error={err(`topics.${i}.topic`)} required maxLength={200} />
              <BeDateInput label={t('plan03.plannedOn')} value={x.plannedOn} onChange={(v) => patch({ plannedOn: v })} error={err(`topics.${i}.plannedOn`)} />
            </>
          )}
        </RowsFieldset>

        <RowsFieldset
          legend={t('plan03.resources')}
          rows={d.resources}
          onChange={(rows) => set('resources', rows)}
          blank={() => ({ item: '', quantity: '', notes: '' })}
          rowTitle={(n) => t('plan03.resourceN', { n })}
          removeLabel={(n) => t('plan03.removeResource', { n })}
          addLabel={t('plan03.addResource')}
          empty={t('plan03.noResources')}
          readOnly={readOnly}
        >
          {(r, i, patch) => (
            <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="xs">
              <TextInput label={t('plan03.item')} placeholder={t('plan03.itemHint')} value={r.item} onChange={(e) => patch({ item: e.currentTarget.value })} error={err(`resources.${i}.item`)} required maxLength={200} />
              <TextInput label={t('plan03.quantity')} placeholder={t('plan03.quantityHint')} value={r.quantity} onChange={(e) => patch({ quantity: e.currentTarget.value })} maxLength={100} />
              <TextInput label={t('plan.note')} value={r.notes} onChange={(e) => patch({ notes: e.currentTarget.value })} maxLength={500} />
            </SimpleGrid>
          )}
        </RowsFieldset>
      </PlanFormFrame>
      <RollupTable plan={plan} unsaved={unsaved} />
    </>
  );
}

/** Products × months as one table: product and unit in the first column, a month per column. */
function ProductGrid({ products, err, readOnly, onChange }: { products: GroupProductDraft[]; err: (path: string) => string | undefined; readOnly: boolean; onChange: (p: GroupProductDraft[]) => void }) {
  const t = useStepsT();
  const { lang } = useLang();
  const cell = { padding: '4px 2px' };
  return (
    <Table.ScrollContainer minWidth={960} type="native">
      <Table verticalSpacing={4} horizontalSpacing={4} withRowBorders data-testid="product-grid">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={190}>{t('plan.product')} / {t('plan.unit')}</Table.Th>
            {MONTHS.map((m) => (
              <Table.Th key={m} ta="center" fw={500} fz="xs" style={cell}>
                {t(`month.${m}`)}
              </Table.Th>
            ))}
            <Table.Th ta="right" fz="xs" style={{ whiteSpace: 'nowrap' }}>
              {t('plan03.total')}
            </Table.Th>
            {!readOnly && <Table.Th w={32} />}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {products.map((p, i) => {
            const at = `products.${i}`;
            const patch = (x: Partial<GroupProductDraft>) => onChange(patchAt(products, i, x));
            const name = p.product || t('plan03.productN', { n: i + 1 });
            return (
              <Table.Tr key={i} style={{ verticalAlign: 'top' }}>
                <Table.Td>
                  <Stack gap={4}>
                    <TextInput size="xs" aria-label={t('plan03.productNameN', { n: i + 1 })} placeholder={t('plan.productHint')} value={p.product} onChange={(e) => patch({ product: e.currentTarget.value })} error={err(`${at}.product`)} required maxLength={200} />
                    <UnitSelect value={p.unit} onChange={(u) => patch({ unit: u })} error={err(`${at}.unit`)} label="" size="xs" ariaLabel={t('plan03.unitN', { n: i + 1 })} />
                  </Stack>
                </Table.Td>
                {MONTHS.map((m, k) => (
                  <Table.Td key={m} style={cell}>
                    <NumberInput
                      size="xs"
                      aria-label={`${t(`month.${m}`)} ${name}`}
                      value={p.monthly[k]}
                      onChange={(v) => patch({ monthly: p.monthly.map((x, j) => (j === k ? num(v) : x)) })}
                      min={0}
                      decimalScale={2}
                      allowNegative={false}
                      hideControls
                      thousandSeparator=","
                      error={!!err(`${at}.monthly.${k}`)}
                      styles={{ input: { paddingInline: 6, textAlign: 'right' } }}
                    />
                  </Table.Td>
                ))}
                <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                  <Text size="sm" fw={600} data-testid="product-total">
                    {formatNumber(monthlyTotal(p))}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {p.unit ? QUANTITY_UNIT_LABELS[p.unit][lang] : ''}
                  </Text>
                </Table.Td>
                {!readOnly && (
                  <Table.Td style={cell}>
                    <CloseButton aria-label={t('plan03.removeProduct', { n: i + 1 })} onClick={() => onChange(products.filter((_, j) => j !== i))} />
                  </Table.Td>
                )}
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
