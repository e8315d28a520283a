// Types of ids.mjs for the TypeScript journeys.
export declare function nationalId(first12: string): string;
export declare function idOf(name: string): string;
