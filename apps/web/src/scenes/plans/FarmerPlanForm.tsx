import { Badge, Fieldset, Group, NumberInput, Select, SimpleGrid, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { ACTIVITY_KINDS, ACTIVITY_LABELS, ASSESSMENT_SKILL_LABELS, ASSESSMENT_SKILLS, todayIso, type ActivityKind } from '@ntag/shared';
import { BeDateInput } from '../../components/BeDateInput';
import { SegmentedChoice } from '../../components/SegmentedChoice';
import { useDraftForm } from '../../components/useDraftForm';
import { formatNumber, useLang } from '../../i18n/I18nProvider';
import { useStepsT } from '../../i18n/steps';
import { MonthChips, PlanFormFrame, RowsFieldset, UnitSelect, type PlanFormProps } from './PlanParts';
import { emptyActivity, emptyProduct, num, shareSum, validateKt02, type Kt02Draft, type ProductDraft } from './planForm';

/** The sections of แบบ กท.02, in the order of the paper form. */
export function FarmerPlanForm({ initial, readOnly, pending, error, onSubmit, notice }: PlanFormProps<Kt02Draft>) {
  const t = useStepsT();
  const { lang } = useLang();
  const { d, set, err, problems, submit } = useDraftForm({ name: 'plan', initial, validate: (x) => validateKt02(x, t), error, pending, onSubmit });

  return (
    <PlanFormFrame submit={submit} problems={problems} saveLabel={t('plan02.save')} readOnly={readOnly} pending={pending} error={error} notice={notice}>
      <RowsFieldset
        legend={t('plan02.activities')}
        hint={t('plan02.activitiesHint')}
        rows={d.activities}
        onChange={(rows) => set('activities', rows)}
        blank={emptyActivity}
        rowTitle={(n) => t('plan02.activityN', { n })}
        removeLabel={(n) => t('plan02.removeActivity', { n })}
        addLabel={t('plan02.addActivity')}
        empty={t('plan02.noActivities')}
        readOnly={readOnly}
      >
        {(a, i, patch) => {
          const at = `currentActivities.${i}`;
          return (
            <>
              <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="xs">
                <TextInput label={t('plan02.activity')} placeholder={t('plan02.activityHint')} value={a.activity} onChange={(e) => patch({ activity: e.currentTarget.value })} error={err(`${at}.activity`)} required maxLength={200} />
                <Select
                  label={t('plan02.kind')}
                  placeholder={t('plan.pick')}
                  data={ACTIVITY_KINDS.map((k) => ({ value: k, label: ACTIVITY_LABELS[k][lang] }))}
                  value={a.kind}
                  onChange={(v) => patch({ kind: v as ActivityKind | null })}
                  clearable
                  comboboxProps={{ withinPortal: true }}
                />
              </SimpleGrid>
              <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="xs">
                <NumberInput label={t('plan02.areaRai')} value={a.areaRai} onChange={(v) => patch({ areaRai: num(v) })} error={err(`${at}.areaSqm`)} min={0} decimalScale={2} allowNegative={false} hideControls />
                <NumberInput label={t('plan02.headcount')} value={a.headcount} onChange={(v) => patch({ headcount: num(v) })} error={err(`${at}.headcount`)} min={0} allowDecimal={false} allowNegative={false} hideControls thousandSeparator="," />
                <NumberInput label={t('plan02.output')} value={a.output} onChange={(v) => patch({ output: num(v) })} error={err(`${at}.output`)} min={0} decimalScale={2} allowNegative={false} hideControls thousandSeparator="," />
                <UnitSelect value={a.unit} onChange={(u) => patch({ unit: u })} error={err(`${at}.unit`)} />
              </SimpleGrid>
              <TextInput label={t('plan.note')} value={a.notes} onChange={(e) => patch({ notes: e.currentTarget.value })} maxLength={500} />
            </>
          );
        }}
      </RowsFieldset>

      <RowsFieldset
        legend={t('plan02.products')}
        hint={t('plan02.productsHint')}
        rows={d.products}
        onChange={(rows) => set('products', rows)}
        blank={emptyProduct}
        rowTitle={(n) => t('plan02.productN', { n })}
        removeLabel={(n) => t('plan02.removeProduct', { n })}
        addLabel={t('plan02.addProduct')}
        empty={t('plan02.noProducts')}
        readOnly={readOnly}
      >
        {(p, i, patch) => <PlannedProductFields p={p} err={(k) => err(`plannedProducts.${i}.${k}`)} onChange={patch} />}
      </RowsFieldset>

      <Fieldset legend={t('plan02.assessment')} radius="md" disabled={readOnly}>
        <Stack gap="sm">
          <Text size="xs" c="dimmed">
            {t('plan02.scale')}
          </Text>
          {ASSESSMENT_SKILLS.map((s) => (
            <div key={s}>
              <Text size="sm" fw={600} id={`skill-${s}`} mb={2}>
                {ASSESSMENT_SKILL_LABELS[s][lang]}
              </Text>
              <SegmentedChoice
                labelledBy={`skill-${s}`}
                fullWidth
                value={d.scores[s] === null ? '' : String(d.scores[s])}
                onChange={(v) => set('scores', { ...d.scores, [s]: v === '' ? null : Number(v) })}
                data={[{ value: '', label: t('plan02.noScore') }, ...[1, 2, 3, 4, 5].map((n) => ({ value: String(n), label: String(n) }))]}
              />
            </div>
          ))}
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <TextInput label={t('plan02.assessor')} value={d.assessor} onChange={(e) => set('assessor', e.currentTarget.value)} error={err('assessment.assessor')} maxLength={200} />
            <BeDateInput label={t('plan02.assessedOn')} value={d.assessedOn} onChange={(v) => set('assessedOn', v)} max={todayIso()} error={err('assessment.assessedOn')} />
          </SimpleGrid>
        </Stack>
      </Fieldset>

      <Fieldset legend={t('plan02.needs')} radius="md" disabled={readOnly}>
        <Textarea
          aria-label={t('plan02.needs')}
          placeholder={t('plan02.needsHint')}
          value={d.developmentNeeds}
          onChange={(e) => set('developmentNeeds', e.currentTarget.value)}
          error={err('developmentNeeds')}
          autosize
          minRows={2}
          maxLength={2000}
        />
      </Fieldset>
    </PlanFormFrame>
  );
}

/** A planned product: what, in which unit, how much, which months, the shares and the income. */
function PlannedProductFields({ p, err, onChange }: { p: ProductDraft; err: (k: string) => string | undefined; onChange: (patch: Partial<ProductDraft>) => void }) {
  const t = useStepsT();
  const sum = shareSum(p);
  const ok = Math.abs(sum - 100) < 0.01;
  return (
    <>
      <SimpleGrid cols={{ base: 1, xs: 3 }} spacing="xs">
        <TextInput label={t('plan.product')} placeholder={t('plan.productHint')} value={p.product} onChange={(e) => onChange({ product: e.currentTarget.value })} error={err('product')} required maxLength={200} />
        <UnitSelect value={p.unit} onChange={(u) => onChange({ unit: u })} error={err('unit')} />
        <NumberInput label={t('plan02.quantity')} value={p.quantity} onChange={(v) => onChange({ quantity: num(v) })} error={err('quantity')} min={0} decimalScale={2} allowNegative={false} hideControls thousandSeparator="," required />
      </SimpleGrid>
      <MonthChips label={t('plan02.months')} value={p.months} onChange={(months) => onChange({ months })} error={err('months')} />
      <div>
        <Text size="sm" fw={500} mb={2}>
          {t('plan02.shares')}
        </Text>
        <SimpleGrid cols={3} spacing="xs">
          <NumberInput label={t('plan02.shareHousehold')} value={p.shareHousehold} onChange={(v) => onChange({ shareHousehold: num(v) })} min={0} max={100} decimalScale={2} allowNegative={false} hideControls suffix="%" />
          <NumberInput label={t('plan02.shareExchange')} value={p.shareExchange} onChange={(v) => onChange({ shareExchange: num(v) })} min={0} max={100} decimalScale={2} allowNegative={false} hideControls suffix="%" />
          <NumberInput label={t('plan02.shareSale')} value={p.shareSale} onChange={(v) => onChange({ shareSale: num(v) })} min={0} max={100} decimalScale={2} allowNegative={false} hideControls suffix="%" />
        </SimpleGrid>
        <Group gap="xs" mt={6} aria-live="polite">
          <Badge color={ok ? 'ntag' : 'red'} variant={ok ? 'filled' : 'light'} data-testid="share-sum">
            {t('plan02.sum', { sum: formatNumber(sum) })}
          </Badge>
          {!ok && (
            <Text size="xs" c="red.8">
              {err('shareSale') ?? t('plan02.sumMustBe100')}
            </Text>
          )}
        </Group>
      </div>
      <NumberInput label={t('plan02.expectedIncome')} value={p.expectedIncome} onChange={(v) => onChange({ expectedIncome: num(v) })} min={0} decimalScale={2} allowNegative={false} hideControls thousandSeparator="," suffix={` ${t('plan.baht')}`} maw={260} />
    </>
  );
}
