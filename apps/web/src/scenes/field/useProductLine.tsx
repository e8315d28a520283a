import { Text } from '@mantine/core';
import { QUANTITY_UNIT_LABELS, type QuantityUnit } from '@ntag/shared';
import type { Column } from '../../components/DataTable';
import { useProductName } from '../../features/production/useProduction';
import { formatNumber, useLang } from '../../i18n/I18nProvider';
import { useFieldT } from '../../i18n/field';

/** The product line of a saved record (production, exchange or sale). */
interface ProductLine {
  product: string;
  quantity: number;
  unit: QuantityUnit;
}

/**
 * How the lists of production (step 4) and of exchanges and sales (step 6) show a record's
 * product and quantity: the first column ("คะน้า **12 กิโลกรัม**", the title of a phone's card)
 * and the words that name the record in its edit and delete buttons.
 */
export function useProductLine<T extends ProductLine>() {
  const t = useFieldT();
  const { lang } = useLang();
  const productName = useProductName();
  const unitOf = (u: QuantityUnit) => QUANTITY_UNIT_LABELS[u][lang];
  const column: Column<T> = {
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
  };
  return {
    unitOf,
    /** The record's product in the user's language. */
    nameOf: productName,
    column,
    /** "คะน้า 12 กิโลกรัม". */
    labelOf: (r: T) => `${productName(r)} ${formatNumber(r.quantity)} ${unitOf(r.unit)}`,
  };
}
