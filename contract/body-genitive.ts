/**
 * A suggestion for a body's name in the genitive with its article, for the body form only:
 * "der Arbeitsgruppe Integrationskonzept", "des Harburger Integrationsrats", "des
 * Sozialausschusses". Documents never use it unconfirmed; the user stores the right form.
 * Most bodies are feminine (Arbeitsgruppe, Bezirksversammlung, Fraktion, Konferenz); councils,
 * committees, circles and round tables are not.
 */
export function suggestBodyGenitive(bodyName: string): string {
  const name = bodyName.trim();
  if (name === '') return '';
  const words = name.split(/\s+/);
  const index = words.findIndex((word) => /(rat|ausschuss|beirat|kreis|tisch|forum|gremium)$/i.test(word));
  if (index < 0) return `der ${name}`;
  const noun = words[index]!;
  words[index] = /(ausschuss|kreis|tisch)$/i.test(noun) ? `${noun}es` : `${noun}s`;
  // "Runder Tisch" → "des Runden Tisches": the adjective before it takes -en.
  if (index > 0 && /^(Runder|Großer|Kleiner|Neuer)$/.test(words[index - 1]!)) words[index - 1] = words[index - 1]!.replace(/er$/, 'en');
  return `des ${words.join(' ')}`;
}
