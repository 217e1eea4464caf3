/** The kinds of casualty figure CONTRACT.md allows (casualties.kind). */
export const CASUALTY_KINDS = ['killed', 'wounded', 'displaced', 'detained', 'missing', 'affected'] as const;
export type CasualtyKind = (typeof CASUALTY_KINDS)[number];
