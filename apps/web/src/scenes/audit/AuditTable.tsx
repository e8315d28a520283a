import { Anchor, SimpleGrid, Text } from '@mantine/core';
import { Link } from 'react-router';
import type { AuditEntry } from '../../api/contract';
import { DataTable, type Column } from '../../components/DataTable';
import { ThaiDate } from '../../components/ThaiDate';
import { useT } from '../../i18n/I18nProvider';

interface Props {
  entries: AuditEntry[];
  open: Set<number>;
  onToggle: (id: number) => void;
}

const json = (v: unknown) => (v === null || v === undefined ? '–' : JSON.stringify(v, null, 2));

/** Audit rows; before/after open on demand (they can be long). */
export function AuditTable({ entries, open, onToggle }: Props) {
  const t = useT();
  const columns: Column<AuditEntry>[] = [
    { key: 'at', header: t('audit.at'), primary: true, cell: (e) => <ThaiDate value={e.at} withTime /> },
    // Sign-ins and seeded rows carry no actor: the API records none before a session exists.
    { key: 'actor', header: t('audit.actor'), cell: (e) => e.actorUsername ?? t('audit.noActor') },
    { key: 'verb', header: t('audit.verb'), cell: (e) => <code>{e.verb}</code> },
    {
      key: 'target',
      header: t('audit.target'),
      cell: (e) => (
        <span style={{ overflowWrap: 'anywhere' }}>
          {e.targetType} ·{' '}
          {e.targetType === 'user' ? (
            <Anchor component={Link} to={`/users?user=${encodeURIComponent(e.targetId)}`} size="sm">
              {e.targetId}
            </Anchor>
          ) : (
            e.targetId
          )}
        </span>
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
      empty={t('audit.none')}
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
