import type { ReactNode } from 'react';
import { MantineProvider } from '@mantine/core';
import { MutationCache, QueryCache, QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { isApiError } from '../api/ApiError';
import { ME_KEY } from '../features/auth/useMe';
import { I18nProvider } from '../i18n/I18nProvider';
import { theme } from './theme';

/**
 * A 401 on any call means the session ended (expired, signed out elsewhere, account
 * disabled): re-ask /api/me, whose 401 makes the shell send the user to /login.
 */
function onAuthError(error: unknown, key?: readonly unknown[]) {
  if (isApiError(error, 401) && key?.[0] !== ME_KEY[0]) void queryClient.invalidateQueries({ queryKey: ME_KEY });
}

export const queryClient: QueryClient = new QueryClient({
  queryCache: new QueryCache({ onError: (error, query) => onAuthError(error, query.queryKey) }),
  mutationCache: new MutationCache({ onError: (error) => onAuthError(error) }),
  defaultOptions: {
    queries: {
      // 4xx answers are final (no permission, not found, bad input); retry only the network.
      retry: (count, error) => !(isApiError(error) && error.status >= 400 && error.status < 500) && count < 2,
      refetchOnWindowFocus: false,
    },
  },
});

export function Providers({ children }: { children: ReactNode }) {
  return (
    <QueryClientProvider client={queryClient}>
      <I18nProvider>
        <MantineProvider theme={theme} defaultColorScheme="light">
          {children}
        </MantineProvider>
      </I18nProvider>
    </QueryClientProvider>
  );
}
