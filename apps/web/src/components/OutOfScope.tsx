import type { ReactNode } from 'react';
import { Alert, Text } from '@mantine/core';

/**
 * The API answers 404 both for "does not exist" and "outside your scope" (it must not reveal
 * which): one calm notice says both, with a way out.
 */
export function OutOfScope({ message, children }: { message: string; children?: ReactNode }) {
  return (
    <Alert color="orange" variant="light" role="alert" maw={640}>
      <Text fw={600} mb={children ? 'xs' : 0}>
        {message}
      </Text>
      {children}
    </Alert>
  );
}
