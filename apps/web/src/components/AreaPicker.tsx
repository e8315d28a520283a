import { useEffect } from 'react';
import { Select, SimpleGrid, Stack, Text } from '@mantine/core';
import type { GeoUnit } from '../api/contract';
import { useMe } from '../features/auth/useMe';
import { useDistricts, useProvinces, useTambons } from '../features/geo/useGeo';
import { codeInScope } from '../features/geo/scope';
import { useNameOf, useT } from '../i18n/I18nProvider';

interface Props {
  /** The deepest code chosen: '' (all of my scope), a province, district or tambon code. */
  value: string;
  onChange: (code: string) => void;
  /** 'tambon' for a form that needs one tambon; 'any' for a filter (any level, or none). */
  depth?: 'any' | 'tambon';
  /** Shown under the tambon select (e.g. the API's "unknown tambon"). */
  error?: string;
  required?: boolean;
}

/**
 * Province → district → tambon, each list cut down to my scope (/api/me prefixes). A level with
 * a single possible answer (a district officer's province and district) is not asked: it is
 * printed as one line instead, so a phone shows one select rather than three.
 */
export function AreaPicker({ value, onChange, depth = 'any', error, required }: Props) {
  const t = useT();
  const nameOf = useNameOf();
  const { data: me } = useMe();
  const visible = (u: GeoUnit) => u.active && codeInScope(me, u.code);

  const provinceList = useProvinces();
  const provinces = (provinceList.data ?? []).filter(visible);
  const provinceLocked = provinces.length === 1;
  const province = value.slice(0, 2) || (provinceLocked ? provinces[0]!.code : '');

  const districts = (useDistricts(province || undefined).data ?? []).filter(visible);
  const districtLocked = provinceLocked && districts.length === 1;
  const district = (value.length >= 4 ? value.slice(0, 4) : '') || (districtLocked ? districts[0]!.code : '');

  const tambons = (useTambons(district || undefined).data ?? []).filter(visible);
  const tambonLocked = districtLocked && tambons.length === 1;
  const tambon = (value.length === 6 ? value : '') || (tambonLocked ? tambons[0]!.code : '');

  // A form that needs a tambon gets it when there is only one to choose (a tambon worker).
  useEffect(() => {
    if (depth === 'tambon' && tambonLocked && tambon && value !== tambon) onChange(tambon);
  }, [depth, tambonLocked, tambon, value, onChange]);

  // No geographic scope at all (a group's committee sees its own members): nothing to pick.
  if (provinceList.data && provinces.length === 0) return null;

  const options = (units: GeoUnit[]) => units.map((u) => ({ value: u.code, label: nameOf(u) }));
  const locked: string[] = [];
  if (provinceLocked) locked.push(t('place.province', { name: nameOf(provinces[0]!) }));
  if (districtLocked) locked.push(t('place.district', { name: nameOf(districts[0]!) }));
  if (tambonLocked) locked.push(t('place.tambon', { name: nameOf(tambons[0]!) }));
  const shown = [!provinceLocked, !districtLocked, !tambonLocked].filter(Boolean).length;
  const clearable = depth === 'any';

  return (
    <Stack gap={4}>
      {shown > 0 && (
        <SimpleGrid cols={{ base: 1, xs: shown }} spacing="xs" verticalSpacing="xs">
          {!provinceLocked && (
            <Select
              label={t('kind.province')}
              placeholder={depth === 'any' ? t('common.all') : t('area.pick')}
              data={options(provinces)}
              value={province || null}
              onChange={(c) => onChange(c ?? '')}
              searchable
              clearable={clearable}
              required={required}
              nothingFoundMessage={t('geo.noHits')}
              comboboxProps={{ withinPortal: true }}
            />
          )}
          {!districtLocked && (
            <Select
              label={t('kind.district')}
              placeholder={depth === 'any' ? t('common.all') : t('area.pick')}
              data={options(districts)}
              value={district || null}
              onChange={(c) => onChange(c ?? (provinceLocked ? '' : province))}
              disabled={!province}
              searchable
              clearable={clearable}
              required={required}
              nothingFoundMessage={t('geo.noHits')}
            />
          )}
          {!tambonLocked && (
            <Select
              label={t('kind.tambon')}
              placeholder={depth === 'any' ? t('common.all') : t('area.pick')}
              data={options(tambons)}
              value={tambon || null}
              onChange={(c) => onChange(c ?? (districtLocked ? '' : district))}
              disabled={!district}
              searchable
              clearable={clearable}
              required={required}
              error={error}
              nothingFoundMessage={t('geo.noHits')}
            />
          )}
        </SimpleGrid>
      )}
      {locked.length > 0 && (
        <Text size="sm" c="dimmed" data-testid="area-locked">
          {locked.join(' › ')}
        </Text>
      )}
      {tambonLocked && error && (
        <Text size="sm" c="red.8">
          {error}
        </Text>
      )}
    </Stack>
  );
}
