import { Text } from '@mantine/core';
import { ROLE_LABELS } from '@ntag/shared';
import type { RoleGrant } from '../../api/contract';
import { useLang, useT } from '../../i18n/I18nProvider';

/** "คณะทำงานระดับอำเภอ · เมืองขอนแก่น", one line per grant. */
export function RoleList({ roles }: { roles: RoleGrant[] }) {
  const t = useT();
  const { lang } = useLang();
  if (roles.length === 0) {
    return (
      <Text size="sm" c="dimmed" span>
        {t('users.noRoles')}
      </Text>
    );
  }
  return (
    <span style={{ display: 'flex', flexDirection: 'column', gap: 2 }}>
      {roles.map((r) => (
        <Text key={r.id} size="sm" span>
          {ROLE_LABELS[r.role][lang]} · {lang === 'en' && r.unitNameEn ? r.unitNameEn : r.unitNameTh}
        </Text>
      ))}
    </span>
  );
}
