import { Badge } from '@mantine/core';
import { useStepsT } from '../../i18n/steps';

/** A group counts as formed (จัดตั้งแล้ว) once its committee has a president. */
export function FormedBadge({ formed, size = 'md' }: { formed: boolean; size?: 'sm' | 'md' | 'lg' }) {
  const t = useStepsT();
  return formed ? (
    <Badge color="ntag" size={size} data-testid="formed-badge">
      {t('groups.formed')}
    </Badge>
  ) : (
    <Badge color="orange" variant="light" c="orange.9" size={size} data-testid="formed-badge">
      {t('groups.noPresident')}
    </Badge>
  );
}
