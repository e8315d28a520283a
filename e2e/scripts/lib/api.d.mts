// Types of api.mjs for the TypeScript journeys.
export declare const DEMO_PASSWORD: string;
export type Call = <T = any>(method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE', path: string, body?: unknown, ok?: number[]) => Promise<T>;
export declare function signIn(base: string, username: string): Promise<Call>;
