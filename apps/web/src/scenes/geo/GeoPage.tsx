import { useState } from 'react';
import { Anchor, Breadcrumbs, Group, Stack, Switch, Text, Title } from '@mantine/core';
import { Link, useParams } from 'react-router';
import type { GeoUnit } from '../../api/contract';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Loading } from '../../components/Loading';
import { PageHeader } from '../../components/PageHeader';
import { hasPermission, useMe } from '../../features/auth/useMe';
import { useDistricts, useProvinces, useTambons } from '../../features/geo/useGeo';
import { useNameOf, useT } from '../../i18n/I18nProvider';
import { GeoSearch } from './GeoSearch';
import { GeoTable } from './GeoTable';
import { GeoUnitModal } from './GeoUnitModal';

/**
 * Provinces → districts → tambons. The path keeps where the user is (/geo/40/4001) so that a
 * link can be shared and the back button walks up the hierarchy.
 */
export function GeoPage() {
  const t = useT();
  const nameOf = useNameOf();
  const { province, district } = useParams();
  const { data: me } = useMe();
  const canEdit = hasPermission(me, 'geo.update');
  const [showRetired, setShowRetired] = useState(false);
  const [editing, setEditing] = useState<GeoUnit | null>(null);

  const provinces = useProvinces(showRetired);
  const districts = useDistricts(province, showRetired);
  const tambons = useTambons(district, showRetired);

  const level = district ? 'tambon' : province ? 'district' : 'province';
  const current = level === 'tambon' ? tambons : level === 'district' ? districts : provinces;
  const provinceUnit = provinces.data?.find((p) => p.code === province);
  const districtUnit = districts.data?.find((d) => d.code === district);
  const heading = level === 'province' ? t('geo.provinces') : level === 'district' ? t('geo.districts') : t('geo.tambons');

  return (
    <>
      <PageHeader title={t('geo.title')} />
      <Stack gap="md">
        <GeoSearch />
        <Breadcrumbs separator="›" separatorMargin={6} style={{ flexWrap: 'wrap', rowGap: 4 }}>
          <Anchor component={Link} to="/geo" size="sm">
            {t('geo.country')}
          </Anchor>
          {province && (
            <Anchor component={Link} to={`/geo/${province}`} size="sm">
              {provinceUnit ? nameOf(provinceUnit) : province}
            </Anchor>
          )}
          {district && (
            <Text size="sm" span>
              {districtUnit ? nameOf(districtUnit) : district}
            </Text>
          )}
        </Breadcrumbs>
        <Group justify="space-between" wrap="wrap" gap="xs">
          <Title order={3} size="h4">
            {heading}
            {current.data ? ` (${current.data.length})` : ''}
          </Title>
          {canEdit && (
            <Switch label={t('geo.showRetired')} checked={showRetired} onChange={(e) => setShowRetired(e.currentTarget.checked)} />
          )}
        </Group>
        {current.isPending && <Loading />}
        {current.isError && <ErrorAlert error={current.error} />}
        {current.data && (
          <GeoTable
            level={level}
            units={current.data}
            basePath={level === 'province' ? '/geo' : `/geo/${province}`}
            showStatus={showRetired}
            onEdit={canEdit ? setEditing : undefined}
          />
        )}
      </Stack>
      <GeoUnitModal unit={editing} onClose={() => setEditing(null)} />
    </>
  );
}
