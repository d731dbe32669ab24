/**
 * A document's XML as text to search: without the zero-width spaces that mark where Thai words
 * break, and with a no-break space as a space (both are in the document on purpose).
 */
export const searchable = (xml: string): string => xml.replace(/[\u200b\u2060]/g, "").replace(/\u00a0/g, " ");
