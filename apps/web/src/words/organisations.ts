/** "Local authority 201": an LA the API gave no name for, by its code. */
export const laByCode = (laCode: string): string => `Local authority ${laCode}`;

export type ResponsibleBody = Readonly<{ kind: string; organisationId: string; name?: string | null }>;

/**
 * Who holds a day-6 duty, in words: the LA by the name the API gives it ("Northshire County Council"), else by its
 * code; the school by the API's name, else the name the page already knows (the signed-in school's own).
 */
export const responsibleName = (body: ResponsibleBody, schoolName: string): string =>
  body.kind === 'la' ? body.name || laByCode(body.organisationId) : body.name || schoolName;
