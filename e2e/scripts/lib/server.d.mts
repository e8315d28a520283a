// Types of server.mjs for the TypeScript journeys.
export declare const MAIN: string;
export declare function ownDatabase(tag?: string): Promise<{ env: Record<string, string>; remove(): Promise<void> }>;
export declare function ownServer(port: number): Promise<{ url: string; kill(): Promise<void>; restart(): Promise<void>; remove(): Promise<void> }>;
