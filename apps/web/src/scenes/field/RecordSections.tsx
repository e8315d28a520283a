import type { ReactNode } from 'react';
import { Badge, Group, Paper, Stack, Text, Title } from '@mantine/core';
import type { RecordMeta } from '../../api/contract';
import type { Column } from '../../components/DataTable';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Loading } from '../../components/Loading';
import { useFieldT } from '../../i18n/field';
import { LoadMore, RowActions, SavedNote } from './RecordParts';

/*
 * The two halves every record screen of steps 3–6 is made of (learning, production, market
 * survey, sales): the quick-entry form in its panel above, the paged list of what is recorded
 * below. They were written four times alike; the screens now differ only in their form and
 * their columns.
 */

/**
 * The panel around a record screen's form: its title ("new …" or "change …" with a "กำลังแก้ไข"
 * badge) and the green line after a save (`saved`, nothing when there is none to show).
 */
export function EntryPanel({ title, editing, saved, children }: { title: string; editing: boolean; saved?: ReactNode; children: ReactNode }) {
  const t = useFieldT();
  return (
    <Paper withBorder radius="md" p="sm">
      <Group justify="space-between" mb="xs" gap="xs">
        <Title order={3} size="h4">
          {title}
        </Title>
        {editing && <Badge variant="light">{t('rec.editing')}</Badge>}
      </Group>
      {!!saved && <SavedNote>{saved}</SavedNote>}
      {children}
    </Paper>
  );
}

/** What a record screen's list section needs of its paged list query (`recordHooks().useList`). */
export interface PagedList {
  isPending: boolean;
  error: unknown;
  data: unknown;
  hasNextPage: boolean;
  isFetchingNextPage: boolean;
  fetchNextPage: () => Promise<unknown>;
}

/**
 * The list half of a record screen: its heading, the list while it loads or why it did not,
 * the error of a delete, the rows (`children`) and "โหลดเพิ่ม". Under it, for a user who may only
 * read (`readOnly`), who records these instead.
 */
export function RecordListSection({ id, title, list, removeError, readOnly, children }: {
  /** The heading's id (the section is labelled by it). */
  id: string;
  title: string;
  list: PagedList;
  removeError: unknown;
  readOnly: boolean;
  children: ReactNode;
}) {
  const t = useFieldT();
  return (
    <>
      <section aria-labelledby={id}>
        <Title order={3} size="h4" id={id} mb="xs">
          {title}
        </Title>
        {list.isPending ? (
          <Loading />
        ) : list.error && !list.data ? (
          <ErrorAlert error={list.error} />
        ) : (
          <Stack gap="sm">
            {!!removeError && <ErrorAlert error={removeError} />}
            {children}
            <LoadMore show={list.hasNextPage} loading={list.isFetchingNextPage} onMore={() => void list.fetchNextPage()} />
          </Stack>
        )}
      </section>
      {readOnly && (
        <Text size="sm" c="dimmed">
          {t('rec.readOnly')}
        </Text>
      )}
    </>
  );
}

/** What the actions column needs of a record editor (`useRecordEditor`). */
interface RowEditor<T extends RecordMeta> {
  startEdit: (r: T) => void;
  remove: { mutate: (v: { id: string; version: number; reason?: string }) => void; isPending: boolean; variables?: { id: string } };
}

/**
 * The last column of a record list for a user who may write: "แก้ไข" (the form above takes the
 * record, and the page scrolls up to it) and "ลบ" (with the version read). `label` names the
 * record in the buttons' accessible names and the delete question. Every list that uses it is of
 * a record a tambon worker makes in the field, so deleting asks for a reason (a refusal).
 */
export function actionsColumn<T extends RecordMeta>(editor: RowEditor<T>, label: (r: T) => string): Column<T> {
  return {
    key: 'actions',
    header: '',
    cell: (r) => (
      <RowActions
        label={label(r)}
        onEdit={() => {
          editor.startEdit(r);
          window.scrollTo({ top: 0, behavior: 'smooth' });
        }}
        onDelete={(reason) => editor.remove.mutate({ id: r.id, version: r.version, reason })}
        askReason
        deleting={editor.remove.isPending && editor.remove.variables?.id === r.id}
      />
    ),
  };
}
