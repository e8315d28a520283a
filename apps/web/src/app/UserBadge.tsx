import { Box, Text, type BoxProps } from '@mantine/core';
import { ROLE_LABELS } from '@ntag/shared';
import type { Me } from '../api/contract';
import { useLang, useNameOf, useT } from '../i18n/I18nProvider';

/** "ชื่อ — บทบาท · หน่วย" of the signed-in user (first role; "+n" when there are more). */
// `account`, not `me`: Mantine's style props already use `me` (margin-inline-end).
export function UserBadge({ account: me, ...box }: { account: Me } & BoxProps) {
  const t = useT();
  const { lang } = useLang();
  const nameOf = useNameOf();
  const first = me.roles[0];
  const roleText = first ? `${ROLE_LABELS[first.role][lang]} · ${nameOf({ nameTh: first.unitNameTh, nameEn: first.unitNameEn })}` : t('shell.noRole');
  const more = me.roles.length > 1 ? ` +${me.roles.length - 1}` : '';
  return (
    <Box {...box} style={{ minWidth: 0, maxWidth: 320, textAlign: 'start' }}>
      <Text size="sm" fw={600} truncate title={me.user.username}>
        {me.user.displayName}
      </Text>
      <Text size="xs" c="dimmed" truncate title={roleText + more}>
        {roleText}
        {more}
      </Text>
    </Box>
  );
}
