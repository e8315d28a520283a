import { Select, SimpleGrid, TextInput } from '@mantine/core';
import { QUANTITY_UNIT_LABELS, QUANTITY_UNITS, type QuantityUnit } from '@ntag/shared';
import type { Product } from '../../api/contract';
import { useProducts } from '../../features/production/useProduction';
import { useLang } from '../../i18n/I18nProvider';
import { useFieldT } from '../../i18n/field';
import { NO_PRODUCT, type ProductChoice } from './productLine';

const OTHER = '__other';

/** The units a product may be counted in (all of them for a product typed in). */
export function unitsOf(products: Product[] | undefined, p: ProductChoice): QuantityUnit[] {
  if (!p.code) return [...QUANTITY_UNITS];
  return products?.find((x) => x.code === p.code)?.units ?? [...QUANTITY_UNITS];
}

/** The unit to keep when the product changes: the same if allowed, else the product's first. */
export function unitFor(products: Product[] | undefined, p: ProductChoice, unit: QuantityUnit | null): QuantityUnit | null {
  const allowed = unitsOf(products, p);
  if (unit && allowed.includes(unit)) return unit;
  return p.code ? (allowed[0] ?? null) : unit;
}

/**
 * ผลผลิต and หน่วย: the product list (searchable, Thai names) with "อื่น ๆ" for one typed in, and
 * the units of the product chosen only (the API refuses another unit). `err` is the form's lookup
 * of its field errors by API field (`product` — shown under the list, or under the name typed —
 * and `unit`).
 */
export function ProductFields({ value, unit, onChange, err }: {
  value: ProductChoice;
  unit: QuantityUnit | null;
  onChange: (p: ProductChoice, unit: QuantityUnit | null) => void;
  err: (field: 'product' | 'unit') => string | undefined;
}) {
  const t = useFieldT();
  const { lang } = useLang();
  const products = useProducts();
  const list = products.data ?? [];
  const units = unitsOf(list, value);
  const selectValue = value.other ? OTHER : value.code;
  const pick = (v: string | null) => {
    const next: ProductChoice = v === OTHER ? { code: null, name: '', other: true } : v ? { code: v, name: list.find((p) => p.code === v)?.nameTh ?? '', other: false } : NO_PRODUCT;
    onChange(next, unitFor(list, next, unit));
  };
  return (
    <SimpleGrid cols={{ base: 1, xs: value.other ? 3 : 2 }} spacing="xs" verticalSpacing="xs">
      <Select
        label={t('rec.product')}
        placeholder={t('rec.pickProduct')}
        data={[...list.map((p) => ({ value: p.code, label: lang === 'en' ? p.nameEn : p.nameTh })), { value: OTHER, label: t('rec.otherProduct') }]}
        value={selectValue}
        onChange={pick}
        searchable
        nothingFoundMessage={t('rec.noProduct')}
        error={value.other ? undefined : err('product')}
        required
        comboboxProps={{ withinPortal: true }}
      />
      {value.other && (
        <TextInput
          label={t('rec.productName')}
          placeholder={t('rec.productNameHint')}
          value={value.name}
          onChange={(e) => onChange({ ...value, name: e.currentTarget.value }, unit)}
          error={err('product')}
          required
          maxLength={200}
        />
      )}
      <Select
        label={t('rec.unit')}
        placeholder={t('rec.pick')}
        data={units.map((u) => ({ value: u, label: QUANTITY_UNIT_LABELS[u][lang] }))}
        value={unit}
        onChange={(u) => onChange(value, u as QuantityUnit | null)}
        error={err('unit')}
        required
        allowDeselect={false}
        comboboxProps={{ withinPortal: true }}
      />
    </SimpleGrid>
  );
}
