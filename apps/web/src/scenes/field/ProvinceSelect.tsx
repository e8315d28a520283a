import { useEffect } from 'react';
import { Select, Text } from '@mantine/core';
import { useMe } from '../../features/auth/useMe';
import { codeInScope } from '../../features/geo/scope';
import { useProvinces } from '../../features/geo/useGeo';
import type { Me } from '../../api/contract';
import { useNameOf, useT } from '../../i18n/I18nProvider';

/**
 * Whether my scope holds whole provinces (province officers and above): only they may filter by
 * a province; a district's lists already hold only what it may see.
 */
export function coversProvinces(me: Me | undefined): boolean {
  return !!me && (me.scope.all || me.scope.prefixes.some((p) => p.length === 2));
}

/**
 * The province a page works on: a province officer's own (printed, not asked), or one of the
 * provinces in my scope. `optional` lets "all of my scope" stand (an empty value).
 */
/** The provinces my scope reaches (all 77 for the country, one for a province officer). */
export function useScopeProvinces() {
  const { data: me } = useMe();
  const all = useProvinces();
  return (all.data ?? []).filter((p) => p.active && codeInScope(me, p.code));
}

export function ProvinceSelect({ value, onChange, optional = false, w = 260 }: { value: string; onChange: (code: string) => void; optional?: boolean; w?: number | string }) {
  const t = useT();
  const nameOf = useNameOf();
  const provinces = useScopeProvinces();
  const only = provinces.length === 1 ? provinces[0]! : null;

  useEffect(() => {
    if (only && value !== only.code) onChange(only.code);
  }, [only, value, onChange]);

  if (only) {
    return (
      <Text size="sm" c="dimmed" data-testid="province-locked">
        {t('place.province', { name: nameOf(only) })}
      </Text>
    );
  }
  return (
    <Select
      label={t('kind.province')}
      placeholder={optional ? t('common.all') : t('area.pick')}
      data={provinces.map((p) => ({ value: p.code, label: nameOf(p) }))}
      value={value || null}
      onChange={(v) => onChange(v ?? '')}
      searchable
      clearable={optional}
      w={w}
      nothingFoundMessage={t('geo.noHits')}
      comboboxProps={{ withinPortal: true }}
    />
  );
}
