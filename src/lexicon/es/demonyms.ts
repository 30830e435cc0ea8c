export const demonyms: Readonly<Record<string, readonly string[]>> = {};
