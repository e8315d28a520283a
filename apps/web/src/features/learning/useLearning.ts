import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, upload } from '../../api/client';
import type { CentreInput, LearningSession } from '../../api/contract';
import { invalidateAfterRecord, recordHooks } from '../records/useRecords';

/** Learning sessions of step 3 (GET/POST /api/learning-sessions…). */
export const sessions = recordHooks('/api/learning-sessions', 'sessions');

/** The group's learning centre (แหล่งเรียนรู้) with its main and assistant lecturers; `exists: false` before the first save. */
export function useCentre(groupId: string | undefined) {
  return useQuery({
    queryKey: ['learning', 'centre', groupId],
    queryFn: ({ signal }) => unwrap(api.GET('/api/groups/{id}/learning-centre', { params: { path: { id: groupId! } }, signal })),
    enabled: !!groupId,
  });
}

export function useSaveCentre(groupId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (v: CentreInput) => unwrap(api.PUT('/api/groups/{id}/learning-centre', { params: { path: { id: groupId } }, body: v })),
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
    mutationFn: (v: { sessionId: string; photoId: string }) =>
      unwrap(api.DELETE('/api/learning-sessions/{id}/photos/{photoId}', { params: { path: { id: v.sessionId, photoId: v.photoId } } })),
    onSettled: () => invalidateAfterRecord(qc, 'sessions'),
  });
}

export const MAX_PHOTOS = 5;
export const MAX_PHOTO_BYTES = 10 * 1024 * 1024;
export const PHOTO_TYPES = ['image/jpeg', 'image/png', 'image/webp'];
