import { Badge, type BadgeProps } from '@mantine/core';
import { useShellT } from '../../i18n/shell';

/** "วิสาหกิจชุมชน 4-40-01-01/1-0023": shown wherever a registered group is named (step 7). */
export function EnterpriseBadge({ code, size = 'md' }: { code: string; size?: BadgeProps['size'] }) {
  const t = useShellT();
  return (
    <Badge color="teal" variant="light" size={size} tt="none" data-testid="enterprise-badge" styles={{ root: { maxWidth: '100%', height: 'auto', minHeight: 'var(--badge-height)' }, label: { whiteSpace: 'normal', fontVariantNumeric: 'tabular-nums' } }}>
      {t('enterprise.badge', { code })}
    </Badge>
  );
}
