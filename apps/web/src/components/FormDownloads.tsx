import { Button, Group, Paper, Stack, Text } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { ErrorAlert } from './ErrorAlert';

export interface DownloadItem {
  key: string;
  label: string;
  run: () => Promise<void>;
  /** The main download of the page (filled button). */
  primary?: boolean;
}

/**
 * Buttons that fetch a printed form (PDF, Excel) through the API client, so a refusal or an
 * error is shown here in Thai instead of a page of JSON; each shows its own progress.
 */
export function FormDownloads({ items, errorTitle }: { items: DownloadItem[]; errorTitle: string }) {
  const download = useMutation({ mutationFn: (item: DownloadItem) => item.run() });
  const busy = download.isPending ? download.variables.key : null;
  return (
    <Stack gap="xs" style={{ minWidth: 0 }}>
      <Group gap="xs" wrap="wrap">
        {items.map((item) => (
          <Button key={item.key} variant={item.primary ? 'filled' : 'default'} onClick={() => download.mutate(item)} loading={busy === item.key} disabled={busy !== null && busy !== item.key}>
            {item.label}
          </Button>
        ))}
      </Group>
      {!!download.error && <ErrorAlert error={download.error} title={errorTitle} />}
    </Stack>
  );
}

/** A page's printed forms in a box of their own: its title, what printing does, and the buttons. */
export function FormsPanel({ title, hint, items, errorTitle }: { title: string; hint: string; items: DownloadItem[]; errorTitle: string }) {
  return (
    <Paper withBorder p="sm" radius="md">
      <Text fw={600} mb={4}>
        {title}
      </Text>
      <Text size="sm" c="dimmed" mb="xs">
        {hint}
      </Text>
      <FormDownloads items={items} errorTitle={errorTitle} />
    </Paper>
  );
}
