import type { ReactNode } from 'react';
import { Collapse, Stack, Text, UnstyledButton } from '@mantine/core';

/**
 * "▸ ข้อมูลเพิ่มเติม": the less used fields of a record form, folded away so that the form stays
 * short on a phone. The form keeps `open` (it unfolds them itself when one of them is wrong).
 */
export function MoreFields({ label, open, onToggle, children }: { label: string; open: boolean; onToggle: () => void; children: ReactNode }) {
  return (
    <>
      <UnstyledButton onClick={onToggle} aria-expanded={open} style={{ alignSelf: 'flex-start' }}>
        <Text size="sm" c="ntag.8" fw={600}>
          {open ? '▾' : '▸'} {label}
        </Text>
      </UnstyledButton>
      <Collapse expanded={open}>
        <Stack gap="sm">{children}</Stack>
      </Collapse>
    </>
  );
}
