/**
 * pdfmake 0.3 ships no type declarations (and @types/pdfmake describes 0.2). This is the part of
 * its Node API the forms use: the singleton from `js/index.js` with its virtual file system.
 */
declare module 'pdfmake' {
  interface FontFaces {
    normal: string;
    bold: string;
    italics: string;
    bolditalics: string;
  }
  interface OutputDocument {
    getBuffer(): Promise<Buffer>;
    /** The pdfkit document once laid out and rendered, before end(). */
    getStream(): Promise<unknown>;
  }
  interface PdfMake {
    virtualfs: { writeFileSync(name: string, content: Buffer): void; existsSync(name: string): boolean };
    addFonts(fonts: Record<string, FontFaces>): void;
    setUrlAccessPolicy(callback: (url: string) => boolean): void;
    setLocalAccessPolicy(callback: (path: string) => boolean): void;
    createPdf(docDefinition: object, options?: object): OutputDocument;
  }
  const pdfmake: PdfMake;
  export default pdfmake;
}
