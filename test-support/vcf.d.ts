/** The few parts of `vcf` (a third-party vCard parser, dev dependency) the tests use; it ships no types. */
declare module 'vcf' {
  interface VcfProperty {
    valueOf(): string;
    /** jCard: [name, parameters, type, value]. */
    toJSON(): [string, Record<string, string>, string, string];
  }
  export default class VCard {
    parse(text: string): VCard;
    get(key: string): VcfProperty;
    /** Every card of a file. */
    static parse(text: string): VCard[];
  }
}
