import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, upload } from '../../api/client';
import type { CentreInput, LearningCentre, LearningSession, SessionInput } from '../../api/stepTypes';
import { invalidateAfterRecord, recordHooks } from '../records/useRecords';

/** Learning sessions of step 3 (GET/POST /api/learning-sessions…). */
export const sessions = recordHooks<LearningSession, SessionInput>('/api/learning-sessions', 'sessions');

/** The group's learning centre (แหล่งเรียนรู้) with its main and assistant lecturers; `exists: false` before the first save. */
export function useCentre(groupId: string | undefined) {
  return useQuery({
    queryKey: ['learning', 'centre', groupId],
    queryFn: ({ signal }) => api<LearningCentre>(`/api/groups/${groupId}/learning-centre`, { signal }),
    enabled: !!groupId,
  });
}

export function useSaveCentre(groupId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (v: CentreInput) => api<LearningCentre>(`/api/groups/${groupId}/learning-centre`, { method: 'PUT', body: v }),
    onSuccess: (c) => qc.setQueryData(['learning', 'centre', groupId], c),
    onSettled: () => {
      void qc.invalidateQueries({ queryKey: ['learning', 'centre', groupId] });
      void qc.invalidateQueries({ queryKey: ['progress'] });
      void qc.invalidateQueries({ queryKey: ['timeline'] });
    },
  });
}

/** Adds one photo to a session (multipart `file`; JPEG/PNG/WebP ≤ 10 MB; at most 5). */
export function useAddPhoto() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (v: { sessionId: string; file: File; onProgress?: (sent: number, total: number) => void }) => {
      const form = new FormData();
      form.append('file', v.file, v.file.name);
      return upload<LearningSession>(`/api/learning-sessions/${v.sessionId}/photos`, form, { onProgress: v.onProgress });
    },
    onSettled: () => invalidateAfterRecord(qc, 'sessions'),
  });
}

export function useRemovePhoto() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (v: { sessionId: string; photoId: string }) => api<LearningSession>(`/api/learning-sessions/${v.sessionId}/photos/${v.photoId}`, { method: 'DELETE' }),
    onSettled: () => invalidateAfterRecord(qc, 'sessions'),
  });
}

export const MAX_PHOTOS = 5;
export const MAX_PHOTO_BYTES = 10 * 1024 * 1024;
export const PHOTO_TYPES = ['image/jpeg', 'image/png', 'image/webp'];
