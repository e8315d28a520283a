import { Input, NumberInput, SimpleGrid, Text } from '@mantine/core';
import { toSquareMetres } from '@ntag/shared';
import { formatNumber, useT } from '../../i18n/I18nProvider';
import type { Num } from './farmerForm';

interface Props {
  rai: Num;
  ngan: Num;
  wa: Num;
  onChange: (key: 'rai' | 'ngan' | 'wa', value: Num) => void;
  error?: string;
}

const toNum = (v: string | number): Num => (typeof v === 'number' ? v : v === '' ? '' : Number(v));

/**
 * Land as Thai officers write it, ไร่-งาน-ตารางวา (1 ไร่ = 4 งาน = 400 ตารางวา), stored by the
 * API in square metres; the total is shown underneath so a slip (5 งาน) is easy to spot.
 */
export function LandInput({ rai, ngan, wa, onChange, error }: Props) {
  const t = useT();
  const given = rai !== '' || ngan !== '' || wa !== '';
  const sqm = given ? toSquareMetres(rai || 0, ngan || 0, wa || 0) : null;
  return (
    <Input.Wrapper label={t('farmers.plotArea')} description={t('farmers.plotAreaHint')} error={error}>
      <SimpleGrid cols={3} spacing="xs" mt={4}>
        <NumberInput aria-label={t('farmers.rai')} rightSection={<Unit>{t('farmers.rai')}</Unit>} rightSectionWidth={44} value={rai} onChange={(v) => onChange('rai', toNum(v))} min={0} allowNegative={false} allowDecimal={false} hideControls error={!!error} />
        <NumberInput aria-label={t('farmers.ngan')} rightSection={<Unit>{t('farmers.ngan')}</Unit>} rightSectionWidth={44} value={ngan} onChange={(v) => onChange('ngan', toNum(v))} min={0} max={3} allowNegative={false} allowDecimal={false} hideControls error={!!error} />
        <NumberInput aria-label={t('farmers.wa')} rightSection={<Unit>{t('farmers.waShort')}</Unit>} rightSectionWidth={44} value={wa} onChange={(v) => onChange('wa', toNum(v))} min={0} max={99.99} allowNegative={false} decimalScale={2} hideControls error={!!error} />
      </SimpleGrid>
      {sqm !== null && (
        <Text size="xs" c="dimmed" mt={4} aria-live="polite">
          {t('farmers.sqm', { sqm: formatNumber(sqm) })}
        </Text>
      )}
    </Input.Wrapper>
  );
}

function Unit({ children }: { children: string }) {
  return (
    <Text size="xs" c="dimmed" pr={6}>
      {children}
    </Text>
  );
}
