import { Anchor, SimpleGrid, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import type { AuditEntry } from '../../api/contract';
import { DataTable, type Column } from '../../components/DataTable';
import { ThaiDate } from '../../components/ThaiDate';
import { useLang, useT } from '../../i18n/I18nProvider';
import { useWorkT } from '../../i18n/work';
import { EmptyState } from '../../components/EmptyState';
import { targetTypeLabel, verbLabel } from './auditLabels';

interface Props {
  entries: AuditEntry[];
  open: Set<number>;
  onToggle: (id: number) => void;
}

const json = (v: unknown) => (v === null || v === undefined ? '–' : JSON.stringify(v, null, 2));

/** Audit rows; before/after open on demand (they can be long). */
export function AuditTable({ entries, open, onToggle }: Props) {
  const t = useT();
  const workT = useWorkT();
  const { lang } = useLang();
  const columns: Column<AuditEntry>[] = [
    { key: 'at', header: t('audit.at'), primary: true, cell: (e) => <ThaiDate value={e.at} withTime /> },
    // Sign-ins and seeded rows carry no actor: the API records none before a session exists.
    {
      key: 'actor',
      header: t('audit.actor'),
      cell: (e) =>
        e.actorUsername ? (
          <Stack gap={0}>
            <Text size="sm">{e.actorName ?? e.actorUsername}</Text>
            {e.actorName && (
              <Text size="xs" c="dimmed">
                {e.actorUsername}
              </Text>
            )}
          </Stack>
        ) : (
          t('audit.noActor')
        ),
    },
    {
      key: 'verb',
      header: t('audit.verb'),
      cell: (e) => (
        <Text size="sm" title={e.verb} data-testid="audit-verb">
          {verbLabel(e.verb, lang)}
        </Text>
      ),
    },
    {
      key: 'target',
      header: t('audit.target'),
      cell: (e) => (
        <Stack gap={0} style={{ overflowWrap: 'anywhere' }}>
          <Text size="sm">
            {targetTypeLabel(e.targetType, lang)}:{' '}
            {e.targetType === 'user' && e.targetName ? (
              <Anchor component={Link} to={`/users?user=${encodeURIComponent(e.targetId)}`} size="sm">
                {e.targetName}
              </Anchor>
            ) : (
              (e.targetName ?? <Text span size="xs" c="dimmed" ff="monospace">{e.targetId}</Text>)
            )}
          </Text>
          {e.areaName && (
            <Text size="xs" c="dimmed">
              {e.areaName} ({e.areaCode})
            </Text>
          )}
        </Stack>
      ),
    },
    {
      key: 'more',
      header: '',
      cell: (e) => (
        <Anchor component="button" type="button" size="sm" onClick={() => onToggle(e.id)} aria-expanded={open.has(e.id)}>
          {open.has(e.id) ? t('audit.hideChanges') : t('audit.showChanges')}
        </Anchor>
      ),
    },
  ];

  return (
    <DataTable
      columns={columns}
      rows={entries}
      rowKey={(e) => String(e.id)}
      minWidth={760}
      empty={<EmptyState title={workT('empty.audit')} hint={workT('empty.filtered')} />}
      expanded={(e) =>
        open.has(e.id) ? (
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm" mt="xs">
            <div>
              <Text size="xs" fw={600}>
                {t('audit.before')}
              </Text>
              <pre className="ntag-json">{json(e.before)}</pre>
            </div>
            <div>
              <Text size="xs" fw={600}>
                {t('audit.after')}
              </Text>
              <pre className="ntag-json">{json(e.after)}</pre>
              {e.requestId && (
                <Text size="xs" c="dimmed" mt={4}>
                  {t('common.requestId')}: {e.requestId}
                </Text>
              )}
            </div>
          </SimpleGrid>
        ) : null
      }
    />
  );
}
