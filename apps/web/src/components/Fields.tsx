import type { ReactNode } from 'react';
import { Text } from '@mantine/core';

/** A record read-only as "label  value" rows: the labels in one column, the values beside them. */
export function Fields({ children }: { children: ReactNode }) {
  return <dl style={{ margin: 0, display: 'grid', gridTemplateColumns: 'minmax(7em, max-content) minmax(0, 1fr)', columnGap: 16, rowGap: 6 }}>{children}</dl>;
}

/** One row of `Fields`. */
export function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <>
      <dt>
        <Text size="sm" c="dimmed" component="div">
          {label}
        </Text>
      </dt>
      <dd style={{ margin: 0, minWidth: 0, overflowWrap: 'anywhere' }}>
        <Text size="sm" component="div">
          {children}
        </Text>
      </dd>
    </>
  );
}
