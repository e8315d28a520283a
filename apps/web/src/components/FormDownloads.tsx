import { useState } from 'react';
import { Button, Group, Stack } from '@mantine/core';
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
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const run = async (item: DownloadItem) => {
    setBusy(item.key);
    setError(null);
    try {
      await item.run();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(null);
    }
  };
  return (
    <Stack gap="xs" style={{ minWidth: 0 }}>
      <Group gap="xs" wrap="wrap">
        {items.map((item) => (
          <Button key={item.key} variant={item.primary ? 'filled' : 'default'} onClick={() => void run(item)} loading={busy === item.key} disabled={busy !== null && busy !== item.key}>
            {item.label}
          </Button>
        ))}
      </Group>
      {!!error && <ErrorAlert error={error} title={errorTitle} />}
    </Stack>
  );
}
