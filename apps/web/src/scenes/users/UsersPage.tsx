import { useEffect, useState } from 'react';
import { Button, Group, Pagination, Paper, Stack, Text, TextInput } from '@mantine/core';
import { isApiError } from '../../api/ApiError';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Loading } from '../../components/Loading';
import { OutOfScope } from '../../components/OutOfScope';
import { PageHeader } from '../../components/PageHeader';
import { usePatchParams, useSearchText } from '../../components/usePatchParams';
import { hasPermission, useMe } from '../../features/auth/useMe';
import { useUsers } from '../../features/users/useUsers';
import { formatNumber, useT } from '../../i18n/I18nProvider';
import { CreateUserModal } from './CreateUserModal';
import { UserDrawer } from './UserDrawer';
import { UsersTable } from './UsersTable';

const PAGE_SIZE = 20;

/**
 * Users in my scope. The filters live in the query string (?unit=40&q=som&page=2&user=ID) so
 * that "users of this area" links from other pages and the back button both work.
 */
export function UsersPage() {
  const t = useT();
  const [params, update] = usePatchParams();
  const unit = params.get('unit')?.trim() || undefined;
  const q = params.get('q') ?? '';
  const page = Math.max(1, Number(params.get('page')) || 1);
  const selected = params.get('user') ?? undefined;
  const { data: me } = useMe();
  const [creating, setCreating] = useState(false);
  // A new search starts again on page 1.
  const [search, setSearch] = useSearchText(params, update, 300, ['page']);
  const [unitDraft, setUnitDraft] = useState(unit ?? '');
  // ?unit= changed (Back, a link, a submit): the box shows it, without losing the cursor.
  useEffect(() => setUnitDraft(unit ?? ''), [unit]);

  const users = useUsers({ unit, q: q || undefined, page, pageSize: PAGE_SIZE });
  const unitMissing = !!unit && isApiError(users.error, 404);
  const pages = users.data ? Math.max(1, Math.ceil(users.data.total / users.data.pageSize)) : 1;

  return (
    <>
      <PageHeader
        title={t('users.title')}
        subtitle={unit && !unitMissing ? t('users.filteredBy', { unit }) : undefined}
        actions={
          hasPermission(me, 'user.create') && (
            <Button onClick={() => setCreating(true)}>{t('users.add')}</Button>
          )
        }
      />
      <Paper withBorder p="sm" radius="md" mb="md">
        <Group align="flex-end" gap="xs" wrap="wrap">
          <TextInput
            type="search"
            label={t('common.search')}
            placeholder={t('users.search')}
            value={search}
            onChange={(e) => setSearch(e.currentTarget.value)}
            style={{ flex: '1 1 220px', minWidth: 0 }}
          />
          <form
            style={{ display: 'flex', gap: 8, alignItems: 'flex-end', flex: '1 1 220px', minWidth: 0 }}
            onSubmit={(e) => {
              e.preventDefault();
              update({ unit: unitDraft.trim() || undefined, page: undefined });
            }}
          >
            <TextInput
              label={t('users.unitFilter')}
              placeholder={t('users.unitFilterHint')}
              value={unitDraft}
              onChange={(e) => setUnitDraft(e.currentTarget.value)}
              style={{ flex: 1, minWidth: 0 }}
            />
            <Button type="submit" variant="light">
              {t('common.search')}
            </Button>
          </form>
        </Group>
      </Paper>

      {users.isPending && <Loading />}
      {unitMissing ? (
        <OutOfScope message={t('users.unitNotFound')}>
          <Button variant="light" size="xs" onClick={() => update({ unit: undefined, page: undefined })}>
            {t('common.clear')}
          </Button>
        </OutOfScope>
      ) : (
        users.error && <ErrorAlert error={users.error} />
      )}
      {users.data && !users.error && (
        <Stack>
          <UsersTable users={users.data.items} onOpen={(id) => update({ user: id })} />
          <Group justify="space-between" wrap="wrap" gap="xs">
            <Text size="sm" c="dimmed">
              {t('common.page', { page, pages, total: formatNumber(users.data.total) })}
            </Text>
            {pages > 1 && <Pagination total={pages} value={page} onChange={(p) => update({ page: String(p) })} size="sm" />}
          </Group>
        </Stack>
      )}
      {creating && <CreateUserModal defaultUnit={unit} onClose={() => setCreating(false)} onCreated={(id) => update({ user: id })} />}
      <UserDrawer userId={selected} onClose={() => update({ user: undefined })} />
    </>
  );
}
