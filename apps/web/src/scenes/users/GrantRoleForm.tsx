import { useState, type FormEvent } from 'react';
import { Button, Select, Stack, TextInput, Title } from '@mantine/core';
import { ROLE_LABELS, ROLE_UNIT_KIND, type Role } from '@ntag/shared';
import type { User } from '../../api/contract';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useFieldErrors } from '../../components/useFieldErrors';
import { useGrantRole } from '../../features/users/useUsers';
import { useLang, useT } from '../../i18n/I18nProvider';

/**
 * Grant a role on a unit. The role list holds only what the actor may hand out (admin: all;
 * agency: agency…group; province: province…group); the API re-checks role and scope.
 */
export function GrantRoleForm({ user, grantable }: { user: User; grantable: Role[] }) {
  const t = useT();
  const { lang } = useLang();
  const grant = useGrantRole();
  const [role, setRole] = useState<Role | null>(null);
  const [unitCode, setUnitCode] = useState('');
  const errors = useFieldErrors(grant.error);

  const pickRole = (r: Role | null) => {
    setRole(r);
    // Country-wide roles have one possible unit; offer the user's home unit for the others.
    if (r && ROLE_UNIT_KIND[r] === 'country') setUnitCode('TH');
    else if (r && ROLE_UNIT_KIND[r] === user.homeUnit.kind && !unitCode) setUnitCode(user.homeUnit.code);
  };

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!role || !unitCode.trim()) return;
    grant.mutate({ id: user.id, role, unitCode: unitCode.trim() }, { onSuccess: () => { setRole(null); setUnitCode(''); } });
  };

  return (
    <form onSubmit={submit}>
      <Stack gap="xs">
        <Title order={3} size="h5">
          {t('users.grant')}
        </Title>
        {!!grant.error && <ErrorAlert error={grant.error} hideIssues />}
        <Select
          label={t('users.grantRole')}
          placeholder={t('users.pickRole')}
          value={role}
          onChange={(v) => pickRole(v as Role | null)}
          data={grantable.map((r) => ({ value: r, label: ROLE_LABELS[r][lang] }))}
          error={errors.role}
          comboboxProps={{ withinPortal: true }}
        />
        <TextInput
          label={t('users.grantUnit')}
          description={role ? t('users.grantUnitHint', { kind: t(`kind.${ROLE_UNIT_KIND[role]}`) }) : t('users.grantUnitAny')}
          value={unitCode}
          onChange={(e) => setUnitCode(e.currentTarget.value)}
          error={errors.unitCode}
        />
        <Button type="submit" variant="light" loading={grant.isPending} disabled={!role || !unitCode.trim()} style={{ alignSelf: 'flex-start' }}>
          {t('users.grant')}
        </Button>
      </Stack>
    </form>
  );
}
