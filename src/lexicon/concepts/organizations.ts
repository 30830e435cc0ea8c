export const organizations: readonly { id: string; names: Readonly<Record<'en'|'sv'|'de'|'es'|'fr', readonly string[]>> }[] = [];
