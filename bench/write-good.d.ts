declare module 'write-good' {
  /** Returns one suggestion per weak phrase found. */
  export default function writeGood(text: string): { index: number; offset: number; reason: string }[];
}
