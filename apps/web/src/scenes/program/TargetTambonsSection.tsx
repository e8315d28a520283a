import { useEffect, useMemo, useState } from 'react';
import { Alert, Button, Checkbox, Group, Select, Stack, Text, Title } from '@mantine/core';
import type { GeoUnit } from '../../api/contract';
import { CohortSelect } from '../../components/CohortSelect';
import { DataTable, type Column } from '../../components/DataTable';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Loading } from '../../components/Loading';
import { hasPermission, useMe } from '../../features/auth/useMe';
import { useDistricts, useProvinces, useTambons } from '../../features/geo/useGeo';
import { usePutTargets, useTargetTambons } from '../../features/plan/usePlan';
import { useCohorts } from '../../features/program/useProgram';
import { formatNumber, useNameOf } from '../../i18n/I18nProvider';
import { usePlanT } from '../../i18n/plan';
import { TargetImport } from './TargetImport';

/**
 * The ministry's target tambons of a cohort (กำหนดพื้นที่เป้าหมายดำเนินการ): a table of a
 * district's tambons to tick, filtered by province and district, and an import of a pasted list
 * of codes or names. Changes are kept in the page until saved; the save replaces the cohort's
 * list (with the version read, so a change made meanwhile is a conflict, not lost).
 */
export function TargetTambonsSection() {
  const t = usePlanT();
  const nameOf = useNameOf();
  const { data: me } = useMe();
  const canEdit = hasPermission(me, 'cohort.plan');
  const cohorts = useCohorts();
  const years = (cohorts.data?.cohorts ?? []).map((c) => c.cohort);
  const [picked, setPicked] = useState<number | null>(null);
  const cohort = picked ?? years.at(-1) ?? null;
  const national = cohorts.data?.cohorts.find((c) => c.cohort === cohort)?.tambonTarget ?? 0;
  const targets = useTargetTambons(cohort);
  const put = usePutTargets();
  const [draft, setDraft] = useState<Set<string> | null>(null);
  const [province, setProvince] = useState<string | null>(null);
  const [district, setDistrict] = useState<string | null>(null);
  const provinces = useProvinces();
  const districts = useDistricts(province ?? undefined);
  const tambons = useTambons(district ?? undefined);
  const [saved, setSaved] = useState<number | null>(null);

  // A new cohort, or the list as saved: the draft starts again from the stored list.
  useEffect(() => setDraft(null), [cohort, targets.data?.version]);
  const stored = useMemo(() => new Set(targets.data?.tambonCodes ?? []), [targets.data]);
  const current = draft ?? stored;
  const changed = draft !== null && (draft.size !== stored.size || [...draft].some((c) => !stored.has(c)));
  const groupAt = new Map((targets.data?.tambons ?? []).map((x) => [x.code, x.groupId]));
  const inProvince = province ? [...current].filter((c) => c.startsWith(province)).length : null;

  const toggle = (code: string, on: boolean) => {
    const next = new Set(current);
    if (on) next.add(code);
    else next.delete(code);
    setDraft(next);
    setSaved(null);
  };

  const columns: Column<GeoUnit>[] = [
    {
      key: 'target', header: t('targets.col.target'), cell: (u) => (
        <Checkbox aria-label={`${t('targets.col.target')} ${u.nameTh}`} checked={current.has(u.code)} disabled={!canEdit} onChange={(e) => toggle(u.code, e.currentTarget.checked)} data-testid="target-toggle" data-code={u.code} />
      ),
    },
    { key: 'name', header: t('targets.col.tambon'), primary: true, cell: (u) => nameOf(u) },
    { key: 'code', header: t('targets.col.code'), cell: (u) => u.code },
    { key: 'group', header: t('targets.col.group'), cell: (u) => (groupAt.get(u.code) ? t('targets.hasGroup') : current.has(u.code) ? t('targets.noGroup') : '–') },
  ];

  return (
    <section data-testid="target-tambons">
      <Group justify="space-between" align="flex-end" mb="xs" wrap="wrap">
        <Title order={3} size="h4">{t('targets.title')}</Title>
        {years.length > 0 && <CohortSelect years={[...years].reverse()} value={cohort} onChange={(y) => setPicked(y)} />}
      </Group>
      <Text size="sm" c="dimmed" mb="sm">{t('targets.hint', { national: formatNumber(national) })}</Text>
      {!canEdit && <Alert variant="light" color="gray" mb="sm">{t('targets.readOnly')}</Alert>}
      {(targets.isPending && cohort !== null) && <Loading />}
      {targets.error && <ErrorAlert error={targets.error} />}
      {targets.data && (
        <Stack gap="sm">
          <Text fw={600} data-testid="target-count" data-count={current.size}>{t('targets.count', { count: formatNumber(current.size), national: formatNumber(national) })}</Text>
          <Group gap="sm" wrap="wrap" align="flex-end">
            <Select
              label={t('targets.province')} w={220} searchable value={province} placeholder="—"
              onChange={(v) => { setProvince(v); setDistrict(null); }}
              data={(provinces.data ?? []).map((p) => ({ value: p.code, label: `${nameOf(p)} (${p.code})` }))}
              comboboxProps={{ withinPortal: true }}
            />
            <Select
              label={t('targets.district')} w={220} searchable value={district} placeholder="—" disabled={!province}
              onChange={setDistrict}
              data={(districts.data ?? []).map((d) => ({ value: d.code, label: `${nameOf(d)} (${d.code})` }))}
              comboboxProps={{ withinPortal: true }}
            />
            {inProvince !== null && <Text size="sm" pb={6}>{t('targets.inProvince', { count: formatNumber(inProvince) })}</Text>}
          </Group>
          {district ? (
            tambons.data ? <DataTable columns={columns} rows={tambons.data} rowKey={(u) => u.code} minWidth={480} /> : <Loading />
          ) : (
            <Text size="sm" c="dimmed">{t('targets.chooseDistrict')}</Text>
          )}
          {canEdit && cohort !== null && (
            <TargetImport cohort={cohort} onAdd={(codes) => { setDraft(new Set([...current, ...codes])); setSaved(null); }} />
          )}
          {canEdit && (
            <Group gap="sm">
              <Button
                disabled={!changed} loading={put.isPending} data-testid="targets-save"
                onClick={() => cohort !== null && put.mutate(
                  { cohort, tambonCodes: [...current], version: targets.data.version },
                  { onSuccess: (r) => { setSaved(r.tambonCodes.length); setDraft(null); } },
                )}
              >
                {t('targets.save')}
              </Button>
              {changed && <Text size="sm" c="orange.8">{t('targets.unsaved')}</Text>}
              {saved !== null && !changed && <Text size="sm" c="green.8" data-testid="targets-saved">{t('targets.saved', { count: formatNumber(saved) })}</Text>}
            </Group>
          )}
          {!!put.error && <ErrorAlert error={put.error} />}
        </Stack>
      )}
    </section>
  );
}
