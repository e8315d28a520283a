import { Alert, Text } from '@mantine/core';
import { isApiError } from '../api/ApiError';
import { useLang, useT } from '../i18n/I18nProvider';
import { errorText } from './errorText';

interface Props {
  error: unknown;
  title?: string;
  /** Issues shown next to their fields are not repeated here. */
  hideIssues?: boolean;
}

/** An error from the API in the user's language; the reference id helps the help desk. */
export function ErrorAlert({ error, title, hideIssues = false }: Props) {
  const t = useT();
  const { lang } = useLang();
  if (!error) return null;
  const api = isApiError(error) ? error : null;
  const showRef = api?.requestId && (api.status >= 500 || api.code === 'internal');
  return (
    <Alert color="red" variant="light" title={title} role="alert">
      <Text size="sm">{errorText(error, lang, t)}</Text>
      {!hideIssues && api && api.issues.length > 0 && (
        <ul style={{ margin: '4px 0 0', paddingInlineStart: 20 }}>
          {api.issues.map((i) => (
            <li key={i.path + i.message}>
              <Text size="sm" span>
                {i.path}: {i.message}
              </Text>
            </li>
          ))}
        </ul>
      )}
      {showRef && (
        <Text size="xs" c="dimmed" mt={4}>
          {t('common.requestId')}: {api.requestId}
        </Text>
      )}
    </Alert>
  );
}
