import { useState } from 'react';
import { Pagination, Group, Stack, Text } from '@mantine/core';
import { useSearchParams } from 'react-router';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Loading } from '../../components/Loading';
import { PageHeader } from '../../components/PageHeader';
import { useAudit, type AuditFilters } from '../../features/audit/useAudit';
import { formatNumber, useT } from '../../i18n/I18nProvider';
import { AuditFilterForm } from './AuditFilterForm';
import { AuditTable } from './AuditTable';

const PAGE_SIZE = 25;
const FILTER_KEYS = ['userId', 'targetType', 'targetId', 'verb', 'from', 'to', 'kind', 'person', 'unit'] as const;

/** Who did what to which record, newest first; filters live in the query string. */
export function AuditPage() {
  const t = useT();
  const [params, setParams] = useSearchParams();
  const filters: AuditFilters = {};
  for (const k of FILTER_KEYS) {
    const v = params.get(k);
    if (v) filters[k] = v;
  }
  const page = Math.max(1, Number(params.get('page')) || 1);
  const audit = useAudit(filters, page, PAGE_SIZE);
  const [open, setOpen] = useState<Set<number>>(new Set());
  const pages = audit.data ? Math.max(1, Math.ceil(audit.data.total / audit.data.pageSize)) : 1;

  const apply = (next: AuditFilters) => {
    const p = new URLSearchParams();
    for (const k of FILTER_KEYS) if (next[k]) p.set(k, next[k]!);
    setParams(p);
  };
  const toggle = (id: number) =>
    setOpen((s) => {
      const n = new Set(s);
      if (n.has(id)) n.delete(id);
      else n.add(id);
      return n;
    });

  return (
    <>
      <PageHeader title={t('audit.title')} />
      <AuditFilterForm key={params.toString()} initial={filters} onApply={apply} />
      {audit.isPending && <Loading />}
      {audit.error && <ErrorAlert error={audit.error} />}
      {audit.data && (
        <Stack mt="md">
          <AuditTable entries={audit.data.items} open={open} onToggle={toggle} />
          <Group justify="space-between" wrap="wrap" gap="xs">
            <Text size="sm" c="dimmed">
              {t('common.page', { page, pages, total: formatNumber(audit.data.total) })}
            </Text>
            {pages > 1 && (
              <Pagination
                total={pages}
                value={page}
                size="sm"
                onChange={(p) => {
                  const next = new URLSearchParams(params);
                  next.set('page', String(p));
                  setParams(next);
                }}
              />
            )}
          </Group>
        </Stack>
      )}
    </>
  );
}
