import { Alert, Anchor, List, Text } from '@mantine/core';
import { Link } from 'react-router';
import { isApiError } from '../../api/ApiError';
import type { Place, PossibleDuplicate } from '../../api/contract';

/**
 * The details of a 409 farmer.duplicate_national_id. Error answers are described in
 * docs/ERRORS.md, not in the OpenAPI document, so this one shape is named here (from its Place).
 */
type DuplicateIdDetails = { registeredIn?: { tambon: Place; district: Place; province: Place }; farmerId?: string };
import { ThaiDate } from '../../components/ThaiDate';
import { useNameOf, useT } from '../../i18n/I18nProvider';

/**
 * 409 farmer.duplicate_national_id: where the id is registered, and a link to that record when
 * the caller may open it (the API sends its id only then).
 */
export function DuplicateIdAlert({ error }: { error: unknown }) {
  const t = useT();
  const nameOf = useNameOf();
  if (!isApiError(error, 409) || error.code !== 'farmer.duplicate_national_id') return null;
  const d = (error.details ?? {}) as DuplicateIdDetails;
  const place = d.registeredIn;
  return (
    <Alert color="orange" variant="light" role="alert" title={t('farmers.duplicateId')}>
      {place && (
        <Text size="sm">
          {t('farmers.registeredIn', { tambon: nameOf(place.tambon), district: nameOf(place.district), province: nameOf(place.province) })}
        </Text>
      )}
      {d.farmerId ? (
        <Anchor component={Link} to={`/farmers/${d.farmerId}`} size="sm">
          {t('farmers.openRegistered')}
        </Anchor>
      ) : (
        <Text size="sm" c="dimmed">
          {t('farmers.registeredElsewhere')}
        </Text>
      )}
    </Alert>
  );
}

/** 409 farmer.id_conflict on create: this form was saved before (a lost answer), then changed. */
export function IdConflictAlert({ error, id }: { error: unknown; id: string }) {
  const t = useT();
  if (!isApiError(error, 409) || error.code !== 'farmer.id_conflict') return null;
  return (
    <Alert color="orange" variant="light" role="alert">
      <Text size="sm">{t('farmers.idConflict')}</Text>
      <Anchor component={Link} to={`/farmers/${id}`} size="sm">
        {t('farmers.openSaved')}
      </Anchor>
    </Alert>
  );
}

/** After saving: farmers of the same district with a similar name and the same birth date. */
export function PossibleDuplicates({ items, elsewhere = false }: { items: PossibleDuplicate[]; elsewhere?: boolean }) {
  const t = useT();
  const nameOf = useNameOf();
  if (items.length === 0 && !elsewhere) return null;
  return (
    <Alert color="yellow" variant="light" title={t('farmers.possibleDuplicates')} data-testid="possible-duplicates">
      {items.length > 0 && (
        <Text size="sm" mb={4}>
          {t('farmers.possibleDuplicatesHint')}
        </Text>
      )}
      <List size="sm" spacing={2}>
        {items.map((p) => (
          <List.Item key={p.id}>
            <Anchor component={Link} to={`/farmers/${p.id}`} size="sm">
              {p.fullName}
            </Anchor>{' '}
            · <ThaiDate value={p.birthDate} /> · {t('place.tambon', { name: nameOf(p.tambon) })}
          </List.Item>
        ))}
      </List>
      {elsewhere && (
        <Text size="sm" mt={items.length ? 4 : 0}>
          {t('farmers.possibleDuplicateElsewhere')}
        </Text>
      )}
    </Alert>
  );
}
