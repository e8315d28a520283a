import { useState } from 'react';
import { Anchor, Badge, Group, Loader, Paper, Select, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { Link } from 'react-router';
import type { GeoHit, GeoLevel } from '../../api/contract';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useGeoSearch } from '../../features/geo/useGeo';
import { useNameOf, useT } from '../../i18n/I18nProvider';

/** The browser path that shows a hit: its own list for provinces and districts, its district's list for a tambon. */
function pathOf(hit: GeoHit): string {
  if (hit.level === 'province') return `/geo/${hit.code}`;
  if (hit.level === 'district') return `/geo/${hit.code.slice(0, 2)}/${hit.code}`;
  return `/geo/${hit.code.slice(0, 2)}/${hit.code.slice(0, 4)}`;
}

/** Find any unit by Thai or English name or by code; typing is debounced (one query per pause). */
export function GeoSearch() {
  const t = useT();
  const nameOf = useNameOf();
  const [q, setQ] = useState('');
  const [level, setLevel] = useState<GeoLevel | ''>('');
  const [debounced] = useDebouncedValue(q, 300);
  const search = useGeoSearch(debounced, level || undefined);
  const hits = debounced.trim() ? search.data : undefined;

  return (
    <Paper withBorder p="sm" radius="md">
      <Group align="flex-end" gap="xs" wrap="wrap">
        <TextInput
          type="search"
          label={t('common.search')}
          placeholder={t('geo.search')}
          value={q}
          onChange={(e) => setQ(e.currentTarget.value)}
          rightSection={search.isFetching ? <Loader size="xs" /> : null}
          style={{ flex: '1 1 160px', minWidth: 0 }}
        />
        <Select
          label={t('geo.searchLevel')}
          value={level}
          onChange={(v) => setLevel((v ?? '') as GeoLevel | '')}
          allowDeselect={false}
          data={[
            { value: '', label: t('common.all') },
            { value: 'province', label: t('kind.province') },
            { value: 'district', label: t('kind.district') },
            { value: 'tambon', label: t('kind.tambon') },
          ]}
          w={120}
        />
      </Group>
      {search.isError && <ErrorAlert error={search.error} />}
      {hits && (
        <Stack gap={4} mt="sm" role="list" aria-live="polite">
          {hits.length === 0 && <Text c="dimmed">{t('geo.noHits')}</Text>}
          {hits.map((h) => (
            <div key={h.code} role="listitem">
              <Group gap={6} wrap="wrap" align="baseline">
                <Badge variant="light" color="gray" size="md">
                  {t(`kind.${h.level}`)}
                </Badge>
                <Anchor component={Link} to={pathOf(h)} fw={600}>
                  {h.nameTh}
                </Anchor>
                {h.nameEn && (
                  <Text size="sm" c="dimmed" span>
                    {h.nameEn}
                  </Text>
                )}
                {!h.active && (
                  <Badge color="gray" size="md">
                    {t('common.retired')}
                  </Badge>
                )}
              </Group>
              <Text size="xs" c="dimmed">
                {t('common.code')} {h.code}
                {h.parents.length > 0 && ` · ${h.parents.map(nameOf).join(' › ')}`}
              </Text>
            </div>
          ))}
        </Stack>
      )}
    </Paper>
  );
}
